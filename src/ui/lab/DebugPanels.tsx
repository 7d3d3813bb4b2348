/** The debugging panels: verify, the server's echo, the what-ifs and the exports. Their own chunk (LabPage loads it lazily). */
import { EchoPanel } from './EchoPanel';
import { ExportPanel } from './ExportPanel';
import { VerifyPanel } from './VerifyPanel';
import { WhatIfPanel } from './WhatIfPanel';

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
