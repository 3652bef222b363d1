// C#: System.Net.Http.Json's PostAsJsonAsync/PutAsJsonAsync/PatchAsJsonAsync are HttpClient's
// alone, an HTTP sink on whatever field holds the client (flow-fix4). A negative beside it.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flowSummary } from '../../support/flowSummary.js';

const CS = 'src/Api/App.cs';

const cases: { rule: string; text: string; want: string[] }[] = [
  {
    rule: 'c# PostAsJsonAsync on a field named after the service',
    text: 'class A { async Task F(Booking req) { await _hospital.PostAsJsonAsync("api/a", new { req.IdCardNo }); } }',
    want: ['1:http:_hospital.PostAsJsonAsync:id_number'],
  },
  {
    rule: 'NEG c# PostAsync (no Json) on a field of another name',
    text: 'class A { async Task F(Booking req) { await _hospital.PostAsync(req.IdCardNo); } }',
    want: [],
  },
];

describe('c# HttpClient Json extensions', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, CS), c.want);
    });
});
