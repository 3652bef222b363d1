/**
 * Column profiling: each column is classified by its header (the name detector, injected) and
 * by its sampled values (the value validators), and the two readings are combined into one
 * category with its source, share and evidence. Headerless and obfuscated columns (c1, c2…)
 * are profiled from values alone; a user override wins over both.
 */
import { classFor, getCategory } from '../law/categories.js';
import type { ContestedReading } from '../law/schema.js';
import type { CategoryKey, ContestId, LegalClass } from '../law/schema.js';
import type { Confidence } from '../types.js';
import type { Decision } from '../config/decisionSchema.js';
import { decisionFor, teamDecisionText } from '../scan/decisions.js';
import { isNullMarker } from '../text/nullMarkers.js';
import { maskNameValues } from '../values/names.js';
import {
  ageOn,
  classifyValue,
  maskValue,
  residentIdBirthDate,
  tooUniform,
  valueKind,
  type ValueKindId,
} from '../values/index.js';

export type ColumnSource = 'header' | 'values' | 'both' | 'override' | 'none';

/** What the name detector says about a header; category null means "recognised as not PI". */
export interface HeaderReading {
  readonly category: CategoryKey | null;
  readonly confidence: Confidence;
  /** Short reasons, e.g. `token "sfzh" → id_number`. */
  readonly evidence: readonly string[];
  readonly contest?: ContestId | undefined;
}

/** What surrounds a column: the file (or table) it belongs to and the other column names. */
export interface HeaderContext {
  /** The file's name without folders and extension, or the table's name. */
  readonly owner?: string | undefined;
  readonly siblings: readonly string[];
  /** What a database catalog says of each column by name: its comment and declared type. */
  readonly catalog?: ReadonlyMap<string, ColumnCatalog> | undefined;
  /** The table's own comment (`人员信息表` says the rows are persons'). */
  readonly ownerComment?: string | undefined;
}

/** A column as a database catalog describes it: evidence exactly as the same words in a DDL file. */
export interface ColumnCatalog {
  readonly declaredType?: string | undefined;
  readonly comment?: string | undefined;
}

export type HeaderClassifier = (name: string, context?: HeaderContext) => HeaderReading | null;

export interface ColumnProfile {
  readonly index: number;
  readonly name: string;
  /** null: not personal information. */
  readonly category: CategoryKey | null;
  readonly source: ColumnSource;
  /** Share of sampled non-empty values the category's validator accepted; null when none applies. */
  readonly share: number | null;
  readonly legalClass: LegalClass | null;
  readonly contest?: ContestId;
  readonly valueKind?: ValueKindId;
  /** Share of sampled non-empty values that are partly masked (de-identified, still PI). */
  readonly maskedShare: number;
  /** Share of valid resident IDs whose holder was under 14 on the reference date. */
  readonly minorShare: number;
  /** Share of valid resident IDs whose holder was under 18 (Regulations on the Protection of Minors Online). */
  readonly minorU18Share?: number;
  readonly evidence: readonly string[];
  /** Masked examples only: never a raw value. */
  readonly examples: readonly string[];
  readonly sampled: number;
}

export interface ProfileInput {
  /** Header names, or null for a headerless file (columns are named col1, col2…). */
  readonly header: readonly string[] | null;
  readonly rows: readonly (readonly string[])[];
  readonly classifyHeader?: HeaderClassifier | undefined;
  /** The file or table the columns belong to (their owner, as a class is a field's). */
  readonly owner?: string | undefined;
  /** Column name (or 1-based index as a string) → category key, or 'none' for not PI. */
  readonly overrides?: Readonly<Record<string, CategoryKey | 'none'>> | undefined;
  /**
   * The team's decisions from `.pilens.json`, by owner (this file or table, or `*`) and column
   * name: they map a column as an override does, and an override (`--map`) still wins.
   */
  readonly decisions?: readonly Decision[] | undefined;
  readonly reading?: ContestedReading | undefined;
  readonly today?: Date | undefined;
  /** Column comments and types from a database catalog (HeaderContext.catalog). */
  readonly catalog?: ReadonlyMap<string, ColumnCatalog> | undefined;
  readonly ownerComment?: string | undefined;
}

