/**
 * SARIF for flows (`pilens scan --flows --format sarif`): one rule per sink kind
 * (`flow/log`, `flow/sdk`…) whose help is the kind's legal meaning, one result per flow at
 * the sink, and the path as a `codeFlows` thread flow. Level: `warning`; `error` when the
 * destination is abroad; one step lower (`note`) when everything reaching the sink was masked,
 * or is only keys to a person or order numbers (low confidence).
 */
import { CROSS_BORDER_MEANING, kindMeaning, SINK_KINDS, type SinkKind } from '../../core/flow/kinds.js';
import { citation } from '../../core/law/instruments.js';
import { legalConfidenceLabel } from '../../core/law/format.js';
import { categoryLabel } from '../../core/law/labels.js';
import type { Basis } from '../../core/law/schema.js';
import { isLowerLevel, type ReportedFlow } from '../../core/report/flows.js';

/** The rule id of a sink kind. */
export function flowRuleId(kind: SinkKind): string {
  return `flow/${kind}`;
}

function cite(b: Basis): string {
  const mark = legalConfidenceLabel(b.confidence, 'en');
  return `${citation(b.instrument, b.article, 'en')}${mark ? ` (${mark})` : ''}`;
}

/** One rule per sink kind, after the category rules. */
export function flowRules(): Record<string, unknown>[] {
  return SINK_KINDS.map((kind) => {
    const m = kindMeaning(kind);
    const text = `${m.meaning.en}. ${m.meaning.zh}。 Basis: ${m.basis.map(cite).join('; ')}. Abroad: ${CROSS_BORDER_MEANING.meaning.en} (${CROSS_BORDER_MEANING.basis.map(cite).join('; ')}).`;
    return {
      id: flowRuleId(kind),
      name: `PersonalInformationTo${kind.charAt(0).toUpperCase()}${kind.slice(1)}`,
      shortDescription: { text: `Personal information reaches a ${m.label.en} (${m.label.zh})` },
      fullDescription: { text: m.meaning.en },
      help: { text },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['privacy', 'personal-information', 'pipl', 'data-flow'] },
    };
  });
}

function level(f: ReportedFlow): 'error' | 'warning' | 'note' {
  if (isLowerLevel(f)) return 'note';
  return f.crossBorder === true ? 'error' : 'warning';
}

function location(uri: string, line: number, column: number): Record<string, unknown> {
  return {
    physicalLocation: {
      artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
      region: { startLine: line, startColumn: column },
    },
  };
}

/** The results of the flows; `ruleBase` is the index of the first flow rule. */
export function flowResults(
  flows: readonly ReportedFlow[],
  ruleBase: number,
  uriOf: (file: string) => string,
): Record<string, unknown>[] {
  return flows.map((f) => {
    const what = f.categories.map((c) => `${categoryLabel(c).en} (${categoryLabel(c).zh})`).join(', ');
    const to = f.sink.vendor ?? f.sink.target ?? f.sink.callee;
    const where = f.crossBorder === true ? ', abroad' : f.crossBorder === false ? ', mainland China' : '';
    const masked = f.deidentified
      ? ' (masked: still personal information)'
      : f.confidence === 'low'
        ? ' (only keys to a person or order numbers: linkable to the person, reported one level lower)'
        : '';
    return {
      ruleId: flowRuleId(f.sink.kind),
      ruleIndex: ruleBase + SINK_KINDS.indexOf(f.sink.kind),
      level: level(f),
      message: {
        text: `${what} reaches \`${f.sink.callee}\` (${kindMeaning(f.sink.kind).label.en}: ${to}${where})${masked}.`,
      },
      locations: [location(uriOf(f.file), f.line, f.column)],
      codeFlows: [
        {
          threadFlows: [
            {
              locations: f.path.map((s) => ({
                location: { ...location(uriOf(s.file), s.line, s.column), message: { text: s.label } },
              })),
            },
          ],
        },
      ],
      properties: {
        categories: f.categories,
        sinkKind: f.sink.kind,
        callee: f.sink.callee,
        target: f.sink.target,
        vendor: f.sink.vendor,
        crossBorder: f.crossBorder,
        deidentified: f.deidentified,
        confidence: f.confidence,
      },
    };
  });
}
