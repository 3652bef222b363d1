/**
 * What the naive Bayes second opinion (`bayesOpinion.ts`, an experiment: README.md) sees of a
 * field: plain text features,
 * none of them the rules' readings, so the model is an opinion independent of the vocabulary.
 * Each feature is a short readable string with a prefix saying where it came from, so a finding
 * can name the one it was learned from:
 *
 * - `n:` a sub-token of the name (camelCase, snake_case and digits split, lower-cased: `sfzh`,
 *   `id`, `card`), `nz:` a pair of Chinese characters of a Chinese name, `w:` the whole name
 *   normalised (`id_card_no`, `身份证号`);
 * - `c:` a short comment as a whole phrase, `cz:` pairs of its Chinese characters, `cw:` its
 *   first English words;
 * - `t:` the declared type's class (`string`, `date`, `reference`, … or `none`);
 * - `o:` / `oz:` the owner's sub-tokens and Chinese pairs: context, never content;
 * - `s:` the sub-tokens of the record's field names (a clinical record's `diagnosis` beside its
 *   `result`): the record's subject, also context; the same for every field of the record, so
 *   they are read once per record (`recordFeatures`).
 */
import { readType } from '../../src/core/detect/declaredType.js';
import { hanRuns, tokenize } from '../../src/core/detect/tokenize.js';

/** The parts of a field the model reads. */
export interface LearnedInput {
  readonly name: string;
  readonly owner?: string | undefined;
  readonly declaredType?: string | undefined;
  readonly comment?: string | undefined;
}

/** Fields of a record read: a wide table's far columns say little about one field. */
const MAX_FIELDS = 40;

/** The record features (`s:`) of a record with these field names, in order; none for no record. */
export function recordFeatures(names: readonly string[] | undefined): readonly string[] {
  const out = new Set<string>();
  for (const name of names?.slice(0, MAX_FIELDS) ?? [])
    for (const t of tokenize(name)) if (t.kind === 'word') out.add(`s:${t.text}`);
  return [...out];
}

/** A comment read as one phrase only when short: a long description repeats nowhere else. */
const MAX_PHRASE = 16;
/** English comment words read: an OpenAPI description's first clause carries its meaning. */
const MAX_COMMENT_WORDS = 8;
/** Words too common in descriptions to mean anything. */
const STOP: ReadonlySet<string> = new Set(
  'a an the of to in for is be or and on by this that if it as at with from are its'.split(' '),
);

/**
 * The features of one field, each once, in a fixed order (same field, same list); `record` is
 * its record's `recordFeatures`.
 */
export function learnedFeatures(field: LearnedInput, record: readonly string[] = []): string[] {
  const out = new Set<string>();
  const whole: string[] = [];
  for (const t of tokenize(field.name)) {
    if (t.kind === 'digits') continue;
    whole.push(t.text);
    if (t.kind === 'word') out.add(`n:${t.text}`);
    else pairs(t.text, 'nz', out);
  }
  if (whole.length > 0) out.add(`w:${whole.join('_')}`);
  const comment = field.comment?.trim().toLowerCase();
  if (comment !== undefined && comment !== '') {
    const phrase = comment.replace(/[\s\p{P}]+$/u, '').replace(/^[\s\p{P}]+/u, '');
    if (phrase !== '' && phrase.length <= MAX_PHRASE) out.add(`c:${phrase}`);
    for (const run of hanRuns(comment)) pairs(run, 'cz', out);
    let english = 0;
    for (const t of tokenize(comment)) {
      if (english >= MAX_COMMENT_WORDS) break;
      if (t.kind !== 'word' || t.text.length < 2 || STOP.has(t.text)) continue;
      out.add(`cw:${t.text}`);
      english++;
    }
  }
  out.add(`t:${field.declaredType === undefined ? 'none' : readType(field.declaredType).shape}`);
  if (field.owner !== undefined) {
    for (const t of tokenize(field.owner)) {
      if (t.kind === 'word') out.add(`o:${t.text}`);
      else if (t.kind === 'han') pairs(t.text, 'oz', out);
    }
  }
  for (const f of record) out.add(f);
  return [...out];
}

/** A Chinese run's character pairs (`身份证号` → 身份, 份证, 证号); a single character stands alone. */
function pairs(run: string, prefix: string, out: Set<string>): void {
  if (run.length === 1) out.add(`${prefix}:${run}`);
  for (let k = 0; k + 1 < run.length; k++) out.add(`${prefix}:${run.slice(k, k + 2)}`);
}
