/**
 * Team decisions from `.pilens.json` (`{ owner, field, category | "none", reason? }`), applied
 * after the pattern overrides and before the code's own `@pi` annotations: a decision about
 * one field of one owner is more specific than a pattern, and an annotation beside the field
 * is more specific still. Names match exactly, ignoring case; owner `*` is every owner.
 */
import { ANY_OWNER, type Decision } from '../config/decisionSchema.js';
import type { CategoryKey, ContestedReading } from '../law/schema.js';
import type { FieldCandidate, Finding } from '../types.js';
import { isValueLikeName } from '../values/names.js';
import { classifiedByConfig } from './overrides.js';

export interface DecisionResult {
  /** Index-aligned with the candidates; `undefined` when not PI (or decided not PI). */
  readonly findings: readonly (Finding | undefined)[];
  readonly suppressed: number;
}

/** The words a re-categorised finding's evidence starts with: "why" always has an answer. */
export const DECIDED_BY_TEAM = 'decided by the team in .pilens.json';

/** Whether the team classified this finding in `.pilens.json` (the editor shows no squiggle). */
export function isTeamDecided(finding: Finding): boolean {
  return finding.evidence.some((e) => e.kind === 'config' && e.detail.startsWith(`${DECIDED_BY_TEAM}:`));
}

/**
 * The owner and field a decision about `finding` names (owner `*` when it has none), or
 * undefined when a name was masked because it holds a personal value: such a name is never
 * written into the shared file.
 */
export function decisionTarget(finding: Finding): { owner: string; field: string } | undefined {
  const owner = finding.owner ?? ANY_OWNER;
  if (finding.field.includes('*') || (finding.owner?.includes('*') ?? false)) return undefined;
  if (isValueLikeName(finding.field) || isValueLikeName(owner)) return undefined;
  return { owner, field: finding.field };
}

const lookups = new WeakMap<readonly Decision[], Map<string, Decision>>();

function keyOf(owner: string, field: string): string {
  return `${owner.toLowerCase()}\u0000${field.toLowerCase()}`;
}

/** Decisions by (owner, field); the first of duplicates wins, as it does for overrides. */
function lookup(decisions: readonly Decision[]): Map<string, Decision> {
  let map = lookups.get(decisions);
  if (map === undefined) {
    map = new Map();
    for (const d of decisions) {
      const key = keyOf(d.owner, d.field);
      if (!map.has(key)) map.set(key, d);
    }
    lookups.set(decisions, map);
  }
  return map;
}

/** The decision that applies to a field of an owner (exact owner first, then `*`), if any. */
export function decisionFor(
  decisions: readonly Decision[],
  owner: string | undefined,
  field: string,
): Decision | undefined {
  if (decisions.length === 0) return undefined;
  const map = lookup(decisions);
  return (owner === undefined ? undefined : map.get(keyOf(owner, field))) ?? map.get(keyOf(ANY_OWNER, field));
}

/** Applies team decisions to classified candidates (index-aligned arrays). */
export function applyDecisions(
  candidates: readonly FieldCandidate[],
  classified: readonly (Finding | undefined)[],
  decisions: readonly Decision[],
  reading: ContestedReading,
): DecisionResult {
  // Most configs have none: the scan's hot path gets its own array back, not a copy.
  if (decisions.length === 0) return { findings: classified, suppressed: 0 };
  let suppressed = 0;
  const findings = candidates.map((candidate, k) => {
    const current = classified[k];
    const decision = decisionFor(decisions, candidate.owner, candidate.name);
    if (decision === undefined) return current;
    if (decision.category === 'none') {
      if (current !== undefined) suppressed++;
      return undefined;
    }
    return classifiedByConfig(candidate, current, decision.category, reading, {
      kind: 'config',
      matched: candidate.name,
      detail: teamDecisionText(decision.category, decision.reason),
    });
  });
  return { findings, suppressed };
}

/** The evidence line of a team decision, one line whatever the file holds (the CLI prints one reason per line). */
export function teamDecisionText(category: CategoryKey | 'none', reason: string | undefined): string {
  const said = reason?.replace(/\s+/g, ' ').trim() ?? '';
  return `${DECIDED_BY_TEAM}: ${category}${said === '' ? '' : ` (${said})`}`;
}
