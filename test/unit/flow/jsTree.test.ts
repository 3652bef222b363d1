// The TypeScript walk's tree (jsTree.ts): Lezer's tree flattened, and the scan's reader tree reused.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/javascript';
import { analyzeFlows, syntaxFromScan } from '../../../src/core/flow/index.js';
import { flatTree, type BufferTree } from '../../../src/core/flow/jsTree.js';
import { scanText } from '../../../src/core/scan/index.js';

/** Every node as `name from-to` with its children nested, read through Lezer's getters. */
function lezerShape(node: SyntaxNode): string {
  const kids: string[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) kids.push(lezerShape(c));
  return `${node.name} ${String(node.from)}-${String(node.to)}(${kids.join(',')})`;
}

/** The same, read through the flat tree's arrays. */
function flatShape(tree: BufferTree, node: number): string {
  const kids: string[] = [];
  for (let c = tree.first[node] ?? -1; c >= 0; c = tree.next[c] ?? -1) kids.push(flatShape(tree, c));
  return `${tree.name(node)} ${String(tree.from(node))}-${String(tree.to(node))}(${kids.join(',')})`;
}

describe('the flat tree of a Lezer tree', () => {
  const ts = parser.configure({ dialect: 'ts' });
  test('has the children Lezer’s getters give, long lists and errors included', () => {
    // Thousands of siblings make Lezer balance them under anonymous nodes the getters step through.
    const texts = [
      `const xs = [${Array.from({ length: 3000 }, (_, i) => String(i)).join(', ')}];\nlogger.info(user.phone);\n`,
      'function f(a: User) { return a.phone }\nconst g = ) => {;\n',
      '',
    ];
    for (const text of texts) {
      const tree = ts.parse(text);
      const flat = flatTree(tree, ts.nodeSet);
      assert.equal(flatShape(flat, flat.count), lezerShape(tree.topNode));
    }
  });

  test('parents and last children agree with Lezer’s', () => {
    const tree = ts.parse('class A { m(x) { return x.y.z } }');
    const flat = flatTree(tree, ts.nodeSet);
    for (let i = 0; i < flat.count; i++) {
      const node = tree.resolveInner(flat.from(i), 1);
      let n: SyntaxNode | null = node;
      while (n && (n.name !== flat.name(i) || n.to !== flat.to(i))) n = n.parent;
      assert.ok(n, `node ${String(i)} found in Lezer's tree`);
      const parent = flat.parent[i] ?? -1;
      assert.equal(parent === flat.count ? 'Script' : flat.name(parent), n.parent?.name);
      assert.equal(flat.last(i) >= 0 ? flat.name(flat.last(i)) : undefined, n.lastChild?.name);
    }
  });
});

describe('the scan’s reader tree', () => {
  test('is walked as it is and gives the flows of a fresh parse', () => {
    const text =
      'const p = user.phone;\nfunction audit(v) { logger.info(v) }\naudit(p);\nfetch(`https://api.example.com/x?${p}`);\n';
    const result = scanText(text, { path: 'src/a.ts' });
    const syntax = syntaxFromScan(result, text);
    assert.ok(syntax.jsTree, 'the fast reader read this text and its tree is offered');
    assert.equal(syntax.tree, undefined);
    const reused = analyzeFlows(text, 'src/a.ts', syntax);
    assert.deepEqual(reused, analyzeFlows(text, 'src/a.ts'));
    assert.deepEqual(
      reused.map((f) => f.sink.kind),
      ['log', 'http'],
    );
    // Not this text's tree: nothing offered.
    assert.equal(syntaxFromScan(result, `${text} `).jsTree, undefined);
  });

  test('a JSX file the reader does not read offers Lezer’s tree instead', () => {
    const text = 'const p = user.phone;\nconsole.log(p);\nexport const A = () => <div>{p}</div>;\n';
    const result = scanText(text, { path: 'src/a.tsx' });
    const syntax = syntaxFromScan(result, text);
    assert.equal(syntax.jsTree, undefined);
    assert.deepEqual(analyzeFlows(text, 'src/a.tsx', syntax), analyzeFlows(text, 'src/a.tsx'));
    assert.equal(analyzeFlows(text, 'src/a.tsx', syntax).length, 1);
  });
});
