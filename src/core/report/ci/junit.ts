/**
 * JUnit XML for CI test views (GitLab `artifacts: reports: junit`, Jenkins, Azure): one
 * `<testsuite>` per group (a file, a category, a dataset), one `<testcase>` per issue with a
 * `<failure>`, and one passing `<testcase>` per check that found nothing, so a clean run still
 * shows what was checked. Text is XML-escaped and stripped of characters XML 1.0 forbids.
 */
import type { CiReport } from './ciIssue.js';

const FORBIDDEN = new RegExp(
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
);

/** Text for an XML attribute or element. */
export function xmlEscape(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}

interface Case {
  readonly name: string;
  readonly failure?: { readonly type: string; readonly message: string; readonly text: string };
}

export function formatJunit(report: CiReport): string {
  const groups = new Map<string, Case[]>();
  const add = (group: string, c: Case): void => {
    const list = groups.get(group) ?? [];
    list.push(c);
    groups.set(group, list);
  };
  for (const i of report.issues) {
    add(i.file, {
      name: `${i.ruleName} (line ${i.line})`,
      failure: { type: i.ruleId, message: i.message, text: `${i.file}:${i.line}: ${i.message}` },
    });
  }
  for (const p of report.passes) add(p.group, { name: p.name });
  const failures = report.issues.length;
  const tests = failures + report.passes.length;
  const suite = `pilens ${report.command}`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlEscape(suite)}" tests="${tests}" failures="${failures}" errors="0">`,
  ];
  for (const [group, cases] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const f = cases.filter((c) => c.failure !== undefined).length;
    out.push(
      `  <testsuite name="${xmlEscape(group)}" tests="${cases.length}" failures="${f}" errors="0" skipped="0">`,
    );
    for (const c of cases) {
      const attrs = `classname="${xmlEscape(`${suite}.${group}`)}" name="${xmlEscape(c.name)}"`;
      if (c.failure === undefined) {
        out.push(`    <testcase ${attrs}/>`);
      } else {
        out.push(
          `    <testcase ${attrs}>`,
          `      <failure type="${xmlEscape(c.failure.type)}" message="${xmlEscape(c.failure.message)}">${xmlEscape(c.failure.text)}</failure>`,
          '    </testcase>',
        );
      }
    }
    out.push('  </testsuite>');
  }
  if (report.notes.length > 0) {
    out.push(`  <testsuite name="${xmlEscape(suite)}" tests="0" failures="0" errors="0" skipped="0">`);
    out.push(`    <system-out>${xmlEscape(report.notes.join('\n'))}</system-out>`);
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
