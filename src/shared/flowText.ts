/**
 * What the editor says about a flow, in the display language, for both hosts: the Problems row
 * at a sink (what reaches it and where it goes) and the hover (the path step by step, then the
 * legal meaning of the sink kind with each citation's confidence, and what a destination abroad
 * adds). Legal sentences come from the sink data (core/flow/kinds.ts); the core's step labels
 * are put into words here. Names only, never a value: callees, hosts, vendors and the names
 * the data passed through, all shown as code.
 */
import { CROSS_BORDER_MEANING, kindMeaning } from '../core/flow/kinds.js';
import { legalConfidenceLabel } from '../core/law/format.js';
import { citation } from '../core/law/instruments.js';
import type { Basis, Locale } from '../core/law/schema.js';
import type { ReportedFlow, ReportedFlowStep } from '../core/report/flows.js';
import { categoryName } from './findingText.js';
import { escapeMarkdown } from './markdownText.js';
import { uiText, type UiText } from './uiText.js';

/** `联系方式、身份证件号码` / `Contact details, Resident ID number`. */
export function flowCategoriesText(flow: Pick<ReportedFlow, 'categories'>, locale: Locale): string {
  return flow.categories.map((c) => categoryName(c, locale)).join(uiText(locale).t(', '));
}

/** Where the data goes: the vendor, else the host, else nothing beyond the callee. */
function recipient(flow: ReportedFlow): string | undefined {
  return flow.sink.vendor ?? flow.sink.target ?? undefined;
}

function whereText(flow: ReportedFlow, l10n: UiText): string | undefined {
  if (flow.crossBorder === true) return l10n.t('abroad');
  if (flow.crossBorder === false) return l10n.t('mainland China');
  return undefined;
}

/**
 * The Problems-panel row at a sink: `Contact details → log (logger.info)`, with the recipient,
 * where it is, and the masking when there is one. Short on purpose: the path and the law are
 * in the hover.
 */
export function flowDiagnosticMessage(flow: ReportedFlow, locale: Locale): string {
  const l10n = uiText(locale);
  const kind = kindMeaning(flow.sink.kind).label[locale];
  const to = [flow.sink.callee, recipient(flow), whereText(flow, l10n)].filter((x) => x !== undefined);
  const head = l10n.t('{0} → {1} ({2})', flowCategoriesText(flow, locale), kind, to.join(l10n.t(', ')));
  if (flow.deidentified) return `${head} · ${l10n.t('masked, still personal information')}`;
  return flow.confidence === 'low' ? `${head} · ${l10n.t('only keys to a person or order numbers')}` : head;
}

const code = (text: string): string => `\`${text.replace(/`/g, "'").slice(0, 200)}\``;

/** One of the core's step labels in words: the names it mentions as code. */
export function stepText(label: string, locale: Locale): string {
  const l10n = uiText(locale);
  let m: RegExpExecArray | null;
  if ((m = /^assigned to (.+)$/.exec(label)) && m[1]) return l10n.t('assigned to {0}', code(m[1]));
  if ((m = /^stored in (.+) by (\S+)$/.exec(label)) && m[1] && m[2])
    return l10n.t('stored in {0} by {1}', code(m[1]), code(m[2]));
  if ((m = /^stored in (.+)$/.exec(label)) && m[1]) return l10n.t('stored in {0}', code(m[1]));
  if ((m = /^masked by (.+)$/.exec(label)) && m[1]) return l10n.t('masked by {0}', code(m[1]));
  if ((m = /^serialised by (.+)$/.exec(label)) && m[1]) return l10n.t('serialised by {0}', code(m[1]));
  if ((m = /^argument of (.+)$/.exec(label)) && m[1]) return l10n.t('passed to {0}', code(m[1]));
  if (label === 'interpolated into a string') return escapeMarkdown(l10n.t('interpolated into a string'));
  if (label === 'concatenated') return escapeMarkdown(l10n.t('concatenated'));
  if (label === 'spread into an object') return escapeMarkdown(l10n.t('spread into an object'));
  // Anything else is a source: the name (or `param: Type`) the information was read from.
  return l10n.t('read from {0}', code(label));
}

function cite(b: Basis, locale: Locale): string {
  const mark = legalConfidenceLabel(b.confidence, locale);
  return `${citation(b.instrument, b.article, locale)}${mark ? ` (${mark})` : ''}`;
}

function citations(basis: readonly Basis[], locale: Locale): string {
  return basis.map((b) => cite(b, locale)).join(uiText(locale).t('; '));
}

export interface FlowHoverOptions {
  readonly locale: Locale;
  /** A link target for a step (the step's line in the document), when the host can open one. */
  readonly stepLink?: (step: ReportedFlowStep) => string | undefined;
}

function stepLine(step: ReportedFlowStep, index: number, options: FlowHoverOptions): string {
  const l10n = uiText(options.locale);
  const where = escapeMarkdown(l10n.t('line {0}', step.line));
  const target = options.stepLink?.(step);
  const place = target === undefined ? where : `[${where}](${target})`;
  return `${String(index + 1)}\\. ${place}: ${stepText(step.label, options.locale)}`;
}

/** The hover at a sink, as Markdown: headline, path, legal meaning, cross-border, masking. */
export function flowHoverMarkdown(flow: ReportedFlow, options: FlowHoverOptions): string {
  const { locale } = options;
  const l10n = uiText(locale);
  const meaning = kindMeaning(flow.sink.kind);
  const to = recipient(flow);
  const where = whereText(flow, l10n);
  const headline = [
    `PI Lens · **${escapeMarkdown(flowCategoriesText(flow, locale))}** → **${escapeMarkdown(meaning.label[locale])}** ${code(flow.sink.callee)}`,
    ...(to !== undefined ? [code(to)] : []),
    ...(where !== undefined ? [`**${escapeMarkdown(where)}**`] : []),
  ].join(' · ');
  const lines = [headline, escapeMarkdown(l10n.t('Path:'))];
  flow.path.forEach((step, i) => lines.push(stepLine(step, i, options)));
  lines.push(
    escapeMarkdown(
      l10n.t('Legal meaning: {0} ({1})', meaning.meaning[locale], citations(meaning.basis, locale)),
    ),
  );
  if (flow.crossBorder === true)
    lines.push(
      escapeMarkdown(
        l10n.t(
          'Abroad: {0} ({1})',
          CROSS_BORDER_MEANING.meaning[locale],
          citations(CROSS_BORDER_MEANING.basis, locale),
        ),
      ),
    );
  if (flow.deidentified)
    lines.push(
      escapeMarkdown(
        l10n.t('Masked or hashed on the way: de-identified, still personal information (PIPL Art. 73(3)).'),
      ),
    );
  else if (flow.confidence === 'low')
    lines.push(
      escapeMarkdown(
        l10n.t(
          'Only keys to a person or order numbers reach the sink: the recipient can link them to the person, so this is a flow, shown one level lower.',
        ),
      ),
    );
  return lines.join('  \n');
}