/** Values must reach this share to classify a column on their own. */
export const VALUE_MIN_SHARE = 0.5;
/** Values this consistent overrule a different header reading. */
export const VALUE_OVERRULES_HEADER = 0.8;

const pct = (x: number): string => `${Math.round(x * 100)} %`;

const CONTEST_OF_KIND: Partial<Record<ValueKindId, ContestId>> = {
  bank_card: 'bare_bank_card',
  resident_id: 'resident_id_info',
};

interface ValueReading {
  kind: ValueKindId;
  category: CategoryKey | null;
  share: number;
  maskedShare: number;
  minorShare: number;
  minorU18Share: number;
  examples: string[];
  nonEmpty: number;
  /** Distinct values among the matches (counted up to the sample size). */
  distinct: number;
  /** Too few distinct values to classify the column from values alone. */
  uniform: boolean;
}

function readValues(rows: readonly (readonly string[])[], col: number, today: Date): ValueReading | null {
  const tally = new Map<
    ValueKindId,
    { clear: number; masked: number; seen: Set<string>; example?: string }
  >();
  let nonEmpty = 0;
  let masked = 0;
  let minors = 0;
  let minorsU18 = 0;
  let ids = 0;
  for (const row of rows) {
    const v = (row[col] ?? '').trim();
    if (v === '' || isNullMarker(v)) continue;
    nonEmpty++;
    const hit = classifyValue(v);
    if (hit === null) continue;
    const t = tally.get(hit.kind) ?? { clear: 0, masked: 0, seen: new Set<string>() };
    t.seen.add(v);
    if (hit.masked) {
      t.masked++;
      masked++;
    } else t.clear++;
    t.example ??= maskValue(v);
    tally.set(hit.kind, t);
    if (hit.kind === 'resident_id' && !hit.masked) {
      ids++;
      const birth = residentIdBirthDate(v);
      const age = birth === null ? null : ageOn(birth, today);
      if (age !== null && age < 14) minors++;
      if (age !== null && age < 18) minorsU18++;
    }
  }
  let best: ValueReading | null = null;
  for (const [kind, t] of tally) {
    const matched = t.clear + t.masked;
    const share = matched / nonEmpty;
    if (best === null || share > best.share) {
      const category = valueKind(kind).category;
      best = {
        kind,
        category,
        share,
        maskedShare: masked / nonEmpty,
        minorShare: ids > 0 ? minors / ids : 0,
        minorU18Share: ids > 0 ? minorsU18 / ids : 0,
        examples: t.example === undefined ? [] : [t.example],
        nonEmpty,
        distinct: t.seen.size,
        // An entity code stays negative evidence however uniform (one company's own code).
        uniform: category !== null && tooUniform(kind, matched, t.seen.size),
      };
    }
  }
  return best;
}

/** Profiles every column of a sample. */
export function profileColumns(input: ProfileInput): ColumnProfile[] {
  const today = input.today ?? new Date();
  const width = Math.max(input.header?.length ?? 0, ...input.rows.slice(0, 100).map((r) => r.length));
  const out: ColumnProfile[] = [];
  const context: HeaderContext | undefined =
    input.header === null
      ? undefined
      : {
          owner: input.owner,
          siblings: input.header,
          ...(input.catalog !== undefined ? { catalog: input.catalog } : {}),
          ...(input.ownerComment !== undefined ? { ownerComment: input.ownerComment } : {}),
        };
  for (let i = 0; i < width; i++) {
    const name = input.header?.[i] ?? `col${i + 1}`;
    const head = input.header === null ? null : (input.classifyHeader?.(name, context) ?? null);
    const values = readValues(input.rows, i, today);
    const mapped = input.overrides?.[name] ?? input.overrides?.[String(i + 1)];
    const team =
      mapped === undefined && input.header !== null
        ? decisionFor(input.decisions ?? [], input.owner, name)
        : undefined;
    const override: Override | undefined =
      mapped !== undefined
        ? { category: mapped, said: `mapped by the user to ${mapped}` }
        : team !== undefined
          ? { category: team.category, said: teamDecisionText(team.category, team.reason) }
          : undefined;
    const c = combine(i, name, head, values, override, input.reading ?? 'strict', input.rows.length);
    // Read with its real name, shown with any value in it masked (a JSON key that is a phone).
    out.push({ ...c, name: maskNameValues(c.name), evidence: c.evidence.map(maskNameValues) });
  }
  return out;
}

