// The learned second opinion experiment (scripts/learn): its features are the rules' own reading of
// a field and its record, its training is deterministic, and its opinion names what it learned from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldFeatures, recordViews } from '../../../scripts/learn/features.js';
import { modelData, train, type Example, type TrainParams } from '../../../scripts/learn/logistic.js';
import { opinion } from '../../../scripts/learn/model.js';
import { defaultVocabulary } from '../../../src/core/detect/vocabulary/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const field = (name: string, extra: Partial<FieldCandidate> = {}): FieldCandidate => ({
  name,
  range: NOWHERE,
  role: 'declaration',
  owner: 't_patient',
  ...extra,
});

const PARAMS: TrainParams = {
  minCount: 1,
  minGroups: 1,
  l2: 0.001,
  epochs: 20,
  learningRate: 0.3,
  prune: 0,
  seed: 7,
};

/** A few hand-made fields: phone words are contact, status words are none, each from several teams. */
const EXAMPLES: Example[] = [
  ...['a', 'b', 'c'].flatMap((group) => [
    { features: ['name:mobile', 'type:string'], label: 'contact', group },
    { features: ['name:tel', 'type:string'], label: 'contact', group },
    { features: ['name:status', 'type:integer'], label: 'none', group },
    { features: ['name:sort', 'type:integer'], label: 'none', group },
    { features: ['name:title', 'type:string'], label: 'none', group },
    { features: ['name:remark', 'type:string'], label: 'none', group },
  ]),
  { features: ['name:kh', 'type:string'], label: 'contact', group: 'a' },
  { features: ['name:kh', 'type:string'], label: 'contact', group: 'a' },
];

describe('learned features', () => {
  const vocab = defaultVocabulary();
  it('reads the name, the comment, the owner, the type and the record', () => {
    const features = fieldFeatures(
      field('zjhm', { comment: '证件号码', declaredType: 'varchar(18)' }),
      { siblings: ['xm', 'csrq'], siblingCategories: ['name'] },
      undefined,
      vocab,
    );
    for (const f of [
      'name:zjhm',
      'comment:证件',
      'comment:号码',
      'owner:patient',
      'type:string',
      'siblingRule:name',
      'rule:none',
    ])
      assert.ok(features.includes(f), f);
    assert.deepEqual(features, [...features].sort(), 'sorted, so the same field gives the same list');
  });
  it('says nothing of a comment that is not there, nor of the field as its own sibling', () => {
    const features = fieldFeatures(field('zjhm'), { siblings: [], siblingCategories: [] }, undefined, vocab);
    assert.ok(!features.some((f) => f.startsWith('comment:') || f.startsWith('sibling')));
    assert.ok(features.includes('fields:few'));
  });
  it('sees a record as its other declared fields; a usage or an owner-less field has none', () => {
    const candidates = [
      field('mobile'),
      field('status'),
      field('name', { role: 'usage' }),
      field('x', { owner: '' }),
    ];
    const views = recordViews(candidates, [undefined, undefined, undefined, undefined]);
    assert.deepEqual(views[0]?.siblings, ['status']);
    assert.deepEqual(views[1]?.siblings, ['mobile']);
    assert.equal(views[2], undefined);
    assert.equal(views[3], undefined);
  });
});

describe('learned model', () => {
  it('trains to the same weights, byte for byte, from the same examples', () => {
    assert.equal(
      JSON.stringify(modelData(train(EXAMPLES, PARAMS))),
      JSON.stringify(modelData(train(EXAMPLES, PARAMS))),
    );
  });
  it('says contact of a phone word, naming it, and none of a status word', () => {
    const model = train(EXAMPLES, PARAMS);
    const phone = opinion(['name:mobile', 'type:string'], model);
    assert.equal(phone.category, 'contact');
    assert.ok(phone.probability > 0.5);
    assert.equal(phone.because[0], 'name:mobile');
    const status = opinion(['name:status', 'type:integer'], model);
    assert.equal(status.category, 'none');
    assert.deepEqual(status.because, []);
  });
  it('drops a feature one team used alone, keeps one several teams used', () => {
    const model = train(EXAMPLES, { ...PARAMS, minGroups: 2 });
    assert.equal(model.weights.has('name:kh'), false);
    assert.equal(model.weights.has('name:mobile'), true);
  });
});
