// Java records read member by member: an accessor (`hire.fullName()`) on a variable typed with a
// record of the file reads that component, in a method's body, in a helper's summary and in an
// enhanced `for`; the whole record still flows where it is passed whole. Each with a negative.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parser } from '@lezer/java';
import { analyzeFlows } from '../../../src/core/flow/index.js';
import { scanText } from '../../../src/core/scan/index.js';

const PATH = 'src/main/java/App.java';
const RECORD = 'record Hire(String fullName, String idCardNo, String mobile, String bankName) {}';

/** `line:kind:callee:categories` per flow, by the token lowering and by Lezer's tree (the same). */
function summary(body: string): string[] {
  const text = `class A {\n  ${RECORD}\n${body}}\n`;
  const { findings } = scanText(text, { path: PATH });
  const show = (flows: ReturnType<typeof analyzeFlows>): string[] =>
    flows.map((f) => {
      const line = text.slice(0, f.offset).split('\n').length;
      return `${String(line)}:${f.sink.kind}:${f.sink.callee}:${f.categories.join('+')}`;
    });
  const byTokens = show(analyzeFlows(text, PATH, { findings }));
  const byTree = show(analyzeFlows(text, PATH, { findings, tree: parser.parse(text) }));
  assert.deepEqual(byTree, byTokens);
  return byTokens;
}

const cases: { rule: string; body: string; want: string[] }[] = [
  {
    rule: 'an accessor reads its component',
    body: '  void f(Hire h) {\n    log.info("{}", h.fullName());\n  }\n',
    want: ['4:log:log.info:name'],
  },
  {
    rule: 'NEG an accessor of a component that is not personal',
    body: '  void f(Hire h) {\n    log.info("{}", h.bankName());\n  }\n',
    want: [],
  },
  {
    rule: 'the record passed whole, or its toString(), still carries every component',
    body: '  void f(Hire h) {\n    log.info("{}", h);\n    log.info("{}", h.toString());\n  }\n',
    want: ['4:log:log.info:contact+id_number+name', '5:log:log.info:contact+id_number+name'],
  },
  {
    rule: "a helper's parameter typed with the record: the components it reads, not the whole",
    body: '  void f(Hire h) {\n    send(h);\n  }\n  void send(Hire hire) {\n    Map<String, Object> m = new HashMap<>();\n    m.put("xm", hire.fullName());\n    m.put("bank", hire.bankName());\n    http.send(m);\n  }\n',
    want: ['10:http:http.send:name'],
  },
  {
    rule: 'NEG a helper given the record that reads only what is not personal',
    body: '  void f(Hire h) {\n    send(h);\n  }\n  void send(Hire hire) {\n    http.send(hire.bankName());\n  }\n',
    want: [],
  },
  {
    rule: "an enhanced for's variable typed with the record",
    body: '  void f(List<Hire> hires) {\n    for (Hire h : hires) {\n      printer.printRecord(h.mobile(), h.bankName());\n    }\n  }\n',
    want: ['5:export:printer.printRecord:contact'],
  },
  {
    rule: 'NEG the same loop writing only the bank name',
    body: '  void f(List<Hire> hires) {\n    for (Hire h : hires) {\n      printer.printRecord(h.bankName());\n    }\n  }\n',
    want: [],
  },
];

describe('Java records read by component', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(summary(c.body), c.want);
    });
});
