/** The debugging panels: verify, the server's echo, the what-ifs and the exports, and the diagram's what-if picker. Their own chunk (LabPage loads it lazily). */
import { EchoPanel } from './EchoPanel';
import { ExportPanel } from './ExportPanel';
import { VerifyPanel } from './VerifyPanel';
import { WhatIfPanel } from './WhatIfPanel';

export { PaintPicker, PaintStatus } from './PaintPicker';

export default function DebugPanels() {
  return (
    <>
      <VerifyPanel />
      <EchoPanel />
      <WhatIfPanel />
      <ExportPanel />
    </>
  );
}
