/**
 * Sinks as data, beside the vocabulary: which calls send their arguments to a log, a client,
 * a third-party SDK, a queue, a file or a cache, one file of rules per kind in sinkRules/. A
 * rule matches the callee as written, dotted (`this.logger.info` → `logger.info`,
 * `getLogger().info` → `getLogger().info`), with an anchored regular expression over a string
 * of at most MAX_CALLEE characters, so matching is bounded whatever the input. Vendors name where
 * their service runs (`mainland`, `abroad`, or `unknown` for self-hostable ones) for the
 * cross-border reading when no host is in the call.
 */
import type { SinkKind } from './kinds.js';
import { CACHE_SINKS } from './sinkRules/cache.js';
import { EXPORT_SINKS } from './sinkRules/export.js';
import { HTTP_SINKS } from './sinkRules/http.js';
import { LOG_SINKS } from './sinkRules/log.js';
import { QUEUE_SINKS } from './sinkRules/queue.js';
import {
  FLOW_LANGUAGES,
  P,
  sinkRuleSchema,
  type FlowLanguage,
  type Region,
  type SinkRuleInput,
} from './sinkRules/schema.js';
import { SDK_SINKS } from './sinkRules/sdk.js';

export {
  FLOW_LANGUAGES,
  regionSchema,
  type FlowLanguage,
  type Region,
  type SinkRuleInput,
} from './sinkRules/schema.js';
export { WRITER_RULES, type WriterRule } from './sinkRules/writers.js';

/** Callees longer than this are not matched (generated code, garbage). */
export const MAX_CALLEE = 200;

/** Every kind's rules, in the order they are tried within a kind. */
const SINK_DATA: readonly SinkRuleInput[] = [
  ...LOG_SINKS,
  ...HTTP_SINKS,
  ...SDK_SINKS,
  ...QUEUE_SINKS,
  ...EXPORT_SINKS,
  ...CACHE_SINKS,
];

/** A validated sink rule with its compiled matcher. */
export interface SinkRule {
  readonly kind: SinkKind;
  readonly languages: readonly FlowLanguage[];
  readonly vendor?: string;
  readonly region?: Region;
  /** The rule's expression as written (unanchored). */
  readonly callee: string;
  readonly pattern: RegExp;
}

function compile(input: SinkRuleInput): SinkRule {
  const rule = sinkRuleSchema.parse(input);
  return {
    kind: rule.kind,
    languages: rule.languages,
    ...(rule.vendor !== undefined ? { vendor: rule.vendor } : {}),
    ...(rule.region !== undefined ? { region: rule.region } : {}),
    callee: rule.callee,
    pattern: new RegExp(`^(?:${rule.callee})$`),
  };
}

/** Every sink rule, validated and compiled once. SDK rules come first: they are more specific. */
export const SINK_RULES: readonly SinkRule[] = [...SINK_DATA]
  .sort((a, b) => Number(b.kind === 'sdk') - Number(a.kind === 'sdk'))
  .map(compile);

/** The alternatives at the top level of an expression's source (`a|b(c|d)` → `a`, `b(c|d)`). */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * One expression matching what any of `rules` matches. The alternatives that start with any
 * prefix of receivers (P) share one P: tried as separate anchored alternatives, each took P's
 * segments and gave them back one by one, and a callee that is no sink (most are) cost every
 * rule's backtracking (P·A | P·B matches what P·(A | B) does).
 */
function anyOf(rules: readonly SinkRule[]): RegExp {
  const afterP: string[] = [];
  const others: string[] = [];
  for (const r of rules)
    for (const alternative of topAlternatives(r.callee))
      if (alternative.startsWith(P) && alternative.length > P.length)
        afterP.push(alternative.slice(P.length));
      else others.push(alternative);
  const shared = afterP.length > 0 ? [`${P}(?:${afterP.join('|')})`] : [];
  return new RegExp(`^(?:${[...shared, ...others].join('|')})$`);
}

/**
 * The rules of each language, in the order of SINK_RULES, and one expression matching what any
 * of them matches (anyOf): most callees are no sink, and one test answers for them instead of a
 * test per rule (a third of the time on a file's callees).
 */
const RULES_BY_LANGUAGE = new Map(
  FLOW_LANGUAGES.map((l) => {
    const rules = SINK_RULES.filter((r) => r.languages.includes(l));
    return [l, { rules, any: anyOf(rules) }] as const;
  }),
);

/** The first rule matching a dotted callee in a language, if any. */
export function matchSink(callee: string, language: FlowLanguage): SinkRule | undefined {
  if (callee.length === 0 || callee.length > MAX_CALLEE) return undefined;
  const table = RULES_BY_LANGUAGE.get(language);
  if (table === undefined || !table.any.test(callee)) return undefined;
  for (const r of table.rules) if (r.pattern.test(callee)) return r;
  return undefined;
}
