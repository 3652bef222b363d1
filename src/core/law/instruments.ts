/**
 * The instruments the legal model cites (all listed in docs/legal-basis.md), with
 * their names in both languages and how a citation is written in each. Chinese citations use
 * the statute's own numbering (第二百五十三条之一第二款) and 《》 around names; a document
 * number such as 法释〔2017〕10号 is not a name and stands bare, as lawyers cite it.
 */
import { chineseArticle, type ParenMeaning } from './articleZh.js';
import type { InstrumentId, LegalConfidence, Locale } from './schema.js';

export interface InstrumentInfo {
  /** Short name used in citations. */
  readonly zh: string;
  readonly en: string;
  /** Full title and date, for docs/legal-basis.md. */
  readonly title: { readonly en: string; readonly zh: string };
  /** How sure the reference is that the instrument, its number and dates are as stated. */
  readonly confidence: LegalConfidence;
  /** What `(n)` after an article number means in this instrument: a paragraph or an item. */
  readonly paren: ParenMeaning;
  readonly note?: { readonly en: string; readonly zh: string };
}

export const INSTRUMENTS: Readonly<Record<InstrumentId, InstrumentInfo>> = {
  criminal_law: {
    zh: '《刑法》',
    en: 'Criminal Law',
    title: {
      en: 'Criminal Law of the PRC, as amended (Amendment IX in force 2015-11-01)',
      zh: '《中华人民共和国刑法》',
    },
    confidence: 'verified',
    paren: 'para',
  },
  fs2017_10: {
    zh: '法释〔2017〕10号',
    en: '法释〔2017〕10号',
    title: {
      en: 'SPC/SPP Interpretation on criminal cases of infringing citizens’ personal information, in force 2017-06-01',
      zh: '《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》（2017年6月1日起施行）',
    },
    confidence: 'verified',
    paren: 'para',
    note: {
      en: 'text verified; the document number itself is partially verified',
      zh: '条文已核实；文号为部分核实',
    },
  },
  interp_2009_credit_card: {
    zh: '法释〔2009〕19号',
    en: '法释〔2009〕19号',
    title: {
      en: 'SPC/SPP Interpretation on credit-card crimes (2009), as amended by 法释〔2018〕19号',
      zh: '《最高人民法院、最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》（经法释〔2018〕19号修改）',
    },
    confidence: 'memory',
    paren: 'para',
    note: {
      en: 'number, title and article not verified against the text; the 1-card and 5-card figures are reported by 检察日报',
      zh: '文号、标题和条序未经核实；一张、五张的标准见《检察日报》报道',
    },
  },
  interp_2011_computer: {
    zh: '《关于办理危害计算机信息系统安全刑事案件应用法律若干问题的解释》',
    en: 'SPC/SPP computer-system security Interpretation (2011)',
    title: {
      en: 'SPC/SPP Interpretation on criminal cases endangering computer information system security (2011)',
      zh: '《最高人民法院、最高人民检察院关于办理危害计算机信息系统安全刑事案件应用法律若干问题的解释》（2011年）',
    },
    confidence: 'verified',
    paren: 'para',
  },
  interp_2019_network: {
    zh: '法释〔2019〕15号',
    en: '法释〔2019〕15号',
    title: {
      en: 'SPC/SPP Interpretation on illegal use of information networks and assisting network crimes (2019)',
      zh: '《最高人民法院、最高人民检察院关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释》（2019年）',
    },
    confidence: 'verified',
    paren: 'para',
    note: {
      en: 'Art. 4 text verified; the document number 〔2019〕15号 not verified (not printed in the copy read)',
      zh: '第四条条文已核实；文号“〔2019〕15号”未经核实（所读文本未载）',
    },
  },
  pipl: {
    zh: '《个人信息保护法》',
    en: 'PIPL',
    title: {
      en: 'Personal Information Protection Law of the PRC (2021)',
      zh: '《中华人民共和国个人信息保护法》',
    },
    confidence: 'verified',
    paren: 'item',
  },
  civil_code: {
    zh: '《民法典》',
    en: 'Civil Code',
    title: { en: 'Civil Code of the PRC', zh: '《中华人民共和国民法典》' },
    confidence: 'verified',
    paren: 'para',
  },
  ndsmr: {
    zh: '《网络数据安全管理条例》',
    en: 'NDSMR',
    title: {
      en: 'Network Data Security Management Regulations (State Council)',
      zh: '《网络数据安全管理条例》',
    },
    confidence: 'verified',
    paren: 'item',
  },
  minors_online_regs: {
    zh: '《未成年人网络保护条例》',
    en: 'Regulations on the Protection of Minors Online',
    title: {
      en: 'Regulations on the Protection of Minors Online (State Council), in force 2024-01-01',
      zh: '《未成年人网络保护条例》（2024年1月1日起施行）',
    },
    confidence: 'partial',
    paren: 'item',
  },
  cross_border_2024: {
    zh: '《促进和规范数据跨境流动规定》',
    en: '2024 Cross-Border Data Flow Provisions',
    title: {
      en: 'Provisions on Promoting and Regulating Cross-Border Data Flows (CAC Order No. 16, 2024-03-22)',
      zh: '《促进和规范数据跨境流动规定》（国家网信办令第16号，2024年3月22日）',
    },
    confidence: 'partial',
    paren: 'item',
  },
  certification_2026: {
    zh: '《个人信息出境认证办法》',
    en: 'PI Export Certification Measures',
    title: {
      en: 'Measures for the Certification of Personal Information Provided Abroad (CAC/SAMR Order No. 20), in force 2026-01-01',
      zh: '《个人信息出境认证办法》（国家网信办、市场监管总局令第20号，2026年1月1日起施行）',
    },
    confidence: 'partial',
    paren: 'item',
  },
  audit_measures: {
    zh: '《个人信息保护合规审计管理办法》',
    en: 'PI Protection Compliance Audit Measures',
    title: {
      en: 'Measures for the Administration of PI Protection Compliance Audits, in force 2025-05-01',
      zh: '《个人信息保护合规审计管理办法》（2025年5月1日起施行）',
    },
    confidence: 'partial',
    paren: 'item',
  },
  face_measures: {
    zh: '《人脸识别技术应用安全管理办法》',
    en: 'Face Recognition Technology Application Security Measures',
    title: {
      en: 'Measures for the Security Management of the Application of Face Recognition Technology (CAC/MPS Order No. 19)',
      zh: '《人脸识别技术应用安全管理办法》（国家网信办、公安部令第19号）',
    },
    confidence: 'partial',
    paren: 'para',
  },
  cac_officer_2025: {
    zh: '国家网信办2025年7月18日关于报送个人信息保护负责人信息的公告',
    en: 'CAC announcement of 2025-07-18 on reporting PI protection officers',
    title: {
      en: 'CAC announcement of 2025-07-18 on reporting PI protection officers',
      zh: '国家网信办2025年7月18日关于报送个人信息保护负责人信息的公告',
    },
    confidence: 'partial',
    paren: 'item',
  },
  cac_minors_audit_2025: {
    zh: '《关于报送未成年人个人信息保护合规审计情况的公告》',
    en: 'CAC announcement of 2025-12-29 on reporting minors’ PI compliance audits',
    title: {
      en: 'CAC announcement of 2025-12-29 on reporting minors’ PI protection compliance audits',
      zh: '《关于报送未成年人个人信息保护合规审计情况的公告》（国家网信办，2025年12月29日）',
    },
    confidence: 'partial',
    paren: 'item',
  },
  gbt_35273: {
    zh: 'GB/T 35273-2020',
    en: 'GB/T 35273-2020',
    title: {
      en: 'GB/T 35273-2020 (national standard on PI security)',
      zh: 'GB/T 35273-2020（个人信息安全规范）',
    },
    confidence: 'partial',
    paren: 'item',
  },
  gbt_45574: {
    zh: 'GB/T 45574-2025',
    en: 'GB/T 45574-2025',
    title: {
      en: 'GB/T 45574-2025 (national standard on sensitive PI), in force 2025-11-01',
      zh: 'GB/T 45574-2025（2025年11月1日起实施）',
    },
    confidence: 'partial',
    paren: 'item',
    note: { en: 'Annex A read through the CAC Q&A (2026-01)', zh: '附录A经国家网信办问答（2026年1月）转引' },
  },
  gc_192: {
    zh: '最高人民法院指导性案例192号',
    en: 'SPC Guiding Case No. 192',
    title: {
      en: 'SPC Guiding Case No. 192 (face information)',
      zh: '最高人民法院指导性案例192号（人脸信息）',
    },
    confidence: 'partial',
    paren: 'item',
  },
  gc_193: {
    zh: '最高人民法院指导性案例193号',
    en: 'SPC Guiding Case No. 193',
    title: {
      en: 'SPC Guiding Case No. 193, 闻巍等侵犯公民个人信息案 (35th batch, 法〔2022〕265号, 2022-12-26)',
      zh: '最高人民法院指导性案例193号：闻巍等侵犯公民个人信息案（第三十五批，法〔2022〕265号，2022年12月26日）',
    },
    confidence: 'partial',
    paren: 'item',
  },
  gc_195: {
    zh: '最高人民法院指导性案例195号',
    en: 'SPC Guiding Case No. 195',
    title: {
      en: 'SPC Guiding Case No. 195 (phone number with verification code)',
      zh: '最高人民法院指导性案例195号（手机号码与验证码）',
    },
    confidence: 'partial',
    paren: 'item',
  },
};

/**
 * `法释〔2017〕10号 Art. 5(1)(5)` (en) or `法释〔2017〕10号第五条第一款第五项` (zh);
 * `《个人信息保护法》第二十八条`. An article of `-` cites the instrument as a whole.
 */
export function citation(
  instrument: InstrumentId,
  article: string,
  locale: Locale,
  articleZh?: string,
): string {
  const info = INSTRUMENTS[instrument];
  if (locale === 'en') return article === '-' ? info.en : `${info.en} ${article}`;
  if (article === '-') return info.zh;
  const zh = articleZh ?? chineseArticle(article, info.paren);
  // A standard number ends in a digit and needs a space before 表B.1; a name in 《》 does not.
  return /[A-Za-z0-9]$/.test(info.zh) ? `${info.zh} ${zh}` : `${info.zh}${zh}`;
}
