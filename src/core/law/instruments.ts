/**
 * Display names of the instruments the catalogue cites (legal-reference.md §1–§8). The
 * `note` records what the reference could not verify about the instrument itself.
 */
import { articleText } from './articleText.js';
import type { InstrumentId } from './schema.js';

export interface InstrumentInfo {
  readonly zh: string;
  readonly en: string;
  readonly note?: { readonly en: string; readonly zh: string };
}

export const INSTRUMENTS: Readonly<Record<InstrumentId, InstrumentInfo>> = {
  criminal_law: { zh: '刑法', en: 'Criminal Law' },
  fs2017_10: {
    zh: '法释〔2017〕10号',
    en: '法释〔2017〕10号',
    note: {
      en: 'text verified; the document number itself is partially verified',
      zh: '条文已核实；文号为部分核实',
    },
  },
  interp_2011_computer: {
    zh: '两高危害计算机信息系统安全刑事案件解释（2011）',
    en: 'SPC/SPP computer-system security Interpretation (2011)',
  },
  pipl: { zh: '个人信息保护法', en: 'PIPL' },
  civil_code: { zh: '民法典', en: 'Civil Code' },
  gbt_35273: { zh: 'GB/T 35273-2020', en: 'GB/T 35273-2020' },
  gbt_45574: {
    zh: 'GB/T 45574-2025',
    en: 'GB/T 45574-2025',
    note: { en: 'Annex A read through the CAC Q&A (2026-01)', zh: '附录A经网信办问答（2026年1月）转引' },
  },
  gc_192: { zh: '最高人民法院指导案例192号', en: 'SPC Guiding Case No. 192' },
  gc_195: { zh: '最高人民法院指导案例195号', en: 'SPC Guiding Case No. 195' },
};

/** `法释〔2017〕10号第五条第一款第五项` (zh) or `法释〔2017〕10号 Art. 5(1)(5)` (en). */
export function citation(instrument: InstrumentId, article: string, locale: 'en' | 'zh'): string {
  const info = INSTRUMENTS[instrument];
  return locale === 'zh' ? `${info.zh}${articleText(article, 'zh')}` : `${info.en} ${article}`;
}
