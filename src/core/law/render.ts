/**
 * Text renderings of the legal model: Markdown for hovers, SARIF rule help and reports, and a
 * one-line summary for diagnostic messages. Chinese-first when the locale is `zh`, with
 * Chinese citations and no English sentences in the Chinese text.
 */
import { classFor, getCategory } from './categories.js';
import type { ContestedReading } from './schema.js';
import type { CategoryExplanation, ExplainedSource } from './explain.js';
import { legalConfidenceLabel, formatCount, type Locale } from './format.js';
import { citation } from './instruments.js';
import type { CategoryKey, ContestId, PiplSensitivity } from './schema.js';
import { ARTICLE_FOR_CLASS, classThresholds } from './thresholds.js';
import { THRESHOLD_IF } from './wording.js';

const labelled = (label: string): string => (label === '' ? '' : ` *(${label})*`);

const WORDS = {
  en: {
    cls: (c: string) => `Class ${c}`,
    serious: 'serious',
    especially: 'especially serious',
    /** `serious ≥ 50 pieces`. */
    at: (tier: string, n: number) => `${tier} ≥ ${formatCount(n)} pieces`,
    insider:
      'Obtained in performing duties or providing services (Art. 5(1)(8); heavier punishment under Criminal Law Art. 253-1(2))',
    flag: '**Flag** — no criminal tier of its own; pieces count under the class of their content.',
    contested: 'Contested',
    reading: (r: ContestedReading) => `reading: ${r}`,
    notApplied: 'not the matched field',
    basis: 'Legal basis',
    pipl: 'PIPL',
    sources: 'Published sources',
    sep: '; ',
    colon: ': ',
    sides: (a: string, b: string) => `strict ${a} / lenient ${b}`,
    sensitivity: (v: PiplSensitivity) => (v === 'no' ? 'not sensitive' : 'sensitive'),
  },
  zh: {
    cls: (c: string) => `${c}类`,
    serious: '情节严重',
    especially: '情节特别严重',
    /** `五十条以上` in the statute's form, figures in digits: `50条以上为情节严重` (以上 includes the figure). */
    at: (tier: string, n: number) => `${formatCount(n)}条以上为${tier}`,
    insider:
      '在履行职责或者提供服务过程中获得的（第五条第一款第八项；依《刑法》第二百五十三条之一第二款从重处罚）',
    flag: '**标记** — 刑事上无单独档次；按所含信息的类别计条数。',
    contested: '争议',
    reading: (r: ContestedReading) => `当前解读：${r === 'strict' ? '严格' : '宽松'}`,
    notApplied: '非当前字段',
    basis: '法律依据',
    pipl: '个人信息保护',
    sources: '公开来源',
    sep: '；',
    colon: '：',
    sides: (a: string, b: string) => `严格${a} / 宽松${b}`,
    sensitivity: (v: PiplSensitivity) => (v === 'no' ? '非敏感' : '敏感'),
  },
} as const;

const sourceLine = (label: string, list: readonly ExplainedSource[], colon: string, sep: string): string[] =>
  list.length === 0 ? [] : [`${label}${colon}${list.map((s) => `[${s.label}](${s.url})`).join(sep)}`];

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
      `**${w.cls(e.class)}** — ${w.at(w.serious, t.serious)}${w.sep}${w.at(w.especially, t.especiallySerious)} (${t.article})  `,
      `${w.insider}${w.colon}${w.at(w.serious, t.insiderSerious)}${w.sep}${w.at(w.especially, t.insiderEspeciallySerious)} — *${t.insiderInference}*  `,
      `*${t.condition}*`,
      '',
    );
  }
  for (const c of e.contests) {
    const status = c.applies
      ? `${w.reading(c.reading)} → ${w.cls(c.reading === 'strict' ? c.strict : c.lenient)}`
      : w.notApplied;
    out.push(
      `**${w.contested}${w.colon}${c.title}** (\`${c.id}\`) — ${w.sides(c.strict, c.lenient)}${w.sep}${status}${labelled(c.label)}  `,
      c.text + (c.sources.length > 0 ? '  ' : ''),
      ...sourceLine(w.sources, c.sources, w.colon, w.sep),
      '',
    );
  }
  out.push(`**${w.basis}**`, '');
  for (const b of e.basis)
    out.push(`- ${b.citation}${b.text === undefined ? '' : ` — ${b.text}`}${labelled(b.label)}`);
  out.push('', `**${w.pipl}**${w.colon}${e.sensitivity.text}`, '');
  const sc = e.sensitivity.contest;
  if (sc !== undefined) {
    const chosen = sc.reading === 'strict' ? sc.strict : sc.lenient;
    out.push(
      `**${w.contested}${w.colon}${sc.title}** (\`${sc.id}\`) — ${w.sides(w.sensitivity(sc.strict), w.sensitivity(sc.lenient))}${w.sep}${w.reading(sc.reading)} → ${w.sensitivity(chosen)}${labelled(sc.label)}  `,
      sc.text + (sc.sources.length > 0 ? '  ' : ''),
      ...sourceLine(w.sources, sc.sources, w.colon, w.sep),
      '',
    );
  }
  for (const d of e.duties) out.push(`- ${d.text}${labelled(d.label)}`);
  if (e.duties.length > 0) out.push('');
  out.push(e.notes);
  return out.join('\n');
}

