// What a call to a helper of the same file returns: what the helper's body returns (its own
// sources, the arguments it passes on), not everything it was given. Each with a negative.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeFlows } from '../../../src/core/flow/index.js';
import { scanText } from '../../../src/core/scan/index.js';
import { PY, JAVA, KT } from '../../support/flowPaths.js';

/** `line:kind:categories[:masked]` per flow (line 1-based). */
function summary(text: string, path: string): string[] {
  const { findings } = scanText(text, { path });
  return analyzeFlows(text, path, { findings }).map((f) => {
    const line = text.slice(0, f.offset).split('\n').length;
    return `${line}:${f.sink.kind}:${f.categories.join('+')}${f.deidentified ? ':masked' : ''}`;
  });
}

const TS = 'src/app/service.ts';

const cases: { rule: string; path: string; text: string; want: string[] }[] = [
  {
    rule: 'NEG py a label decided by a phone number carries none of it',
    path: PY,
    text: 'def label(phone, scene):\n    return "cn" if phone.startswith("+86") else scene\n\ndef f(u):\n    log.info("a %s", label(u.mobile, "app"))\n',
    want: [],
  },
  {
    rule: 'py a helper passing its argument on',
    path: PY,
    text: 'def norm(x):\n    return x.strip()\n\ndef f(u):\n    log.info("a %s", norm(u.mobile))\n',
    want: ['5:log:contact'],
  },
  {
    rule: 'py a helper building a payload from some fields: only those',
    path: PY,
    text: 'class KycRequest(BaseModel):\n    real_name: str\n    id_number: str\n    mobile: str\n\ndef payload(req):\n    return {"name": req.real_name, "idcard": req.id_number}\n\ndef f(req: KycRequest):\n    requests.post(URL, json=payload(req))\n',
    want: ['10:http:id_number+name'],
  },
  {
    rule: 'kt a summary of some fields of a record: their categories, not the record',
    path: KT,
    text: 'data class Form(val insuredName: String, val mobile: String, val diagnosis: String)\n\nclass S {\n  private fun summary(form: Form): String = "${form.insuredName} ${form.diagnosis}"\n  fun f(form: Form) {\n    logger.info("t ${summary(form)}")\n  }\n}\n',
    want: ['6:log:health+name'],
  },
  {
    rule: 'java a helper masking what it returns: de-identified',
    path: JAVA,
    text: 'class Member { String realName; String mobile; }\nclass A {\n  String describe(Member m) { return DesensitizedUtil.mobilePhone(m.getMobile()); }\n  void f(Member m) {\n    log.info("{}", describe(m));\n  }\n}\n',
    want: ['5:log:contact:masked'],
  },
  {
    rule: 'java a helper returning plain and masked fields: not de-identified',
    path: JAVA,
    text: 'class Member { String realName; String mobile; }\nclass A {\n  String describe(Member m) { return m.getRealName() + DesensitizedUtil.mobilePhone(m.getMobile()); }\n  void f(Member m) {\n    log.info("{}", describe(m));\n  }\n}\n',
    want: ['5:log:contact+name'],
  },
  {
    rule: 'NEG java a helper returning a count',
    path: JAVA,
    text: 'class Member { String realName; String mobile; }\nclass A {\n  int weight(Member m) { return 3; }\n  void f(Member m) {\n    log.info("{}", weight(m));\n  }\n}\n',
    want: [],
  },
  // TypeScript/JavaScript (jsFlows.ts): the same reading.
  {
    rule: 'NEG ts a label decided by a phone number carries none of it',
    path: TS,
    text: 'function describe(scene: string, phone: string): string {\n  return phone.startsWith("+86") ? `${scene}/cn` : `${scene}/intl`;\n}\nexport function f(req: Req) {\n  logger.log(`issuing ${describe(req.scene, req.phone)}`);\n}\n',
    want: [],
  },
  {
    rule: 'ts a helper passing its argument on',
    path: TS,
    text: 'function norm(x: string): string {\n  return x.trim();\n}\nexport function f(req: Req) {\n  logger.log(`issuing ${norm(req.phone)}`);\n}\n',
    want: ['5:log:contact'],
  },
];

describe('helper returns', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(summary(c.text, c.path), c.want);
    });
});
