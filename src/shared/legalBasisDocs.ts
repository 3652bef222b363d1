/**
 * docs/legal-basis.md: every instrument, article, case and published source the legal model
 * relies on, with its confidence, generated from the model (`npm run gen`) so a reader can
 * check a figure in the repository without the research files it was built from.
 */
import { CATEGORIES } from '../core/law/categories.js';
import { DUTY_TEXT } from '../core/law/dutyText.js';
import { formatCount } from '../core/law/format.js';
import { INSTRUMENTS, citation } from '../core/law/instruments.js';
import type { Basis, InstrumentId, LegalConfidence } from '../core/law/schema.js';
import { INSTRUMENT_IDS } from '../core/law/schema.js';
import { SOURCES } from '../core/law/sources.js';
import { TIER_BASIS } from '../core/law/tierBasis.js';
import { CAVEATS, INFERENCES } from '../core/law/tierText.js';
import {
  BUSINESS_PURCHASE_PROFIT_CNY,
  ESPECIALLY_SERIOUS_PIECES,
  SERIOUS_GAINS_CNY,
  SERIOUS_PIECES,
  classThresholds,
} from '../core/law/thresholds.js';
import { ADMIN_THRESHOLDS } from '../core/law/duties.js';
import { CARD_DATA, ELEMENTS, PROCESSING_STATE, conditionLine } from '../core/law/wording.js';

export const LEGAL_BASIS_PATH = 'docs/legal-basis.md';

const MARK: Record<LegalConfidence, string> = {
  verified: '✔ verified',
  partial: '◐ partially verified',
  memory: '✖ not verified',
};
const RANK: Record<LegalConfidence, number> = { verified: 0, partial: 1, memory: 2 };

interface Use {
  readonly basis: Basis;
  readonly where: string;
}

function uses(): Use[] {
  const out: Use[] = [];
  for (const c of CATEGORIES) for (const b of c.basis) out.push({ basis: b, where: `\`${c.key}\`` });
  for (const [id, t] of Object.entries(DUTY_TEXT))
    for (const b of t.cites as readonly Basis[]) out.push({ basis: b, where: `duty \`${id}\`` });
  for (const b of TIER_BASIS) out.push({ basis: b, where: 'tier arithmetic and caveats' });
  return out;
}

const esc = (s: string): string => s.replace(/\|/g, '\\|');

