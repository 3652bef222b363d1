// Flows in the editor, free of `vscode`: which flows become sink diagnostics at which level
// and over which range (shownFlows.ts), and what the Problems row and the hover say at a sink
// (flowText.ts) in both languages. Each rule beside a negative.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { ReportedFlow } from '../../../src/core/report/flows.js';
import { scanText } from '../../../src/core/scan/index.js';
import { flowDiagnosticMessage, flowHoverMarkdown, stepText } from '../../../src/shared/flowText.js';
import { DEFAULT_SETTINGS, type PilensSettings } from '../../../src/shared/settingsSchema.js';
import {
  documentFlows,
  flowLevel,
  isFlowCode,
  rangeHolds,
  shownFlows,
  sinkRange,
} from '../../../src/shared/shownFlows.js';

const FIXTURE = join(__dirname, '../../fixtures/workspace/flows/memberService.ts');
const TEXT = readFileSync(FIXTURE, 'utf8');
const LINES = TEXT.split('\n');

function flowsOf(text: string, path: string, settings: PilensSettings = DEFAULT_SETTINGS): ReportedFlow[] {
  return documentFlows(text, path, scanText(text, { path }), settings);
}

const withFlows = (flows: PilensSettings['severity']['flows'], cap = 200): PilensSettings => ({
  ...DEFAULT_SETTINGS,
  severity: { ...DEFAULT_SETTINGS.severity, flows },
  maxDiagnosticsPerFile: cap,
});

/** The fixture's own expectations: `// flow: <kind> <categories>[ deidentified]` at the sink's line. */
function expected(): string[] {
  return LINES.flatMap((line, i) => {
    const m = /\/\/ flow: (\w+) ([\w,]+)( deidentified)?/.exec(line);
    return m ? [`${String(i + 1)} ${m[1] ?? ''} ${m[2] ?? ''}${m[3] ?? ''}`] : [];
  });
}

describe('documentFlows: the flows a document shows', () => {
  test('the fixture: each expected sink, nothing else', () => {
    const got = flowsOf(TEXT, 'src/memberService.ts').map(
      (f) =>
        `${String(f.line)} ${f.sink.kind} ${f.categories.join(',')}${f.deidentified ? ' deidentified' : ''}`,
    );
    assert.deepEqual(got, expected());
  });
  test('none when pilens.severity.flows is off', () => {
    assert.deepEqual(flowsOf(TEXT, 'src/memberService.ts', withFlows('off')), []);
  });
  test('none in a language without flow analysis, nor in a test file', () => {
    assert.deepEqual(flowsOf(TEXT, 'src/memberService.sql'), []);
    assert.deepEqual(flowsOf(TEXT, 'src/memberService.test.ts'), []);
  });
});

describe('flowLevel', () => {
  const cases: [boolean | null, boolean, PilensSettings['severity']['flows'], string][] = [
    [null, false, 'warning', 'warning'],
    [true, false, 'warning', 'error'],
    [false, false, 'warning', 'warning'],
    [null, true, 'warning', 'information'],
    // masked abroad: masking decides (still PI, one lower)
    [true, true, 'warning', 'information'],
    [true, false, 'error', 'error'],
    [null, true, 'hint', 'hint'],
    [true, false, 'off', 'off'],
  ];
  for (const [crossBorder, deidentified, configured, want] of cases)
    test(`${String(crossBorder)} ${String(deidentified)} ${configured} → ${want}`, () => {
      assert.equal(flowLevel({ crossBorder, deidentified, confidence: 'medium' }, configured), want);
    });
  // Lead ruling 3: only keys to a person or order numbers reach the sink: one lower, as masked.
  test('low confidence: one lower; abroad does not raise it', () => {
    assert.equal(
      flowLevel({ crossBorder: null, deidentified: false, confidence: 'low' }, 'warning'),
      'information',
    );
    assert.equal(
      flowLevel({ crossBorder: true, deidentified: false, confidence: 'low' }, 'warning'),
      'information',
    );
  });
  test("NEG medium or high confidence: the setting's level", () => {
    assert.equal(
      flowLevel({ crossBorder: null, deidentified: false, confidence: 'high' }, 'warning'),
      'warning',
    );
  });
});

describe('sinkRange and rangeHolds', () => {
  const flow = (column: number, callee: string) => ({
    line: 3,
    column,
    sink: { kind: 'log' as const, callee, target: null, vendor: null },
  });
  test('the callee as written', () => {
    assert.deepEqual(sinkRange(flow(3, 'logger.info'), '  logger.info(x);'), {
      start: { line: 2, character: 2 },
      end: { line: 2, character: 13 },
    });
  });
  test('a callee not written as such ends with the dotted name', () => {
    const r = sinkRange(flow(1, 'logrus.WithField().Info'), 'logrus.WithField("k", v).Info(x)');
    assert.equal(r.end.character, 'logrus.WithField'.length);
  });
  test('never empty', () => {
    const r = sinkRange(flow(1, 'x.y'), '(');
    assert.equal(r.end.character - r.start.character, 1);
  });
  test('rangeHolds includes both ends and nothing beyond', () => {
    const r = { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } };
    assert.ok(rangeHolds(r, 1, 2) && rangeHolds(r, 1, 5));
    assert.ok(!rangeHolds(r, 1, 6) && !rangeHolds(r, 0, 3) && !rangeHolds(r, 1, 1));
  });
});

