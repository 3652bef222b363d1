/** The flows of a text in one line each, for tables of sink cases. */
import { analyzeFlows } from '../../src/core/flow/index.js';
import type { Flow } from '../../src/core/flow/types.js';
import { scanText } from '../../src/core/scan/index.js';

/** The flows of a text analysed as the scan does: its findings first, then the flows. */
export function scannedFlows(text: string, path: string): Flow[] {
  const { findings } = scanText(text, { path });
  return analyzeFlows(text, path, { findings });
}

/** `line:kind:callee:categories[:masked]` per flow (line 1-based), the text scanned first. */
export function flowSummary(text: string, path: string): string[] {
  return scannedFlows(text, path).map((f) => {
    const line = text.slice(0, f.offset).split('\n').length;
    return `${String(line)}:${f.sink.kind}:${f.sink.callee}:${f.categories.join('+')}${f.deidentified ? ':masked' : ''}`;
  });
}
