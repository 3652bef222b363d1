import * as vscode from 'vscode';
import {
  explainCategory,
  isCategoryKey,
  renderExplanationMarkdown,
  type ContestedReading,
} from '../core/law/index.js';
import type { Finding } from '../core/types.js';
import { COMMANDS, HOVER_COMMANDS } from './commands.js';
import { toVscodeRange } from './convert.js';
import type { DocumentScanner } from './documentScanner.js';
import { isEditable } from './documents.js';
import { commandLink, escapeMarkdown } from './markdownText.js';
import { categorySummary, confidenceLabel, evidenceLabel, type Locale } from './messages.js';
import type { Settings } from './settings.js';

/** What every finding's hover section shares. */
interface RenderContext {
  readonly document: vscode.TextDocument;
  readonly locale: Locale;
  readonly reading: ContestedReading;
  readonly editable: boolean;
}

/**
 * Hover on a flagged field: the full legal explanation from the core, the evidence behind the
 * finding and command links. Text from the user's file is escaped, and only the commands in
 * HOVER_COMMANDS may run from the links.
 */
export class PilensHoverProvider implements vscode.HoverProvider {
  readonly #scanner: DocumentScanner;
  readonly #settings: Settings;

  constructor(scanner: DocumentScanner, settings: Settings) {
    this.#scanner = scanner;
    this.#settings = settings;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.#scanner.scan(document);
    const findings = result?.findings.filter((f) => toVscodeRange(f.range).contains(position)) ?? [];
    const first = findings[0];
    if (first === undefined) return undefined;
    const context: RenderContext = {
      document,
      locale: this.#settings.locale,
      reading: this.#scanner.readingFor(document.uri),
      editable: isEditable(document),
    };
    const contents = findings.map((finding) => this.#render(context, finding));
    return new vscode.Hover(contents, toVscodeRange(first.range));
  }

  #render(context: RenderContext, finding: Finding): vscode.MarkdownString {
    const { document, locale, reading, editable } = context;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: HOVER_COMMANDS };
    md.supportHtml = false;
    // Labelled, so a reader can tell the record (`t_user`) from the field (`sfzh`).
    const owner =
      finding.owner === undefined
        ? ''
        : ` · ${escapeMarkdown(evidenceLabel('owner'))}: ${escapeMarkdown(finding.owner)}`;
    md.appendMarkdown(`**PI Lens** · \`${finding.category}\` · ${escapeMarkdown(finding.field)}${owner}\n\n`);
    if (isCategoryKey(finding.category)) {
      md.appendMarkdown(renderExplanationMarkdown(explainCategory(finding.category, { locale, reading })));
      md.appendMarkdown('\n\n');
    }
    if (finding.minor === true) {
      // Under 14 is also under 18: both flags' duties apply.
      for (const flag of ['minor_u14', 'minor_u18'] as const)
        md.appendMarkdown(`${escapeMarkdown(categorySummary(flag, locale, reading))}\n\n`);
    }
    if (finding.state === 'deidentified') {
      md.appendMarkdown(
        `${escapeMarkdown(vscode.l10n.t('Marked de-identified: still personal information (PIPL Art. 4, 73(3)).'))}\n\n`,
      );
    }
    md.appendMarkdown('---\n\n');
    md.appendMarkdown(
      `**${escapeMarkdown(vscode.l10n.t('Why flagged'))}** (${escapeMarkdown(vscode.l10n.t('confidence: {0}', confidenceLabel(finding.confidence)))})\n\n`,
    );
    for (const evidence of finding.evidence) {
      md.appendMarkdown(
        `- ${escapeMarkdown(evidenceLabel(evidence.kind))}: \`${evidence.matched.replace(/`/g, "'")}\` — ${escapeMarkdown(evidence.detail)}\n`,
      );
    }
    md.appendMarkdown('\n---\n\n');
    md.appendMarkdown(this.#links(document, finding, editable).join(' · '));
    return md;
  }

  #links(document: vscode.TextDocument, finding: Finding, editable: boolean): string[] {
    const link = (label: string, command: string, args: readonly unknown[]): string =>
      `[${escapeMarkdown(label)}](${commandLink(command, args)})`;
    const links: string[] = [];
    if (editable) {
      const target = [document.uri.toString(), finding.range.start.line];
      links.push(
        link(vscode.l10n.t('Annotate as {0}', finding.category), COMMANDS.annotate, [
          ...target,
          finding.category,
        ]),
        link(vscode.l10n.t('Not personal information'), COMMANDS.markNotPi, target),
        link(vscode.l10n.t('Ignore this line'), COMMANDS.ignoreLine, [...target, finding.category]),
        link(vscode.l10n.t('Anonymised'), COMMANDS.markAnonymized, target),
        link(vscode.l10n.t('De-identified'), COMMANDS.markDeidentified, target),
      );
    }
    links.push(link(vscode.l10n.t("Estimate a dataset's risk tier"), COMMANDS.estimateRiskTier, []));
    return links;
  }
}
