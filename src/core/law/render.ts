/**
 * Text renderings of the legal model: Markdown for hovers, SARIF rule help and reports, and a
 * one-line summary for diagnostic messages. Chinese-first when the locale is `zh`.
 */
import { classFor, getCategory, type ContestedReading } from './categories.js';
import { thresholdCondition } from './condition.js';
import type { CategoryExplanation } from './explain.js';
import { confidenceLabel, formatCount, type Locale } from './format.js';
import { citation } from './instruments.js';
import type { CategoryKey, ContestId } from './schema.js';
import { ARTICLE_FOR_CLASS, classThresholds } from './thresholds.js';

const labelled = (label: string): string => (label === '' ? '' : ` *(${label})*`);

const WORDS = {
  en: {
    cls: (c: string) => `Class ${c}`,
    serious: 'serious',
    especially: 'especially serious',
    pieces: ' pieces',
    insider: 'Insider (Art. 5(1)(8))',
    flag: '**Flag** — no criminal tier of its own; pieces count under the class of their content.',
    contested: 'Contested',
    reading: (r: ContestedReading) => `reading: ${r}`,
    notApplied: 'does not apply to this field',
    basis: 'Legal basis',
    pipl: 'PIPL',
    sep: '; ',
    colon: ': ',
    sides: (a: string, b: string) => `strict ${a} / lenient ${b}`,
  },
  zh: {
    cls: (c: string) => `${c}类`,
    serious: '情节严重',
    especially: '情节特别严重',
    pieces: '条',
    insider: '内部人员（第五条第一款第八项）',
    flag: '**标记** — 刑事上无单独档次；按所含信息的类别计条数。',
    contested: '争议',
    reading: (r: ContestedReading) => `当前解读：${r === 'strict' ? '严格' : '宽松'}`,
    notApplied: '不适用于此字段',
    basis: '法律依据',
    pipl: '个人信息保护法',
    sep: '；',
    colon: '：',
    sides: (a: string, b: string) => `严格${a} / 宽松${b}`,
  },
} as const;

/** Renders an explanation as Markdown (no HTML, no command links: the host adds those). */
export function renderExplanationMarkdown(e: CategoryExplanation): string {
  const w = WORDS[e.locale];
  // A Chinese reading stays Chinese; an English one keeps the Chinese term readers search for.
  const title = e.locale === 'zh' ? e.title.zh : `${e.title.en} · ${e.title.zh}`;
  const out: string[] = [`#### ${title} \`${e.key}\``, ''];
  if (e.thresholds === null || e.class === null) {
    out.push(w.flag, '');
  } else {
    const t = e.thresholds;
    out.push(
      `**${w.cls(e.class)}** — ${w.serious} ≥ ${formatCount(t.serious)}${w.pieces}${w.sep}${w.especially} ≥ ${formatCount(t.especiallySerious)}${w.pieces} (${t.article})  `,
      `${w.insider}${w.colon}${w.serious} ≥ ${formatCount(t.insiderSerious)}${w.pieces}${w.sep}${w.especially} ≥ ${formatCount(t.insiderEspeciallySerious)}${w.pieces} — *${t.insiderInference}*  `,
      `*${thresholdCondition(e.locale)}*`,
      '',
    );
  }
  for (const c of e.contests) {
    // Without a field (the category reference) there is nothing to apply the contest to.
    const status = c.applies
      ? `${w.reading(c.reading)} → ${w.cls(c.reading === 'strict' ? c.strict : c.lenient)}`
      : e.forField
        ? w.notApplied
        : '';
    const sides =
      status === '' ? w.sides(c.strict, c.lenient) : `${w.sides(c.strict, c.lenient)}${w.sep}${status}`;
    out.push(
      `**${w.contested}${w.colon}${c.title}** (\`${c.id}\`) — ${sides}${labelled(c.label)}  `,
      c.text,
      '',
    );
  }
  out.push(`**${w.basis}**`, '');
  for (const b of e.basis)
    out.push(`- ${b.citation}${b.text === undefined ? '' : ` — ${b.text}`}${labelled(b.label)}`);
  out.push('', `**${w.pipl}**${w.colon}${e.sensitivity.text}`, '');
  for (const d of e.duties) out.push(`- ${d.text}${labelled(d.label)}`);
  if (e.duties.length > 0) out.push('');
  out.push(e.notes);
  return out.join('\n');
}

export interface SummaryOptions {
  readonly reading?: ContestedReading;
  readonly contest?: ContestId | undefined;
}

/**
 * One line for a diagnostic message, e.g.
 * `身份证件号码 id_number — class C: serious ≥ 5,000 pieces, especially serious ≥ 50,000 (法释〔2017〕10号 Art. 5(1)(5))`.
 */
export function summarizeCategory(key: CategoryKey, locale: Locale, options: SummaryOptions = {}): string {
  const category = getCategory(key);
  const reading = options.reading ?? 'strict';
  const cls = classFor(key, { contest: options.contest, reading });
  const head = `${category.zh} ${key} — `;
  if (cls === null) {
    return locale === 'zh'
      ? `${head}标记：不满十四周岁未成年人的个人信息属敏感个人信息（个人信息保护法第二十八条、第三十一条）；按所含信息的类别计条数`
      : `${head}flag: PI of minors under 14 is sensitive (PIPL Art. 28, 31); pieces count under the class of their content`;
  }
  const t = classThresholds(cls);
  const item = category.basis.find(
    (b) => b.instrument === 'fs2017_10' && b.article === ARTICLE_FOR_CLASS[cls],
  );
  const label = confidenceLabel(item?.confidence ?? 'verified', locale);
  const guiding = key === 'biometric' ? (locale === 'zh' ? '；指导案例192号' : '; Guiding Case 192') : '';
  const source = `${citation('fs2017_10', ARTICLE_FOR_CLASS[cls], locale)}${guiding}${label === '' ? '' : `${locale === 'zh' ? '，' : ', '}${label}`}`;
  const contest = category.contests?.find((c) => c.id === options.contest);
  const body =
    locale === 'zh'
      ? `${cls}类：情节严重 ≥ ${formatCount(t.serious)}条，情节特别严重 ≥ ${formatCount(t.especiallySerious)}条（${source}）`
      : `class ${cls}: serious ≥ ${formatCount(t.serious)} pieces, especially serious ≥ ${formatCount(t.especiallySerious)} (${source})`;
  if (contest === undefined) return head + body;
  const title = locale === 'zh' ? contest.title.zh : contest.title.en;
  return locale === 'zh'
    ? `${head}${body}；争议：${title}（${reading === 'strict' ? '严格' : '宽松'}解读，严格${contest.strict}/宽松${contest.lenient}）`
    : `${head}${body}; contested: ${title} (${reading} reading, strict ${contest.strict} / lenient ${contest.lenient})`;
}