/** A mapping the detector does not get to argue with: the user's `--map` or the team's decision. */
interface Override {
  readonly category: CategoryKey | 'none';
  /** The evidence line that says who mapped the column. */
  readonly said: string;
}

function combine(
  index: number,
  name: string,
  head: HeaderReading | null,
  values: ValueReading | null,
  override: Override | undefined,
  reading: ContestedReading,
  sampled: number,
): ColumnProfile {
  const evidence: string[] = [];
  if (head !== null) evidence.push(...head.evidence.map((e) => `header: ${e}`));
  const strong =
    values !== null &&
    values.share >= VALUE_MIN_SHARE &&
    !(valueKind(values.kind).weak ?? false) &&
    !values.uniform
      ? values
      : null;
  if (values !== null && values.share > 0) {
    evidence.push(`${pct(values.share)} of sampled values are ${valueKind(values.kind).label}`);
    if (values.maskedShare > 0)
      evidence.push(
        `${pct(values.maskedShare)} of sampled values are masked (de-identified, still PI: PIPL Art. 73)`,
      );
    if (values.uniform)
      evidence.push(
        `only ${values.distinct} distinct value${values.distinct === 1 ? '' : 's'} among them: too uniform to classify the column from values alone`,
      );
    if (values.minorShare > 0)
      evidence.push(`${pct(values.minorShare)} of sampled resident IDs belong to children under 14`);
    if (values.minorU18Share > 0)
      evidence.push(`${pct(values.minorU18Share)} of sampled resident IDs belong to minors under 18`);
  }
  let category: CategoryKey | null = null;
  let source: ColumnSource = 'none';
  let contest: ContestId | undefined;
  if (override !== undefined) {
    category = override.category === 'none' ? null : override.category;
    source = 'override';
    // The values still say which contested reading the column is (a resident ID is resident-ID information).
    if (strong !== null && strong.category === category) contest = CONTEST_OF_KIND[strong.kind];
    evidence.push(override.said);
  } else if (strong !== null && strong.category === null) {
    evidence.push('an entity identifier: the column is not personal information');
  } else if (strong !== null && head?.category === strong.category) {
    category = strong.category;
    source = 'both';
    contest = head.contest ?? CONTEST_OF_KIND[strong.kind];
  } else if (
    strong !== null &&
    (head === null || head.category === null || strong.share >= VALUE_OVERRULES_HEADER)
  ) {
    category = strong.category;
    source = 'values';
    contest = CONTEST_OF_KIND[strong.kind];
    if (head?.category != null) evidence.push(`values overrule the header reading ${head.category}`);
  } else if (head?.category != null) {
    category = head.category;
    source = 'header';
    contest = head.contest;
  }
  const weakAgrees = values !== null && category !== null && valueKind(values.kind).category === category;
  const share = category === null ? null : strong !== null || weakAgrees ? (values?.share ?? null) : null;
  const legalClass = category === null ? null : classFor(category, { contest, reading });
  if (contest !== undefined && category !== null) {
    const c = getCategory(category).contests?.find((x) => x.id === contest);
    if (c !== undefined)
      evidence.push(
        `contested (${c.title.en}): counted as class ${String(legalClass)} under the ${reading} reading`,
      );
  }
  return {
    index,
    name,
    category,
    source: category === null && source !== 'override' ? 'none' : source,
    share,
    legalClass,
    ...(contest !== undefined && category !== null ? { contest } : {}),
    ...(values !== null ? { valueKind: values.kind } : {}),
    maskedShare: values?.maskedShare ?? 0,
    minorShare: values?.minorShare ?? 0,
    minorU18Share: values?.minorU18Share ?? 0,
    evidence,
    examples: values?.examples ?? [],
    sampled,
  };
}