describe('shownFlows', () => {
  const flows = flowsOf(TEXT, 'src/memberService.ts');
  const lineAt = (l: number): string => LINES[l] ?? '';
  test('levels: abroad raised, masked lowered', () => {
    const levels = shownFlows(flows, lineAt, DEFAULT_SETTINGS).shown.map(
      (s) => `${String(s.flow.line)} ${s.level}`,
    );
    assert.deepEqual(levels, ['16 warning', '17 information', '19 error']);
  });
  test('off shows none', () => {
    assert.deepEqual(shownFlows(flows, lineAt, withFlows('off')).shown, []);
  });
  test('the cap keeps the most severe', () => {
    const { shown, capped } = shownFlows(flows, lineAt, withFlows('warning', 1));
    assert.equal(capped, 2);
    assert.deepEqual(
      shown.map((s) => s.flow.line),
      [19],
    );
  });
  test('flow codes are told from category keys', () => {
    assert.ok(isFlowCode('flow/log'));
    assert.ok(!isFlowCode('id_number') && !isFlowCode(undefined));
  });
});

describe('the Problems row and the hover at a sink', () => {
  const flows = flowsOf(TEXT, 'src/memberService.ts');
  const abroad = flows.find((f) => f.crossBorder === true);
  const masked = flows.find((f) => f.deidentified);
  const plain = flows.find((f) => !f.deidentified && f.crossBorder !== true);
  assert.ok(abroad && masked && plain);

  test('the row names the categories, the sink kind, the callee and where it goes', () => {
    assert.equal(
      flowDiagnosticMessage(abroad, 'en'),
      'identity-document number → HTTP/RPC client (axios.post, api.mixpanel.com, abroad)',
    );
    assert.equal(
      flowDiagnosticMessage(plain, 'en'),
      'contact details (phone, e-mail, IM id) → log (logger.info)',
    );
    assert.match(flowDiagnosticMessage(masked, 'en'), /masked, still personal information$/);
    assert.doesNotMatch(flowDiagnosticMessage(plain, 'en'), /masked/);
    assert.equal(
      flowDiagnosticMessage(abroad, 'zh'),
      '身份证件号码 → HTTP/RPC 客户端（axios.post、api.mixpanel.com、境外）',
    );
  });

  test('the hover gives the path with lines, the legal meaning with confidence, and abroad', () => {
    const md = flowHoverMarkdown(abroad, {
      locale: 'en',
      stepLink: (s) => `file:///w/x.ts#L${String(s.line)}`,
    });
    assert.match(md, /\[line 18\]\(file:\/\/\/w\/x\.ts#L18\): read from `member\.idCard`/);
    assert.match(md, /line 18\]\([^)]*\): assigned to `payload`/);
    assert.match(md, /line 19\]\([^)]*\): passed to `axios\.post`/);
    assert.match(md, /Legal meaning: PI sent to another system/);
    // PIPL Art. 23 was not read in a source text: its mark says so.
    assert.match(md, /Art\\\. 23 \\\(unverified\\\)/);
    assert.match(md, /Abroad: PI provided abroad/);
    assert.doesNotMatch(flowHoverMarkdown(plain, { locale: 'en' }), /Abroad:|\]\(/);
    assert.match(
      flowHoverMarkdown(masked, { locale: 'en' }),
      /masked by `maskPhone`[\s\S]*de\\-identified, still personal information/,
    );
    assert.doesNotMatch(flowHoverMarkdown(plain, { locale: 'en' }), /Masked or hashed/);
  });

  test('a flow only keys to a person reach says so, in the row and the hover (lead ruling 3)', () => {
    const text = 'export function f(userId: string) {\n  logger.info(`creating for ${userId}`);\n}\n';
    const [low] = flowsOf(text, 'src/order.ts');
    assert.ok(low);
    assert.equal(low.confidence, 'low');
    assert.match(flowDiagnosticMessage(low, 'en'), /only keys to a person or order numbers$/);
    assert.match(flowDiagnosticMessage(low, 'zh'), /仅有指向个人的标识或订单号$/);
    assert.match(flowHoverMarkdown(low, { locale: 'en' }), /recipient can link them to the person/);
    assert.doesNotMatch(flowDiagnosticMessage(plain, 'en'), /only keys/);
    assert.doesNotMatch(flowHoverMarkdown(plain, { locale: 'en' }), /link them/);
  });

  test('the hover in Chinese', () => {
    const md = flowHoverMarkdown(abroad, { locale: 'zh' });
    assert.match(md, /路径：/);
    assert.match(md, /第 19 行: 作为参数传给 `axios\.post`/);
    assert.match(md, /法律含义：/);
    assert.match(md, /出境：/);
  });
});

describe('stepText', () => {
  const cases: [string, string][] = [
    ['assigned to phone', 'assigned to `phone`'],
    ['stored in dto.mobile', 'stored in `dto.mobile`'],
    ['stored in map by put', 'stored in `map` by `put`'],
    ['masked by maskPhone', 'masked by `maskPhone`'],
    ['serialised by JSON.stringify', 'serialised by `JSON.stringify`'],
    ['argument of log.info', 'passed to `log.info`'],
    ['interpolated into a string', 'interpolated into a string'],
    ['concatenated', 'concatenated'],
    ['spread into an object', 'spread into an object'],
    // anything else is where it was read: code, never prose
    ['user.phone', 'read from `user.phone`'],
    ['member: Member', 'read from `member: Member`'],
    ['a`b', "read from `a'b`"],
  ];
  for (const [label, want] of cases)
    test(label, () => {
      assert.equal(stepText(label, 'en'), want);
    });
});
