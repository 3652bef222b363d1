/**
 * `.pilens.json` overrides: `{ field, owner?, category | "none" }`, matched with bounded
 * wildcards (never regular expressions). An override classifies like an annotation from config.
 */
import { classFor } from '../law/categories.js';
import type { CategoryKey, ContestedReading } from '../law/schema.js';
import { matchWildcard } from '../config/glob.js';
import type { ConfigOverride } from '../config/schema.js';
import type { Evidence, FieldCandidate, Finding } from '../types.js';

export interface OverrideResult {
  /** One entry per candidate, `undefined` when not PI (or overridden to none). */
  readonly findings: readonly (Finding | undefined)[];
  readonly suppressed: number;
}

/** Applies overrides to classified candidates (index-aligned arrays). */
export function applyOverrides(
  candidates: readonly FieldCandidate[],
  classified: readonly (Finding | undefined)[],
  overrides: readonly ConfigOverride[],
  reading: ContestedReading,
): OverrideResult {
  // Most configs have none: the scan's hot path gets its own array back, not a copy.
  if (overrides.length === 0) return { findings: classified, suppressed: 0 };
  let suppressed = 0;
  const findings = candidates.map((candidate, k) => {
    const current = classified[k];
    const rule = overrides.find((o) => matches(o, candidate));
    if (rule === undefined) return current;
    if (rule.category === 'none') {
      if (current !== undefined) suppressed++;
      return undefined;
    }
    const category = rule.category as CategoryKey;
    return classifiedByConfig(candidate, current, category, reading, {
      kind: 'config',
      matched: rule.field,
      detail: `.pilens.json override: fields matching "${rule.field}" are ${category}`,
    });
  });
  return { findings, suppressed };
}

/**
 * The finding for a candidate whose category is set by hand (a config override, a team
 * decision, an `@pi` annotation, which may also give a processing state): high confidence, the config's reason first, and the detector's own reasons and
 * contest kept only when it read the same category (a different reading would only confuse).
 */
export function classifiedByConfig(
  candidate: FieldCandidate,
  current: Finding | undefined,
  category: CategoryKey,
  reading: ContestedReading,
  why: Evidence,
  state?: Finding['state'],
): Finding {
  const same = current?.category === category;
  const contest = same ? current.contest : undefined;
  const cls =
    classFor(category, contest === undefined ? { reading } : { contest: contest as never, reading }) ?? 'C';
  return {
    field: candidate.name,
    range: candidate.range,
    role: candidate.role,
    ...(candidate.owner !== undefined ? { owner: candidate.owner } : {}),
    category,
    class: cls,
    confidence: 'high',
    evidence: [why, ...(same ? current.evidence : [])],
    ...(state !== undefined ? { state } : {}),
    ...(current?.minor === true ? { minor: true } : {}),
    ...(contest !== undefined ? { contest } : {}),
  };
}

function matches(rule: ConfigOverride, candidate: FieldCandidate): boolean {
  if (!matchWildcard(rule.field, candidate.name)) return false;
  return (
    rule.owner === undefined || (candidate.owner !== undefined && matchWildcard(rule.owner, candidate.owner))
  );
}
