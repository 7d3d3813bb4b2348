/**
 * Several what-if toggles at once. A mistake made before signing changes what is signed (and, when
 * it edits the text, what is sent too); a mistake made after signing changes only what is sent. So
 * the signed text and the sent text are carried separately, and each what-if is applied to both.
 */
import type { WhatIf, WhatIfInput, WhatIfResult } from './whatif';

/** Applies what-ifs in order; the result's `sentRequestText` is set when any of them acts after signing. */
export function applyWhatIfs(whatIfs: readonly WhatIf[], input: WhatIfInput): WhatIfResult {
  if (whatIfs.length === 1) return whatIfs[0]!.apply(input);
  let signed: WhatIfInput = input;
  let sent: string | undefined;
  for (const w of whatIfs) {
    const r = w.apply(signed);
    if (r.sentRequestText !== undefined) {
      // After signing: the sent text so far goes through the same mistake (host-with-port keeps it, charset edits it).
      sent = sent === undefined ? r.sentRequestText : w.apply({ ...signed, requestText: sent }).sentRequestText;
    } else if (sent !== undefined && r.requestText !== signed.requestText) {
      // Before signing, editing the text: what is signed is what is sent.
      sent = w.apply({ ...signed, requestText: sent }).requestText;
    }
    signed = { requestText: r.requestText, options: r.options, ...(r.mistakes ? { mistakes: r.mistakes } : {}) };
  }
  return { ...signed, ...(sent !== undefined ? { sentRequestText: sent } : {}) };
}