export interface SummaryOptions {
  readonly reading?: ContestedReading;
  readonly contest?: ContestId | undefined;
}

const FLAG_SUMMARY: Record<'minor_u14' | 'minor_u18', { en: string; zh: string }> = {
  minor_u14: {
    en: 'flag: PI of minors under 14 is sensitive (PIPL Art. 28, 31); pieces count under the class of their content',
    zh: '标记：不满十四周岁未成年人的个人信息属于敏感个人信息（《个人信息保护法》第二十八条、第三十一条）；按所含信息的类别计条数',
  },
  minor_u18: {
    en: "flag: minors under 18 — annual compliance audit of minors' PI (Regulations on the Protection of Minors Online Art. 37, partially verified); pieces count under the class of their content",
    zh: '标记：未成年人（不满十八周岁）——每年进行未成年人个人信息合规审计（《未成年人网络保护条例》第三十七条，部分核实）；按所含信息的类别计条数',
  },
};

/**
 * One line for a diagnostic message, e.g.
 * `身份证件号码 id_number — class C if sold, provided or illegally obtained: serious ≥ 5,000 pieces, …`.
 */
export function summarizeCategory(key: CategoryKey, locale: Locale, options: SummaryOptions = {}): string {
  const category = getCategory(key);
  const reading = options.reading ?? 'strict';
  const cls = classFor(key, { contest: options.contest, reading });
  const head = `${category.zh} ${key} — `;
  if (cls === null) {
    const flag = FLAG_SUMMARY[key as keyof typeof FLAG_SUMMARY];
    return `${head}${locale === 'zh' ? flag.zh : flag.en}`;
  }
  const t = classThresholds(cls);
  const contest = category.contests?.find((c) => c.id === options.contest);
  const item = category.basis.find(
    (b) => b.instrument === 'fs2017_10' && b.article === ARTICLE_FOR_CLASS[cls],
  );
  // A contested reading that moved the class carries the contest's confidence, not the item's.
  const moved = contest !== undefined && cls !== category.class;
  const label = legalConfidenceLabel(moved ? contest.confidence : (item?.confidence ?? 'verified'), locale);
  const guidingCase =
    key === 'face' || key === 'biometric'
      ? 192
      : key === 'id_card_image' || (moved && contest.id === 'resident_id_info')
        ? 193
        : null;
  const guiding =
    guidingCase === null
      ? ''
      : locale === 'zh'
        ? `；指导性案例${guidingCase}号`
        : `; Guiding Case ${guidingCase}`;
  const source = `${citation('fs2017_10', ARTICLE_FOR_CLASS[cls], locale)}${guiding}${label === '' ? '' : `${locale === 'zh' ? '，' : ', '}${label}`}`;
  const body =
    locale === 'zh'
      ? `${cls}类，${THRESHOLD_IF.zh}：${formatCount(t.serious)}条以上为情节严重，${formatCount(t.especiallySerious)}条以上为情节特别严重（${source}）`
      : `class ${cls}, ${THRESHOLD_IF.en}: serious ≥ ${formatCount(t.serious)} pieces, especially serious ≥ ${formatCount(t.especiallySerious)} (${source})`;
  if (contest === undefined) return head + body;
  const title = locale === 'zh' ? contest.title.zh : contest.title.en;
  return locale === 'zh'
    ? `${head}${body}；争议：${title}（${reading === 'strict' ? '严格' : '宽松'}解读，严格${contest.strict}/宽松${contest.lenient}）`
    : `${head}${body}; contested: ${title} (${reading} reading, strict ${contest.strict} / lenient ${contest.lenient})`;
}
