// The differential comparison of the Java token lowering (flow/lang/javaLower.ts) with the Lezer
// adapter (flow/lang/java.ts): the form as the walk reads it, and the flows either way.
import * as assert from 'node:assert/strict';
import { parser } from '@lezer/java';
import { analyzeFlows } from '../../src/core/flow/index.js';
import { exprOf, type Expr, type Stmt } from '../../src/core/flow/ir.js';
import { lowerJava } from '../../src/core/flow/lang/java.js';
import { javaFlowTokens, lowerJavaTokens } from '../../src/core/flow/lang/javaLower.js';
import { rewriteClassLiterals } from '../../src/core/scan/code/javaClassLiterals.js';
import { tokenizeJava } from '../../src/core/scan/code/javaTokens.js';

export const PATH = 'src/main/java/com/example/MemberService.java';

/** Groups as the walk reads them: the union of their parts, nested or not, empty ones nothing. */
function normalExpr(e: Expr): unknown {
  if (e.k !== 'group') return normal(e);
  const parts: unknown[] = [];
  for (const p of e.parts) {
    const n = normalExpr(p) as { k?: string; parts?: unknown[] };
    if (n.k === 'group' && n.parts) parts.push(...n.parts);
    else parts.push(n);
  }
  return parts.length === 1 ? parts[0] : { k: 'group', parts };
}

/**
 * The form with blocks that define no named function flattened (they scope nothing the walk
 * looks up; java.ts lowers every keyword and name node as an empty one), and expression
 * statements of a bare name, literal or nothing left out (they move nothing).
 */
export function flat(body: readonly Stmt[]): unknown[] {
  const out: unknown[] = [];
  for (const s of body) {
    const statement = exprOf(s);
    if (s.k === 'block') {
      const inner = flat(s.body);
      if (s.body.some((x) => x.k === 'fn' && x.fn.name !== undefined)) out.push({ k: 'block', body: inner });
      else out.push(...inner);
    } else if (statement !== undefined) {
      const e = normalExpr(statement) as { k: string; parts?: unknown[] };
      if (!(e.k === 'name' || e.k === 'lit' || (e.k === 'group' && e.parts?.length === 0)))
        out.push({ k: 'expr', e });
    } else out.push(normal(s));
  }
  return out;
}

function normal(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normal);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (o['k'] === 'group') return normalExpr(o as Expr);
  return Object.fromEntries(
    Object.entries(o).map(([k, x]) => [k, k === 'body' ? flat(x as Stmt[]) : normal(x)]),
  );
}

/** The reference: the Lezer adapter on the text the flow analysis's Lezer parse sees. */
export function reference(text: string): Stmt[] {
  return lowerJava(text, parser.parse(rewriteClassLiterals(text)).topNode);
}

/** The token lowering of `text` as the flows read it without a scan (undefined: left to Lezer). */
export function tokens(text: string): Stmt[] | undefined {
  assert.ok(tokenizeJava(rewriteClassLiterals(text)), 'the tokenizer accepts the text');
  const t = javaFlowTokens(text);
  return t && lowerJavaTokens(text, t);
}

export const flowsOf = (text: string, lezer: boolean): string =>
  JSON.stringify(analyzeFlows(text, PATH, lezer ? { tree: parser.parse(rewriteClassLiterals(text)) } : {}));
