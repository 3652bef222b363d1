// A generic call (`axios.post<UploadResult>(…)`) is the call of its callee, by Lezer's tree and
// by the scan's own TypeScript reader alike; a negative beside it.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeFlows, flowsOfScan } from '../../../src/core/flow/index.js';
import { scanText } from '../../../src/core/scan/index.js';

const PATH = 'src/app/checkIn.ts';

function both(text: string): string[] {
  const result = scanText(text, { path: PATH });
  const show = (flows: ReturnType<typeof analyzeFlows>): string[] =>
    flows.map(
      (f) => `${String(text.slice(0, f.offset).split('\n').length)}:${f.sink.kind}:${f.categories.join('+')}`,
    );
  const byLezer = show(analyzeFlows(text, PATH, { findings: result.findings }));
  assert.deepEqual(show(flowsOfScan(text, PATH, result)), byLezer);
  return byLezer;
}

describe('generic calls', () => {
  test('axios.post<T>( over several lines sends its payload', () => {
    const text =
      'interface Guest { idCardNo: string }\nexport async function f(guest: Guest) {\n  const payload = { zjhm: guest.idCardNo };\n  const { data } = await axios.post<UploadResult>(\n    URL,\n    payload,\n  );\n  return data;\n}\n';
    assert.deepEqual(both(text), ['4:http:id_number']);
  });
  test('NEG axios.post<T>( of a hotel code', () => {
    const text =
      'export async function f(hotelNo: string) {\n  const { data } = await axios.post<UploadResult>(URL, { code: hotelNo });\n  return data;\n}\n';
    assert.deepEqual(both(text), []);
  });
});
