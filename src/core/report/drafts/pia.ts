/**
 * The PI protection impact assessment (个人信息保护影响评估报告), a draft following PIPL
 * Art. 55–56: why it is due (sensitive PI found is pre-filled; the other situations are
 * blanks), what is processed, the three contents Art. 56 requires (lawfulness and necessity,
 * impact and risk, protective measures) with the figures pilens knows, and the conclusion.
 */
import { formatCount } from '../../law/format.js';
import type { DraftBlock, DraftDocument } from './draftDoc.js';
import {
  caveatBlocks,
  categoryName,
  datasetsSection,
  dutiesSection,
  heldCategories,
  heldSection,
  type DraftInput,
} from './draftFacts.js';
import {
  ACTIVITY_QUESTIONS,
  cite,
  COLS,
  CONCLUSION_QUESTIONS,
  HEADINGS,
  MEASURE_QUESTIONS,
  TITLES,
  TRIGGER_QUESTIONS,
} from './draftText.js';
import { blanks, numbered } from './ropa.js';

/** Why sensitive PI is found: the inventory's sensitive categories and the estimates that reach the duty. */
function sensitiveFinding(input: DraftInput): string {
  const l = input.locale;
  const keys = heldCategories(input.inventory)
    .filter((c) => c.sensitive)
    .map((c) => categoryName(c.key, l));
  const estimates = input.estimates
    .filter((e) => e.duties.some((d) => d.id === 'impact_assessment'))
    .map((e) => e.source);
  const parts: string[] = [];
  if (keys.length > 0)
    parts.push(
      l === 'zh' ? `代码和数据结构中：${keys.join('、')}` : `in the code and schemas: ${keys.join(', ')}`,
    );
  if (estimates.length > 0)
    parts.push(
      l === 'zh' ? `数据集中（${estimates.join('、')}）` : `in the datasets (${estimates.join(', ')})`,
    );
  if (parts.length === 0)
    return l === 'zh'
      ? '未发现；请确认扫描范围是否完整。'
      : 'None found; check that the scan covered everything.';
  return l === 'zh' ? `是：${parts.join('；')}` : `Yes: ${parts.join('; ')}`;
}

/** The scale facts of the impact part: persons and minors, per estimate. */
function scaleItems(input: DraftInput): string[] {
  const l = input.locale;
  return input.estimates.map((e) => {
    const persons = formatCount(e.persons);
    const bound = e.personsKeyed ? '' : l === 'zh' ? '（上限）' : ' (upper bound)';
    const minors = e.minorsPresent
      ? l === 'zh'
        ? `；含不满十四周岁未成年人的信息（${cite('pipl', 'Art. 28', l)}、${cite('pipl', 'Art. 31', l)}）`
        : `; holds PI of minors under 14 (${cite('pipl', 'Art. 28', l)}, ${cite('pipl', 'Art. 31', l)})`
      : '';
    return l === 'zh'
      ? `${e.source}：${persons}人${bound}${minors}`
      : `${e.source}: ${persons} persons${bound}${minors}`;
  });
}

/** The assessment's draft. */
export function buildPia(input: DraftInput): DraftDocument {
  const l = input.locale;
  const h = (n: number, key: keyof typeof HEADINGS): DraftBlock => numbered(n, HEADINGS[key][l], l);
  const blocks: DraftBlock[] = [
    { kind: 'heading', level: 1, text: TITLES.pia[l] },
    ...caveatBlocks(input).slice(0, 2),
    h(1, 'triggers'),
    {
      kind: 'paragraph',
      text:
        l === 'zh'
          ? `有下列情形之一的，应当事前进行个人信息保护影响评估，并对处理情况进行记录（${cite('pipl', 'Art. 55', l)}）。`
          : `An assessment is made in advance, and processing recorded, in any of these situations (${cite('pipl', 'Art. 55', l)}).`,
    },
    {
      kind: 'table',
      header: [COLS.trigger[l], COLS.found[l]],
      rows: [
        [
          l === 'zh'
            ? `处理敏感个人信息（${cite('pipl', 'Art. 55(1)', l)}）`
            : `Processing sensitive PI (${cite('pipl', 'Art. 55(1)', l)})`,
          sensitiveFinding(input),
        ],
      ],
    },
    {
      kind: 'source',
      text:
        l === 'zh'
          ? '来源：下文第二部分的清单和估算结果。'
          : 'Source: the inventory and estimate results in part 2 below.',
    },
    ...blanks(TRIGGER_QUESTIONS, l),
    h(2, 'scope'),
    ...heldSection(input),
    ...datasetsSection(input),
    h(3, 'lawfulness'),
    {
      kind: 'paragraph',
      text:
        l === 'zh'
          ? `评估处理目的、处理方式等是否合法、正当、必要（${cite('pipl', 'Art. 56(1)', l)}）。`
          : `Whether the purpose and method of processing are lawful, legitimate and necessary (${cite('pipl', 'Art. 56(1)', l)}).`,
    },
    ...blanks(
      ACTIVITY_QUESTIONS.filter((q) => q.id !== 'security'),
      l,
    ),
    h(4, 'impact'),
    {
      kind: 'paragraph',
      text:
        l === 'zh'
          ? `对个人权益的影响及安全风险（${cite('pipl', 'Art. 56(2)', l)}）。pilens 所知的事实如下；影响分析须由评估人完成。`
          : `The impact on individuals' rights and the security risks (${cite('pipl', 'Art. 56(2)', l)}). What pilens knows is below; the analysis is the assessor's.`,
    },
    ...(input.estimates.length > 0
      ? [
          { kind: 'bullets', items: scaleItems(input) } satisfies DraftBlock,
          {
            kind: 'source',
            text:
              l === 'zh'
                ? '来源：各项所列估算结果文件。'
                : 'Source: the estimate result file named in each item.',
          } satisfies DraftBlock,
          ...dutiesSection(input),
        ]
      : []),
    ...blanks(CONCLUSION_QUESTIONS.slice(0, 1), l),
    h(5, 'measures'),
    ...blanks(MEASURE_QUESTIONS, l),
    h(6, 'conclusion'),
    ...blanks(CONCLUSION_QUESTIONS.slice(1), l),
    h(7, 'keeping'),
    {
      kind: 'paragraph',
      text:
        l === 'zh'
          ? `个人信息保护影响评估报告和处理情况记录应当至少保存三年（${cite('pipl', 'Art. 56', l)}）。`
          : `Keep the assessment report and the processing records at least three years (${cite('pipl', 'Art. 56', l)}).`,
    },
    h(8, 'caveats'),
    ...caveatBlocks(input).slice(2),
  ];
  return { kind: 'pia', locale: l, title: TITLES.pia[l], blocks };
}
