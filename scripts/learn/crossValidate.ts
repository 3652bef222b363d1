/**
 * `npm run learn:cv [-- --validate=m:a:t:v …]`: chooses the learned second opinion's settings
 * by cross-validation on the lexicon's train split, grouped by repository (each fold's
 * repositories are judged by a model trained on the others), and prints precision / recall of
 * the rules alone, the rules plus learned adds (rules say none, model says X with p ≥ t), and
 * the rules with learned vetoes (rules say X with low confidence, model says none with p ≥ v).
 * `--validate=minRepositories:alpha:t:v` scores one setting, trained on all of train, on the
 * retired held-out splits (blind + blind2), figures only; `blind3` is never read.
 * `--list=m:a:t` prints the out-of-fold adds (train records only) with the feature each was
 * learned from; `--misses` what the model says of the fields the rules miss. Variants:
 * `--gap` (adds only where the vocabulary reads nothing), `--person` (only in records the rules
 * read as a person's), `--sum` (sources summed, not averaged), `--prior=w` (prior weight).
 */
import { compileModel, opinionOf, type LearnedModel } from './bayesOpinion.js';
import { readComment, readNameCached, readOwner } from '../../src/core/detect/readings.js';
import { defaultVocabulary } from '../../src/core/detect/vocabulary/index.js';
import { classifyRecords } from '../../src/core/scan/recordMemo.js';
import type { Finding } from '../../src/core/types.js';
import {
  lexiconFiles,
  loadLexicon,
  tally,
  type LexiconRecord,
  type Tally,
} from '../../test/support/lexicon.js';
import { trainBayes, type BayesExample, type BayesParams } from './bayes.js';
import { bayesExamples } from './bayesExamples.js';

const args = process.argv.slice(2);
const FOLDS = 5;
const ADD_T = [0.5, 0.8, 0.9, 0.99, 0.999, 0.9999];
const VETO_T = [0.9, 0.99, 0.999, 0.9999];
const GRID: BayesParams[] = [2, 3, 5].flatMap((m) =>
  [0.1, 0.5, 1].map((a) => ({ minRepositories: m, alpha: a })),
);

interface Field {
  readonly record: LexiconRecord;
  readonly example: BayesExample;
  /** The rules' finding. */
  readonly rule: Finding | undefined;
  /** The vocabulary reads something in the name or comment (the rules chose not to report it). */
  readonly read: boolean;
  /** The rules read the owner as a person's record. */
  readonly person: boolean;
}

function fieldsOf(records: readonly LexiconRecord[]): Field[] {
  const rules = new Array<Finding | undefined>(records.length);
  const options = { vocabulary: defaultVocabulary(), contestedReading: 'strict' as const };
  for (const { path, indices, candidates } of lexiconFiles(records))
    classifyRecords(candidates, { ...options, path }, undefined).classified.forEach((f, j) => {
      rules[indices[j] as number] = f;
    });
  const examples = bayesExamples(records);
  const vocab = defaultVocabulary();
  return records.map((r, k) => ({
    record: r,
    rule: rules[k],
    example: examples[k] as BayesExample,
    read:
      readNameCached(r.name, vocab).head !== undefined || readComment(r.comment, vocab).head !== undefined,
    person: r.owner !== '' && ownerOf(r, vocab) === 'person',
  }));
}

interface Scored {
  readonly category: string;
  readonly probability: number;
}

const pct = (n: number, d: number): string => (d === 0 ? '  n/a' : ((n / d) * 100).toFixed(1).padStart(5));
const f1 = (s: Tally): number => (2 * s.tp) / (2 * s.tp + s.fp + s.fn);
const figures = (s: Tally): string =>
  `P ${pct(s.tp, s.tp + s.fp)} R ${pct(s.tp, s.tp + s.fn)} F1 ${(f1(s) * 100).toFixed(1)}`;

