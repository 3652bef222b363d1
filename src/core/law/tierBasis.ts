/**
 * The articles behind the tier arithmetic and its caveats (`tiers.ts`, `tierText.ts`), as
 * citations, so docs/legal-basis.md lists them with the category and duty citations.
 */
import type { Basis } from './schema.js';

const cite = (instrument: Basis['instrument'], article: string, en: string, zh: string): Basis => ({
  instrument,
  article,
  en,
  zh,
  confidence: 'verified',
});

export const TIER_BASIS: readonly Basis[] = [
  cite(
    'criminal_law',
    'Art. 253-1(1)',
    'selling or providing citizens’ PI in violation of state provisions; serious: up to 3 years; especially serious: 3–7 years',
    '违反国家有关规定出售、提供公民个人信息，情节严重的处三年以下有期徒刑或者拘役；情节特别严重的处三年以上七年以下有期徒刑',
  ),
  cite(
    'criminal_law',
    'Art. 253-1(2)',
    'PI obtained in performing duties or providing services: heavier punishment',
    '将在履行职责或者提供服务过程中获得的公民个人信息出售或者提供给他人的，从重处罚',
  ),
  cite(
    'criminal_law',
    'Art. 253-1(3)',
    'stealing or otherwise illegally obtaining PI',
    '窃取或者以其他方法非法获取公民个人信息',
  ),
  cite('criminal_law', 'Art. 253-1(4)', 'unit (company) crime', '单位犯罪'),
  cite(
    'criminal_law',
    'Art. 286-1',
    'refusing to fulfil information-network security duties after an order to rectify, causing a leak of user information',
    '拒不履行信息网络安全管理义务，经监管部门责令采取改正措施而拒不改正，致使用户信息泄露',
  ),
  cite(
    'fs2017_10',
    'Art. 2',
    'what "in violation of state provisions" covers, departmental rules included',
    '“违反国家有关规定”的含义，包括部门规章',
  ),
  cite(
    'fs2017_10',
    'Art. 4',
    'buying, receiving, exchanging or collecting in violation of state provisions is illegal obtaining',
    '通过购买、收受、交换等方式获取或者在履职、提供服务中收集公民个人信息属于非法获取',
  ),
  cite(
    'fs2017_10',
    'Art. 5(1)(1)',
    'whereabouts sold or provided and used by another in a crime: serious at any quantity',
    '出售或者提供行踪轨迹信息，被他人用于犯罪的',
  ),
  cite(
    'fs2017_10',
    'Art. 5(1)(2)',
    'supplying someone known to use PI for crimes: serious at any quantity',
    '知道或者应当知道他人利用公民个人信息实施犯罪，向其出售或者提供的',
  ),
  cite(
    'fs2017_10',
    'Art. 5(1)(6)',
    'quantities that reach a standard when added up proportionally',
    '数量未达到第三项至第五项规定标准，但是按相应比例合计达到有关数量标准的',
  ),
  cite('fs2017_10', 'Art. 5(1)(7)', 'illegal gains of CNY 5,000 or more', '违法所得五千元以上的'),
  cite(
    'fs2017_10',
    'Art. 5(1)(8)',
    'PI obtained in performing duties or providing services: half the item (3)–(7) standards',
    '将在履行职责或者提供服务过程中获得的公民个人信息出售或者提供给他人，数量或者数额达到第三项至第七项规定标准一半以上的',
  ),
  cite(
    'fs2017_10',
    'Art. 5(1)(9)',
    'a prior criminal penalty, or an administrative penalty within two years, for infringing PI',
    '曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚，又非法获取、出售或者提供公民个人信息的',
  ),
  cite(
    'fs2017_10',
    'Art. 5(2)(3)',
    'especially serious at ten times the item (3)–(8) standards',
    '数量或者数额达到前款第三项至第八项规定标准十倍以上的',
  ),
  cite(
    'fs2017_10',
    'Art. 6',
    'illegally buying or receiving class-C PI for a lawful business: serious at CNY 50,000 profit or with a prior penalty',
    '为合法经营活动而非法购买、收受第三项、第四项规定以外的公民个人信息：获利五万元以上或者有前科的为情节严重',
  ),
  cite(
    'fs2017_10',
    'Art. 7',
    'unit crime: the same thresholds for the persons responsible; the unit is fined',
    '单位犯罪依照相应自然人犯罪的定罪量刑标准',
  ),
  cite(
    'fs2017_10',
    'Art. 11(2)',
    'the same information provided to different recipients adds up',
    '向不同单位或者个人分别出售、提供同一公民个人信息的，公民个人信息的条数累计计算',
  ),
  cite(
    'fs2017_10',
    'Art. 11(3)',
    'batch information is counted as seized unless shown untrue or duplicated',
    '对批量公民个人信息的条数，根据查获的数量直接认定，但是有证据证明信息不真实或者重复的除外',
  ),
  cite(
    'interp_2019_network',
    'Art. 4',
    'Art. 286-1 leaks: 500 / 5,000 / 50,000 pieces by class',
    '致使用户信息泄露的数量标准：五百条、五千条、五万条',
  ),
];
