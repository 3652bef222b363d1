/**
 * Pinyin field names (issue 9): whole syllables and upper-case initials read back into the
 * Chinese they spell, then classified by the Chinese vocabulary. Names are unlike the
 * lexicon's own records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPinyin } from '../../../src/core/detect/pinyin.js';
import { classifyTable } from './classifyTable.js';

describe('reading a pinyin name back into Chinese', () => {
  const cases: [string, string | undefined][] = [
    ['xingMing', '姓名'],
    ['huanZheXM', '患者 姓名'],
    ['shouJiHM', '手机 号码'],
    ['jiaTingZZXX', '家庭住址'],
    ['jiaTingZZSFDM', '行政区划代码'],
    ['huanZheID', '患者编号'],
    // Not pinyin: English words, a single word, capitals only, a syllable no word covers.
    ['userName', undefined],
    ['xingming', undefined],
    ['XING_MING', undefined],
    ['xingMingABC', undefined],
    ['manTime', undefined],
  ];
  for (const [name, expected] of cases)
    it(`${name} → ${expected ?? 'not pinyin'}`, () => {
      assert.equal(readPinyin(name), expected);
    });
});

classifyTable('pinyin field names of hospital and government records', [
  { name: 'huanZheXM', owner: 'ZY_BingAnModel', type: 'String', expect: 'name' },
  { name: 'chuShengRQ', owner: 'ZY_BingAnModel', type: 'Date', expect: 'basic_profile' },
  { name: 'shenFenZH', owner: 'ZY_BingAnModel', type: 'String', expect: 'id_number' },
  { name: 'jiaTingZZSFMC', owner: 'ZY_BingAnModel', type: 'String', expect: 'address' },
  { name: 'danWeiDH', owner: 'ZY_BingAnModel', type: 'String', expect: 'education_work' },
  { name: 'hunYinDM', owner: 'ZY_BingAnModel', type: 'String', expect: 'marital_orientation' },
  // A region's code is a reference, whoever's address it is in; a type's code is a lookup.
  { name: 'jiaTingZZSFDM', owner: 'ZY_BingAnModel', type: 'String', expect: undefined },
  { name: 'guanXiMC', owner: 'ZY_BingAnModel', type: 'String', expect: undefined },
  { name: 'ciShu', owner: 'ZY_BingAnModel', type: 'Integer', expect: undefined },
]);
