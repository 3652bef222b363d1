// The naive Bayes second opinion experiment (scripts/learn/bayes*.ts): its features are plain
// text of the field and its record, evidence is counted by repositories, features seen in too
// few repositories are dropped, training is deterministic, and an opinion names what it learned from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trainBayes, type BayesExample } from '../../../scripts/learn/bayes.js';
import { learnedFeatures, recordFeatures } from '../../../scripts/learn/bayesFeatures.js';
import { compileModel, opinionOf } from '../../../scripts/learn/bayesOpinion.js';

describe('naive Bayes features', () => {
  const cases: [string, Parameters<typeof learnedFeatures>[0], string[], string[]][] = [
    [
      'pinyin abbreviation, Chinese comment, owner as context',
      { name: 'sfzh', owner: 't_patient', declaredType: 'varchar(18)', comment: '身份证号' },
      ['n:sfzh', 'w:sfzh', 'c:身份证号', 'cz:身份', 'cz:份证', 'cz:证号', 't:string', 'o:t', 'o:patient'],
      ['n:patient'],
    ],
    [
      'camelCase and digits split, no comment, no type',
      { name: 'address2Line' },
      ['n:address', 'n:line', 'w:address_line', 't:none'],
      ['n:2', 'c:'],
    ],
    [
      'a long English description gives words, not a phrase',
      { name: 'email', comment: 'The e-mail address of the customer who placed it.' },
      ['cw:mail', 'cw:address', 'cw:customer'],
      ['cw:the', 'cw:of'],
    ],
  ];
  for (const [title, field, present, absent] of cases) {
    it(title, () => {
      const features = learnedFeatures(field);
      for (const f of present) assert.ok(features.includes(f), `${f} in ${features.join(' ')}`);
      for (const f of absent) assert.ok(!features.includes(f), `${f} not in ${features.join(' ')}`);
    });
  }

  it('adds the record features once per record', () => {
    const record = recordFeatures(['patientId', 'diagnosis', 'diagnosisDate']);
    assert.deepEqual(record, ['s:patient', 's:id', 's:diagnosis', 's:date']);
    assert.ok(learnedFeatures({ name: 'result' }, record).includes('s:diagnosis'));
  });
});

/** `sfzh` is id_number in three projects; `status` none in three; `kh` only in one project. */
const EXAMPLES: BayesExample[] = [
  ...['a/one', 'b/two', 'c/three'].flatMap((repository) => [
    { features: ['n:sfzh', 't:string'], label: 'id_number', repository },
    { features: ['n:status', 't:integer'], label: 'none', repository },
    { features: ['n:remark', 't:string'], label: 'none', repository },
  ]),
  // One big project repeating itself: many fields, still one repository's evidence.
  ...Array.from({ length: 9 }, () => ({
    features: ['n:sfzh', 't:string'],
    label: 'id_number',
    repository: 'a/one',
  })),
  { features: ['n:kh', 't:string'], label: 'contact', repository: 'a/one' },
];

describe('naive Bayes training', () => {
  it('counts evidence by repository, fields only for the explanation', () => {
    const data = trainBayes(EXAMPLES, { minRepositories: 2, alpha: 0.1 });
    const line = data.features.split('\n').find((l) => l.startsWith('n:sfzh\t'));
    assert.equal(line, `n:sfzh\t${data.classes.indexOf('id_number')},3,12`);
  });

  it('drops features seen in fewer repositories than asked', () => {
    const data = trainBayes(EXAMPLES, { minRepositories: 2, alpha: 0.1 });
    assert.ok(!data.features.includes('n:kh'));
    assert.ok(trainBayes(EXAMPLES, { minRepositories: 1, alpha: 0.1 }).features.includes('n:kh'));
  });

  it('is deterministic whatever the order of the examples', () => {
    const a = trainBayes(EXAMPLES, { minRepositories: 2, alpha: 0.1 });
    const b = trainBayes([...EXAMPLES].reverse(), { minRepositories: 2, alpha: 0.1 });
    assert.deepEqual(a, b);
  });

  it('names the feature an opinion was learned from, and says none for a status', () => {
    const model = compileModel(trainBayes(EXAMPLES, { minRepositories: 2, alpha: 0.1 }));
    const id = opinionOf(['n:sfzh', 't:string'], model);
    assert.equal(id.category, 'id_number');
    assert.ok(id.probability > 0.9);
    assert.deepEqual(id.because, {
      feature: 'n:sfzh',
      seen: { category: 'id_number', repositories: 3, fields: 12 },
    });
    const status = opinionOf(['n:status', 't:integer'], model);
    assert.equal(status.category, 'none');
    assert.equal(status.because, undefined);
  });
});
