/**
 * `npm run learn [-- options]`: the learned second opinion, measured (an experiment; README.md
 * says what it showed). Trains a logistic regression on the lexicon's train split only and
 * prints, as aggregate figures, what it would do next to the rules:
 *
 * - add: where the rules say none and the model says a category with probability ≥ t;
 * - veto: where the rules say X and the model, seeing that, says none with probability ≥ t;
 * - relabel: where the rules say X and the model says another category with probability ≥ t;
 *
 * on train (in-sample: the model saw those records), on the validation splits (blind + blind2,
 * figures only, never records), and out of fold on train by repository (`--cv`, default 5).
 * `--list` prints the out-of-fold adds, train records only, for reading. Never touches blind3.
 * Options: --min --groups --l2 --epochs --lr --prune --seed (TrainParams), --t (per-category adds
 * and --list), --residual (train only on the fields the rules leave unflagged).
 */
import { agrees, loadLexicon, tally, type Tally } from '../../test/support/lexicon.js';
import { lexiconExamples, type LexiconExamples } from './examples.js';
import { train, type Example, type TrainedModel, type TrainParams } from './logistic.js';
import { opinion } from './model.js';

const args = process.argv.slice(2);
const num = (name: string, fallback: number): number => {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  return arg === undefined ? fallback : Number(arg.slice(name.length + 3));
};

/** The parameters that did best on validation (README.md), unless the command line says otherwise. */
const params: TrainParams = {
  minCount: num('min', 3),
  minGroups: num('groups', 2),
  l2: num('l2', 0.001),
  epochs: num('epochs', 15),
  learningRate: num('lr', 0.2),
  prune: num('prune', 0.6),
  seed: num('seed', 1),
};
const residual = args.includes('--residual');
const at = num('t', 0.7);
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

const pct = (n: number, d: number): string => (d === 0 ? '  n/a' : ((n / d) * 100).toFixed(1).padStart(5));
const figures = (s: Tally): string => `P ${pct(s.tp, s.tp + s.fp)}  R ${pct(s.tp, s.tp + s.fn)}`;

/** The field as the model sees it when the rules said nothing of it. */
const unruled = (e: Example): string[] => e.features.map((f) => (f.startsWith('rule:') ? 'rule:none' : f));

/** The verdict for each field when the model may act at threshold `t` (`Infinity`: the rules alone). */
function verdicts(
  set: LexiconExamples,
  model: TrainedModel,
  mode: 'add' | 'veto' | 'relabel',
  t: number,
): string[] {
  return set.examples.map((e, k) => {
    const rule = set.rules[k] ?? 'none';
    if (mode === 'add') {
      if (rule !== 'none') return rule;
      const o = opinion(unruled(e), model);
      return o.probability >= t ? o.category : 'none';
    }
    if (rule === 'none') return rule;
    const o = opinion(e.features, model);
    if (o.probability < t) return rule;
    if (mode === 'veto') return o.category === 'none' ? 'none' : rule;
    return o.category === 'none' ? rule : o.category;
  });
}

function score(set: LexiconExamples, predicted: readonly string[]): Tally {
  const s: Tally = { tp: 0, fp: 0, fn: 0 };
  set.examples.forEach((e, k) => {
    tally(s, e.label, predicted[k] ?? 'none');
  });
  return s;
}

function curve(name: string, set: LexiconExamples, model: TrainedModel): void {
  console.log(`${name}: rules alone ${figures(score(set, set.rules))}`);
  for (const mode of ['add', 'veto', 'relabel'] as const) {
    const line = THRESHOLDS.map((t) => `${t}: ${figures(score(set, verdicts(set, model, mode, t)))}`);
    console.log(`  ${mode.padEnd(8)} ${line.join(' | ')}`);
  }
  const by = new Map<string, { right: number; wrong: number }>();
  const added = verdicts(set, model, 'add', at);
  set.examples.forEach((e, k) => {
    const p = added[k] ?? 'none';
    if (set.rules[k] !== 'none' || p === 'none') return;
    const s = by.get(p) ?? { right: 0, wrong: 0 };
    if (p === e.label) s.right++;
    else s.wrong++;
    by.set(p, s);
  });
  const list = [...by].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([c, s]) => `${c} +${s.right}/-${s.wrong}`);
  console.log(`  adds at ${at} (right/wrong): ${list.join(', ')}`);
}

const trainRecords = loadLexicon('train');
const trainSet = lexiconExamples(trainRecords);
const fitOn = (keep: (k: number) => boolean): Example[] =>
  trainSet.examples.filter((_, k) => keep(k) && (!residual || trainSet.rules[k] === 'none'));
const model = train(
  fitOn(() => true),
  params,
);
const weights = [...model.weights.values()].reduce((n, w) => n + w.length, 0);
console.log(
  `params ${JSON.stringify(params)}${residual ? ' residual' : ''}: ${model.weights.size} features, ${weights} weights`,
);
curve('train (in-sample: the model was fitted on these records)', trainSet, model);
curve(
  'validation (blind + blind2)',
  lexiconExamples([...loadLexicon('blind'), ...loadLexicon('blind2')]),
  model,
);

// Out of fold on train, by repository: each fold's records are judged by a model fitted on the others.
const folds = num('cv', 5);
if (folds > 1) {
  const sources = [...new Set(trainRecords.map((r) => r.source))].sort();
  const foldOf = new Map(sources.map((s, k) => [s, k % folds]));
  const foldModels = Array.from({ length: folds }, (_, f) =>
    train(
      fitOn((k) => foldOf.get(trainRecords[k]?.source ?? '') !== f),
      params,
    ),
  );
  const outOfFold = (t: number): string[] =>
    trainSet.examples.map((e, k) => {
      const rule = trainSet.rules[k] ?? 'none';
      const m = foldModels[foldOf.get(trainRecords[k]?.source ?? '') ?? 0];
      if (rule !== 'none' || m === undefined) return rule;
      const o = opinion(unruled(e), m);
      return o.probability >= t ? o.category : 'none';
    });
  const line = THRESHOLDS.map((t) => `${t}: ${figures(score(trainSet, outOfFold(t)))}`);
  console.log(
    `train, ${folds}-fold by repository (out of fold): rules alone ${figures(score(trainSet, trainSet.rules))}`,
  );
  console.log(`  add      ${line.join(' | ')}`);
  const added = outOfFold(at);
  let right = 0;
  const listed: string[] = [];
  trainRecords.forEach((r, k) => {
    const p = added[k] ?? 'none';
    if (trainSet.rules[k] !== 'none' || p === 'none') return;
    if (agrees(r.category, p)) right++;
    listed.push(
      `    ${r.category} ${agrees(r.category, p) ? '=' : '≠'} ${p}  ${r.source} ${r.owner}.${r.name}: ${r.type ?? ''}`,
    );
  });
  console.log(`  adds at ${at}: ${right} right, ${listed.length - right} wrong`);
  if (args.includes('--list')) for (const l of listed.sort()) console.log(l);
}