function articleRows(id: InstrumentId, all: readonly Use[]): string[] {
  const byArticle = new Map<
    string,
    { where: Set<string>; confidence: LegalConfidence; en?: string; zh?: string }
  >();
  for (const u of all) {
    if (u.basis.instrument !== id) continue;
    const row = byArticle.get(u.basis.article) ?? { where: new Set<string>(), confidence: 'verified' };
    row.where.add(u.where);
    // The least certain use decides the mark: one article can be verified text read for an
    // unverified mapping.
    if (RANK[u.basis.confidence] > RANK[row.confidence]) row.confidence = u.basis.confidence;
    if (row.en === undefined && u.basis.en !== undefined) row.en = u.basis.en;
    if (row.zh === undefined && u.basis.zh !== undefined) row.zh = u.basis.zh;
    byArticle.set(u.basis.article, row);
  }
  const rows = [...byArticle.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  return rows.map(
    ([article, r]) =>
      `| ${article === '-' ? '(whole)' : esc(article)} | ${esc(citation(id, article, 'zh'))} | ${esc(r.en ?? '')} | ${MARK[r.confidence]} | ${[...r.where].join(', ')} |`,
  );
}

/** Renders docs/legal-basis.md. Deterministic: the committed file must equal this output. */
export function renderLegalBasisDocs(): string {
  const all = uses();
  const lines: string[] = [
    '# Legal basis / 法律依据',
    '',
    'Generated from the legal model (`src/core/law`) by `npm run gen`; do not edit by hand. It lists every',
    'instrument, article, guiding case and published source that a hover, a diagnostic, the SARIF help, the',
    'estimate or `docs/categories.md` relies on, with how far each point was checked. The wording is this',
    "project's summary of the sources, not an official text or translation.",
    '',
    '> An aid, not legal advice. 仅供参考，不构成法律意见。',
    '',
    '## Confidence marks',
    '',
    `- ${MARK.verified}: the text of the article was read in full in a copy of the statute or interpretation.`,
    `- ${MARK.partial}: read only through secondary material (an official Q&A or announcement quoting it, news, a court or procuratorate journal, a law-firm note). The figure is well supported, but the primary text was not read.`,
    `- ${MARK.memory}: not found in a source during the research; check it before relying on it. The product labels it "from memory, unverified" / "未经核实".`,
    '',
    '## What the thresholds mean',
    '',
    `- ${conditionLine('en')}`,
    `- ${conditionLine('zh')}`,
    `- ${ELEMENTS.en}`,
    `- ${ELEMENTS.zh}`,
    '',
    '| class | 法释〔2017〕10号 item | serious (情节严重) | especially serious (情节特别严重, ×10) | obtained in performing duties or providing services (½; the especially serious figure is an inference) |',
    '|---|---|---:|---:|---|',
  ];
  for (const cls of ['A', 'B', 'C'] as const) {
    const item = { A: 'Art. 5(1)(3)', B: 'Art. 5(1)(4)', C: 'Art. 5(1)(5)' }[cls];
    const half = classThresholds(cls, true);
    lines.push(
      `| ${cls} | ${item} | ${formatCount(SERIOUS_PIECES[cls])} | ${formatCount(ESPECIALLY_SERIOUS_PIECES[cls])} | ${formatCount(half.serious)} / ${formatCount(half.especiallySerious)} |`,
    );
  }
  lines.push(
    '',
    `Illegal gains: serious from CNY ${formatCount(SERIOUS_GAINS_CNY)} (Art. 5(1)(7)), especially serious from CNY ${formatCount(SERIOUS_GAINS_CNY * 10)}. Illegally buying or receiving class-C information for a lawful business: serious from CNY ${formatCount(BUSINESS_PURCHASE_PROFIT_CNY)} profit (Art. 6(1)(1)). All ${MARK.verified} (法释〔2017〕10号 Art. 5, 6).`,
    '',
    `Card data: ${CARD_DATA.en}`,
    '',
    'Administrative thresholds count natural persons, not pieces:',
    '',
    `- cross-border exemption below ${formatCount(ADMIN_THRESHOLDS.crossBorderExemptBelow)} persons, security assessment from ${formatCount(ADMIN_THRESHOLDS.crossBorderAssessmentFrom)} (sensitive PI: from ${formatCount(ADMIN_THRESHOLDS.crossBorderSensitiveAssessmentFrom)}) — ${MARK.partial};`,
    `- PI protection officer from ${formatCount(ADMIN_THRESHOLDS.protectionOfficerFrom)} persons — ${MARK.partial};`,
    `- compliance audit at least every two years above ${formatCount(ADMIN_THRESHOLDS.biennialAuditAbove)} persons — ${MARK.partial}; regular audits for any processor (PIPL Art. 54, NDSMR Art. 27) — ${MARK.verified};`,
    `- NDSMR Art. 28 duties from ${formatCount(ADMIN_THRESHOLDS.ndsmrArt28From)} persons — ${MARK.verified};`,
    `- face-recognition filing from ${formatCount(ADMIN_THRESHOLDS.faceFilingFrom)} persons of face information processed with face-recognition technology — ${MARK.partial}.`,
    '',
    '## Inferences of this model',
    '',
    ...Object.values(INFERENCES).map((n) => `- ${n.en}`),
    '',
    '## Caveats the estimate carries',
    '',
    'Each shown where it applies (the hold caveat for holding, the item (8) caveats for information obtained in performing duties or providing services, and so on).',
    '',
    ...Object.values(CAVEATS).flatMap((n) => [`- ${n.en}`, `  ${n.zh}`]),
    '',
    '## Sensitivity and processing state',
    '',
    ...CATEGORIES.flatMap((c) =>
      c.sensitivityScope === undefined
        ? []
        : [`- \`${c.key}\`: ${c.sensitivityScope.notes.en}`, `  ${c.sensitivityScope.notes.zh}`],
    ),
    `- ${PROCESSING_STATE.deidentified.en} ${MARK.verified}.`,
    `  ${PROCESSING_STATE.deidentified.zh}`,
    `- ${PROCESSING_STATE.anonymized.en} ${MARK.verified}.`,
    `  ${PROCESSING_STATE.anonymized.zh}`,
    '',
    '## Instruments and the articles cited',
    '',
  );
  for (const id of INSTRUMENT_IDS) {
    const info = INSTRUMENTS[id];
    lines.push(
      `### ${info.en}`,
      '',
      `${info.title.en}. ${info.title.zh}. Instrument: ${MARK[info.confidence]}${info.note === undefined ? '' : ` (${info.note.en})`}.`,
      '',
      '| article | 中文 | what the model takes from it | mark | used by |',
      '|---|---|---|---|---|',
      ...articleRows(id, all),
      '',
    );
  }
  lines.push('## Contested readings', '');
  const seen = new Set<string>();
  for (const c of CATEGORIES) {
    for (const contest of c.contests ?? []) {
      if (seen.has(contest.id)) continue;
      seen.add(contest.id);
      const owners = CATEGORIES.filter((x) => x.contests?.some((y) => y.id === contest.id)).map(
        (x) => `\`${x.key}\``,
      );
      lines.push(
        `### \`${contest.id}\`: ${contest.title.en} / ${contest.title.zh}`,
        '',
        `Strict class ${contest.strict} (the default), lenient class ${contest.lenient}; ${MARK[contest.confidence]}; categories ${owners.join(', ')}.`,
        '',
        contest.notes.en,
        '',
        ...contest.sources.map((s) => `- ${SOURCES[s].title}: <${SOURCES[s].url}>`),
        '',
      );
    }
    const sc = c.sensitivityContest;
    if (sc !== undefined) {
      lines.push(
        `### \`${sc.id}\`: ${sc.title.en} / ${sc.title.zh}`,
        '',
        `Strict: sensitive (the default); lenient: not sensitive; ${MARK[sc.confidence]}; category \`${c.key}\`.`,
        '',
        sc.notes.en,
        '',
        ...sc.sources.map((s) => `- ${SOURCES[s].title}: <${SOURCES[s].url}>`),
        '',
      );
    }
  }
  lines.push(
    '## Published sources',
    '',
    'Secondary material behind the partially verified points; none of it is authority.',
    '',
    ...Object.values(SOURCES).map(
      (s) => `- ${s.title}${s.official === true ? ' (official page)' : ''}: <${s.url}>`,
    ),
    '',
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