/** The verdicts with learned adds at `t` and vetoes of low-confidence rule hits at `v` (Infinity: off). */
function combined(fields: readonly Field[], opinions: readonly Scored[], t: number, v: number): Tally {
  const s: Tally = { tp: 0, fp: 0, fn: 0 };
  fields.forEach((f, k) => {
    const o = opinions[k] as Scored;
    let p = f.rule?.category ?? 'none';
    if (
      p === 'none' &&
      o.category !== 'none' &&
      o.probability >= t &&
      !(gated && f.read) &&
      !(personOnly && !f.person)
    )
      p = o.category;
    else if (f.rule?.confidence === 'low' && o.category === 'none' && o.probability >= v) p = 'none';
    tally(s, f.record.category, p);
  });
  return s;
}

const pooled = !args.includes('--sum');
/** Adds only where the vocabulary reads nothing: the model fills its gaps, never overrules its context. */
const gated = args.includes('--gap');
/** Adds only in records the rules read as a person's: the model never overrules a thing's context. */
const personOnly = args.includes('--person');

/** How the rules read a record's owner (`person`, `nonperson`, `meta`, or nothing). */
function ownerOf(r: LexiconRecord, vocab: ReturnType<typeof defaultVocabulary>): string | undefined {
  const reading = readOwner({ name: r.name, owner: r.owner, range: NOWHERE, role: 'declaration' }, vocab);
  return reading.kind ?? reading.context?.kind;
}
const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const priorArg = args.find((a) => a.startsWith('--prior='));
/** The prior's weight (1: as trained; 0: uniform), to try sharper or flatter priors. */
const priorWeight = priorArg === undefined ? 1 : Number(priorArg.slice('--prior='.length));
const compile = (data: ReturnType<typeof trainBayes>): LearnedModel => {
  const m = compileModel(data);
  return { ...m, logPrior: m.logPrior.map((p) => p * priorWeight) };
};
function opinions(fields: readonly Field[], model: (k: number) => LearnedModel): Scored[] {
  return fields.map((f, k) => opinionOf(f.example.features, model(k), pooled));
}

const train = fieldsOf(loadLexicon('train'));
const repos = [...new Set(train.map((f) => f.record.source))].sort();
// Folds by repository, balanced by fields: largest repositories first, each to the smallest fold.
const size = new Map<string, number>();
for (const f of train) size.set(f.record.source, (size.get(f.record.source) ?? 0) + 1);
const foldOf = new Map<string, number>();
const load = new Array<number>(FOLDS).fill(0);
for (const r of [...repos].sort((a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0) || (a < b ? -1 : 1))) {
  const f = load.indexOf(Math.min(...load));
  foldOf.set(r, f);
  load[f] = (load[f] ?? 0) + (size.get(r) ?? 0);
}
const fold = (k: number): number => foldOf.get(train[k]?.record.source ?? '') ?? 0;

console.log(
  `train: ${train.length} fields, ${repos.length} repositories, ${FOLDS} folds by repository (fields ${load.join(', ')})`,
);
console.log(
  `rules alone ${figures(
    combined(
      train,
      train.map(() => ({ category: 'none', probability: 0 })),
      Infinity,
      Infinity,
    ),
  )}`,
);

