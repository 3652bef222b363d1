/**
 * The record of personal-information processing activities (个人信息处理活动记录), a draft:
 * what the code declares and what the datasets hold are pre-filled; the purpose, legal basis,
 * retention, recipients, cross-border provision and security measures are left as blanks.
 * PIPL Art. 55 asks that processing be recorded and Art. 56 that the record be kept three years.
 */
import type { Locale } from '../../law/format.js';
import type { DraftBlock, DraftDocument } from './draftDoc.js';
import { caveatBlocks, datasetsSection, dutiesSection, heldSection, type DraftInput } from './draftFacts.js';
import {
  ACTIVITY_QUESTIONS,
  cite,
  HEADINGS,
  PROCESSOR_QUESTIONS,
  TITLES,
  type Question,
} from './draftText.js';

/** Blanks for `questions`, in the draft's language. */
export function blanks(questions: readonly Question[], l: Locale): DraftBlock[] {
  return questions.map((q) => ({ kind: 'blank', id: q.id, label: q.label[l], hint: q.hint(l) }));
}

/** Numbered headings: `1. …` / `一、…`. */
export function numbered(n: number, text: string, l: Locale): DraftBlock {
  const zh = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n - 1] ?? String(n);
  return { kind: 'heading', level: 2, text: l === 'zh' ? `${zh}、${text}` : `${n}. ${text}` };
}

/** The record's draft. */
export function buildRopa(input: DraftInput): DraftDocument {
  const l = input.locale;
  const h = (n: number, key: keyof typeof HEADINGS): DraftBlock => numbered(n, HEADINGS[key][l], l);
  const blocks: DraftBlock[] = [
    { kind: 'heading', level: 1, text: TITLES.ropa[l] },
    ...caveatBlocks(input).slice(0, 2),
    h(1, 'processor'),
    ...blanks(PROCESSOR_QUESTIONS, l),
    h(2, 'held'),
    ...heldSection(input),
    h(3, 'datasets'),
    ...datasetsSection(input),
    ...(input.estimates.length > 0 ? [h(4, 'duties'), ...dutiesSection(input)] : []),
    h(input.estimates.length > 0 ? 5 : 4, 'activities'),
    {
      kind: 'paragraph',
      text:
        l === 'zh'
          ? '每项处理活动（如注册、下单、客服）分别填写以下事项。'
          : 'Answer these for each processing activity (sign-up, orders, customer service…).',
    },
    ...blanks(ACTIVITY_QUESTIONS, l),
    h(input.estimates.length > 0 ? 6 : 5, 'keeping'),
    {
      kind: 'paragraph',
      text:
        l === 'zh'
          ? `处理情况记录应当至少保存三年（${cite('pipl', 'Art. 56', l)}）；向其他处理者提供、委托处理个人信息的记录至少保存三年（${cite('ndsmr', 'Art. 12', l)}）。`
          : `Keep records of processing at least three years (${cite('pipl', 'Art. 56', l)}); records of providing or entrusting PI to other processors at least three years (${cite('ndsmr', 'Art. 12', l)}).`,
    },
    h(input.estimates.length > 0 ? 7 : 6, 'caveats'),
    ...caveatBlocks(input).slice(2),
  ];
  return { kind: 'ropa', locale: l, title: TITLES.ropa[l], blocks };
}
