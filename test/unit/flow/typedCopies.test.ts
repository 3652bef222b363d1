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