const listAt = args.find((a) => a.startsWith('--list='));
if (listAt !== undefined) {
  // Out-of-fold adds on train (train records only), with the feature each was learned from.
  const [m = 2, a = 0.5, t = 0.99] = listAt.slice('--list='.length).split(':').map(Number);
  const models = Array.from({ length: FOLDS }, (_, f) =>
    compile(
      trainBayes(
        train.filter((_, k) => fold(k) !== f).map((x) => x.example),
        { minRepositories: m, alpha: a },
      ),
    ),
  );
  const byWhy = new Map<string, { right: number; wrong: number }>();
  train.forEach((f, k) => {
    if (f.rule !== undefined) return;
    const o = opinionOf(f.example.features, models[fold(k)] as LearnedModel, pooled);
    if (o.category === 'none' || o.probability < t) return;
    const right = o.category === f.record.category;
    const key = `${o.category} ${o.because?.feature.split(':')[0] ?? '-'}`;
    const s = byWhy.get(key) ?? { right: 0, wrong: 0 };
    if (right) s.right++;
    else s.wrong++;
    byWhy.set(key, s);
    const r = f.record;
    console.log(
      `    ${r.category} ${right ? '=' : '≠'} ${o.category} ${o.probability.toFixed(4)} [${o.because?.feature ?? ''} ${o.because?.seen.repositories ?? 0}r/${o.because?.seen.fields ?? 0}f] ${r.source} ${r.owner}.${r.name}: ${r.type ?? ''}${r.comment !== undefined ? ` // ${r.comment}` : ''}`,
    );
  });
  for (const [key, s] of [...byWhy].sort()) console.log(`  ${key}: +${s.right} / -${s.wrong}`);
} else if (args.includes('--misses')) {
  // What the out-of-fold model says of the fields the rules leave unflagged, by reviewer label:
  // how many it names right, and at what probability (a ceiling for any threshold).
  const models = Array.from({ length: FOLDS }, (_, f) =>
    compile(trainBayes(train.filter((_, k) => fold(k) !== f).map((x) => x.example))),
  );
  const rows = new Map<string, { n: number; right: number; sure: number; wrongSure: number }>();
  train.forEach((f, k) => {
    if (f.rule !== undefined) return;
    const o = opinionOf(f.example.features, models[fold(k)] as LearnedModel, pooled);
    const r = rows.get(f.record.category) ?? { n: 0, right: 0, sure: 0, wrongSure: 0 };
    r.n++;
    if (o.category === f.record.category && o.category !== 'none') {
      r.right++;
      if (o.probability >= 0.8) r.sure++;
    } else if (o.category !== 'none' && o.probability >= 0.8) r.wrongSure++;
    rows.set(f.record.category, r);
  });
  for (const [c, r] of [...rows].sort((a, b) => b[1].n - a[1].n))
    console.log(
      `  ${c.padEnd(24)} unflagged ${r.n}, model right ${r.right} (p≥0.8: ${r.sure}), wrong non-none p≥0.8: ${r.wrongSure}`,
    );
} else if (!args.some((a) => a.startsWith('--validate='))) {
  for (const params of GRID) {
    const models = Array.from({ length: FOLDS }, (_, f) =>
      compile(
        trainBayes(
          train.filter((_, k) => fold(k) !== f).map((x) => x.example),
          params,
        ),
      ),
    );
    const scored = opinions(train, (k) => models[fold(k)] as LearnedModel);
    console.log(`min ${params.minRepositories} alpha ${params.alpha} (out of fold)`);
    for (const t of ADD_T) console.log(`  add t=${t}: ${figures(combined(train, scored, t, Infinity))}`);
    for (const v of VETO_T) console.log(`  veto v=${v}: ${figures(combined(train, scored, Infinity, v))}`);
  }
} else {
  const blind = fieldsOf([...loadLexicon('blind'), ...loadLexicon('blind2')]);
  console.log(
    `validation (blind + blind2, ${blind.length} fields): rules alone ${figures(
      combined(
        blind,
        blind.map(() => ({ category: 'none', probability: 0 })),
        Infinity,
        Infinity,
      ),
    )}`,
  );
  for (const arg of args.filter((a) => a.startsWith('--validate='))) {
    const [m = 2, a = 0.5, t = Infinity, v = Infinity] = arg
      .slice('--validate='.length)
      .split(':')
      .map(Number);
    const model = compile(
      trainBayes(
        train.map((x) => x.example),
        { minRepositories: m, alpha: a },
      ),
    );
    const scored = opinions(blind, () => model);
    console.log(`  min ${m} alpha ${a} add t=${t} veto v=${v}: ${figures(combined(blind, scored, t, v))}`);
  }
}
