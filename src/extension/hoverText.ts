/**
 * The hover on a flagged field, as Markdown: one headline (category, class, thresholds with
 * their condition), the contest when one decided the class, one line of evidence, and the
 * actions, so the box needs no scrolling and leaves room for the language's own hover. The full
 * explanation sits behind "Explain" (explanationText.ts). A usage gets a single line. Text from
 * the user's file is escaped; only the commands in HOVER_COMMANDS may run from the links.
 * Free of `vscode`.
 */
import type { ContestedReading, Locale } from '../core/law/index.js';
import type { Finding } from '../core/types.js';
import { COMMANDS } from './commands.js';
import { evidenceDetail } from '../shared/evidenceText.js';
import {
  categoryName,
  classText,
  confidenceWord,
  contestText,
  findingClass,
  thresholdsText,
} from '../shared/findingText.js';
import { commandLink, escapeMarkdown } from '../shared/markdownText.js';
import { uiText } from '../shared/uiText.js';

export interface HoverTextOptions {
  readonly locale: Locale;
  readonly reading: ContestedReading;
  /** The document's URI string; the editing links appear only when the document is editable. */
  readonly uri: string;
  readonly editable: boolean;
}

function link(label: string, command: string, args: readonly unknown[]): string {
  return `[${escapeMarkdown(label)}](${commandLink(command, args)})`;
}

/** Arguments that let "Explain" find this finding again: document, line, column. */
function explainArgs(finding: Finding, uri: string): unknown[] {
  return [uri, finding.range.start.line, finding.range.start.character];
}

function headline(finding: Finding, options: HoverTextOptions): string {
  const { locale, reading } = options;
  const cls = findingClass(finding, reading);
  // English keeps the Chinese term (what the law and Chinese colleagues say); Chinese stays Chinese.
  const zh = locale === 'en' ? categoryName(finding.category, 'zh') : '';
  const alsoZh = zh === '' || zh === finding.category ? '' : ` ${escapeMarkdown(zh)}`;
  const name = `**${escapeMarkdown(categoryName(finding.category, locale))}**${alsoZh} \`${finding.category}\``;
  const klass = `**${escapeMarkdown(classText(cls, locale))}**`;
  const thresholds = cls === null ? '' : ` · ${escapeMarkdown(thresholdsText(cls, locale))}`;
  return `PI Lens · ${name} · ${klass}${thresholds}`;
}

function actions(finding: Finding, options: HoverTextOptions): string {
  const l10n = uiText(options.locale);
  const links = [link(l10n.t('Explain'), COMMANDS.explainFinding, explainArgs(finding, options.uri))];
  if (options.editable) {
    const target = [options.uri, finding.range.start.line];
    links.push(
      link(l10n.t('Annotate as {0}', finding.category), COMMANDS.annotate, [...target, finding.category]),
      link(l10n.t('Not personal information'), COMMANDS.markNotPi, target),
      link(l10n.t('Ignore this line'), COMMANDS.ignoreLine, [...target, finding.category]),
    );
  }
  return links.join(' · ');
}

/** The field and its record as code, so a reviewer tells `sfzh` of `t_user` from its neighbours. */
function fieldAndOwner(finding: Finding): string {
  const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;
  return `${code(finding.field)}${finding.owner === undefined ? '' : ` · ${code(finding.owner)}`} · `;
}

/** One finding's hover section. */
export function findingHoverMarkdown(finding: Finding, options: HoverTextOptions): string {
  const l10n = uiText(options.locale);
  if (finding.role === 'usage') {
    // A usage repeats a declaration reported elsewhere: one line, and the way to the details.
    const cls = findingClass(finding, options.reading);
    return `PI Lens · ${escapeMarkdown(l10n.t('usage'))}: **${escapeMarkdown(categoryName(finding.category, options.locale))}** \`${finding.category}\` · ${escapeMarkdown(classText(cls, options.locale))} · ${link(l10n.t('Explain'), COMMANDS.explainFinding, explainArgs(finding, options.uri))}`;
  }
  const lines = [headline(finding, options)];
  const contest = contestText(finding, options.reading, options.locale);
  if (contest !== undefined) lines.push(escapeMarkdown(contest));
  // GC 192 concerns face information processed with face-recognition technology.
  if (finding.category === 'face')
    lines.push(
      escapeMarkdown(
        l10n.t(
          'Face information: a photo or template processed for face recognition (Guiding Case 192); a photo never so processed is outside it.',
        ),
      ),
    );
  if (finding.state === 'deidentified')
    lines.push(
      escapeMarkdown(l10n.t('Marked de-identified: still personal information (PIPL Art. 4, 73(3)).')),
    );
  if (finding.minor === true)
    lines.push(
      escapeMarkdown(
        l10n.t('May concern children under 14: sensitive PI, guardian consent (PIPL Art. 28, 31).'),
      ),
    );
  const first = finding.evidence[0];
  if (first !== undefined) {
    const more = finding.evidence.length > 1 ? ` ${l10n.t('(+{0} more)', finding.evidence.length - 1)}` : '';
    lines.push(
      `${fieldAndOwner(finding)}${escapeMarkdown(l10n.t('Why flagged: {0}', evidenceDetail(first, options.locale)))}${escapeMarkdown(more)} · ${escapeMarkdown(l10n.t('confidence: {0}', confidenceWord(finding, options.locale)))}`,
    );
  }
  lines.push(actions(finding, options));
  // Two trailing spaces: a line break inside one paragraph keeps the box compact.
  return lines.join('  \n');
}
