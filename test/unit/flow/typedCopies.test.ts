// A copy of a typed variable, or a loop over one, holds the same type's values: `name` of it is a
// person's name when the type's is (walk.ts `let`). With a negative beside it.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeFlows } from '../../../src/core/flow/index.js';
import { scanText } from '../../../src/core/scan/index.js';

function categories(text: string, path: string): string[] {
  const { findings } = scanText(text, { path });
  return analyzeFlows(text, path, { findings }).map((f) => f.categories.join('+'));
}

const GO = 'internal/app/app.go';
const COURIER = 'package a\n\ntype Courier struct {\n\tName   string\n\tMobile string\n}\n\n';

describe('typed copies', () => {
  test('go a loop over []Courier: c.Name is a name', () => {
    const text = `${COURIER}func N(cs []Courier) {\n\tfor _, c := range cs {\n\t\tlog.Printf("%s", c.Name)\n\t}\n}\n`;
    assert.deepEqual(categories(text, GO), ['name']);
  });
  test('go a copy of a Courier: its Name is a name', () => {
    const text = `${COURIER}func N(one Courier) {\n\tc := one\n\tlog.Printf("%s", c.Name)\n}\n`;
    assert.deepEqual(categories(text, GO), ['name']);
  });
  test('NEG go a loop over products: p.Name is no person’s', () => {
    const text = `${COURIER}type Product struct {\n\tName string\n}\n\nfunc N(ps []Product) {\n\tfor _, p := range ps {\n\t\tlog.Printf("%s", p.Name)\n\t}\n}\n`;
    assert.deepEqual(categories(text, GO), []);
  });
});

// `name` of a record type whose fields reach a person (a contact detail, an ID number) is the
// person's name, whatever the type is called (walk.ts personName).
describe('name of a record that reaches a person', () => {
  const PY = 'src/app/ats.py';
  const JAVA = 'src/main/java/Quote.java';
  test('py a dataclass Resume with a phone: resume.name is a name', () => {
    const text =
      '@dataclass\nclass Resume:\n    name: str\n    phone: str\n    school: str\n\n\ndef push(resume: Resume):\n    logger.info("parsed {}", resume.name)\n';
    assert.deepEqual(categories(text, PY), ['name']);
  });
  test('java a record QuoteRequest with an ID number: req.name() is a name', () => {
    const text =
      'class Q {\n  public record QuoteRequest(String name, String idNumber, long income) {}\n  void f(QuoteRequest req) {\n    log.info("quoting {}", req.name());\n  }\n}\n';
    assert.deepEqual(categories(text, JAVA), ['name']);
  });
  test('NEG py a record with neither contact nor ID number: its name is what it names', () => {
    const text =
      '@dataclass\nclass Device:\n    name: str\n    imei: str\n\n\ndef push(device: Device):\n    logger.info("device {}", device.name)\n';
    assert.deepEqual(categories(text, PY), []);
  });
  test('NEG py an untyped variable: its name stays unread', () => {
    const text =
      '@dataclass\nclass Applicant:\n    name: str\n    phone: str\n\n\ndef push(a):\n    logger.info("parsed {}", a.name)\n';
    assert.deepEqual(categories(text, PY), []);
  });
});
