// Go flows lowered from the fast reader's tokens (flow/lang/goLower.ts) against the Lezer
// adapter (flow/lang/go.ts), kept as the reference: the same language-neutral form up to empty
// blocks and conditions (which the Lezer adapter reads piece by piece), and the same flows, on a
// constructs text, the Go fixtures and generated files; and what each fix of the reference
// changes, with a negative beside it.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parser } from '@lezer/go';
import { analyzeFlows, syntaxFromScan } from '../../../src/core/flow/index.js';
import { exprOf, type Expr, type Stmt } from '../../../src/core/flow/ir.js';
import { lowerGo } from '../../../src/core/flow/lang/go.js';
import { lowerGoTokens } from '../../../src/core/flow/lang/goLower.js';
import { goStringContent } from '../../../src/core/flow/lang/goLowerExpr.js';
import { literalContent } from '../../../src/core/flow/lang/lezer.js';
import { bridgeLineEndBooleans } from '../../../src/core/scan/code/go.js';
import { readGo } from '../../../src/core/scan/code/goReader.js';
import { scanText } from '../../../src/core/scan/index.js';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const PATH = 'internal/app/app.go';

/** Every construct the lowering follows, in one text the fast reader accepts. */
const CONSTRUCTS = [
  'package app',
  '',
  'import (',
  '\t"fmt"',
  '\tz "go.uber.org/zap"',
  ')',
  '',
  'const (',
  '\tA = iota',
  '\tB',
  '\tURL = "https://api.segment.io/v1/track"',
  ')',
  '',
  'var phoneHint, other = "phone", 2',
  '',
  'type (',
  '\tMember struct {',
  '\t\tRealName string `json:"real_name"`',
  '\t\tMobile   string',
  '\t}',
  '\tList[T any] []T',
  ')',
  '',
  'func (h *Handler) Handle(ctx context.Context, m *Member, a, b string, xs ...int) (n int, err error) {',
  '\tvar (',
  '\t\tphone = m.Mobile',
  '\t\tq      Member',
  '\t)',
  '\tx, y := "p"+m.RealName, &m.Mobile',
  '\tm2 := map[string]any{"phone": phone, "n": []int{1, 2}, "s": {3}}',
  '\tmsg := kafka.Message{Value: []byte(fmt.Sprintf("%s", x)), Key: nil}',
  '\tq.Mobile = phone',
  '\tm2["k"] = y',
  '\tn += len(a) + len(b)',
  '\tn++',
  '\tif ok := check(m); !ok && m.Mobile != "" {',
  '\t\th.logger.Info("m", z.String("p", phone))',
  '\t} else if v, ok := m2["phone"].(string); ok {',
  '\t\tlog.Println(v)',
  '\t} else {',
  '\t\treturn 0, nil',
  '\t}',
  '\tfor i, r := range rows {',
  '\t\tfmt.Println(i, r.Mobile)',
  '\t}',
  '\tfor i := 0; i < 3; i++ {',
  '\t\tcontinue',
  '\t}',
  '\tfor x > 0 {',
  '\t\tbreak',
  '\t}',
  '\tswitch t := y.(type) {',
  '\tcase *string, int:',
  '\t\tlog.Print(t)',
  '\tdefault:',
  '\t}',
  '\tswitch {',
  '\tcase a == b:',
  '\t\tfallthrough',
  '\tcase send(m.Mobile):',
  '\t}',
  '\tselect {',
  '\tcase v := <-ch:',
  '\t\tlog.Println(v)',
  '\tcase ch <- phone:',
  '\t}',
  'L:',
  '\tfor {',
  '\t\tbreak L',
  '\t}',
  '\tgo func(p string) { log.Println(p) }(phone)',
  '\tdefer h.client.Post(URL, "application/json", bytes.NewReader(body))',
  '\tcb := func(w http.ResponseWriter, r *http.Request) error {',
  '\t\tid := r.URL.Query().Get("id_card")',
  '\t\treturn json.NewEncoder(w).Encode(id)',
  '\t}',
  '\tbuf := make([]string, 0, 4)',
  '\tv2 := make(url.Values)',
  '\tgen := Map[int](xs)',
  '\tpart := xs[1:2]',
  '\tch <- -a * b.c',
  '\t_ = buf[0] + cb.(fmt.Stringer).String() + (x) + struct{ A int }{1}.A',
  '\t{',
  '\t\tlog.Println(v2, gen, part, msg, q)',
  '\t}',
  '\tok := true',
  '\treturn len(x), errors.New(phoneHint)',
  '}',
  '',
  'func audit(event, detail string) {',
  '\tlogger.Info(event, // why',
  '\t\tzap.String("d", detail))',
  '}',
  '',
].join('\n');

function fixtureTexts(): [string, string][] {
  // flows-blind3 is the blind set: never read here.
  const dirs = ['code/go', 'corpus/go', 'flows-blind', 'flows-blind2'];
  return dirs.flatMap((d) =>
    readdirSync(join(FIXTURES, d))
      .filter((n) => n.endsWith('.go'))
      .map((n): [string, string] => [`${d}/${n}`, readFileSync(join(FIXTURES, d, n), 'utf8')]),
  );
}

/** Services with PI, masking, helpers, closures, lists and literals, in a varying order. */
function generated(seed: number): string {
  const parts = [
    'func (h *H) A%(u *Member, phone string) {\n\th.logger.Info("m", zap.String("n", u.RealName))\n\tlog.Println("p: " + phone)\n}',
    'func B%(u Member) {\n\tvar (\n\t\tid = u.IDCard\n\t)\n\tbody, _ := json.Marshal(map[string]string{"id": id})\n\thttp.Post(URL, "application/json", bytes.NewReader(body))\n}',
    'func C%(u *Member) {\n\tgo func() {\n\t\tx := u.Mobile\n\t\tlog.Printf("%s", maskPhone(x))\n\t}()\n}',
    'func D%(rows []Member) {\n\tfor _, r := range rows {\n\t\twriter.Write([]string{r.RealName, r.Mobile})\n\t}\n}',
    'func E%(u *Member) error {\n\tif err := producer.Send(kafka.Message{Value: []byte(u.IDCard)}); err != nil {\n\t\treturn err\n\t}\n\treturn nil\n}',
    'func F%(event string, detail string) {\n\tlogger.Info(event, // why\n\t\tzap.String("d", detail))\n}',
    'func G%(u *Member) {\n\tF%("visit", u.IDCard)\n\tswitch v := any(u.Mobile).(type) {\n\tcase string:\n\t\tlog.Println(v)\n\t}\n}',
    'func K%(m map[string]string) {\n\tm["phone"] = user.Mobile\n\trdb.Set(ctx, "k", m["phone"], 0)\n\tcount := 0\n\tcount++\n\tlog.Println(count)\n}',
  ];
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648);
  const out = [
    'package svc',
    '',
    'type Member struct {\n\tRealName string\n\tMobile string\n\tIDCard string\n}',
  ];
  for (let i = 0; i < 40; i++) out.push((parts[next() % parts.length] ?? '').replace(/%/g, String(i)));
  return out.join('\n\n') + '\n';
}

/** Conditions as the walk sees them: the calls, members and functions inside, not the operators. */
function loose(e: Expr, out: unknown[]): void {
  if (e.k === 'name' || e.k === 'lit') return;
  if (e.k === 'group' || e.k === 'silent' || e.k === 'concat') for (const p of e.parts) loose(p, out);
  else out.push({ k: 'expr', e: normal(e) });
}

/**
 * The form with blocks flattened (Go has no named functions in them, so they scope nothing)
 * and expression statements in pieces: the Lezer adapter lowers a condition node by node.
 * `nil`, `true` and `false` are nothing either way.
 */
function flat(body: readonly Stmt[]): unknown[] {
  const out: unknown[] = [];
  for (const s of body) {
    const e = exprOf(s);
    if (s.k === 'block') out.push(...flat(s.body));
    else if (e !== undefined) loose(e, out);
    else out.push(normal(s));
  }
  return out;
}

function normal(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normal);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (o['k'] === 'name' && ['nil', 'true', 'false'].includes(o['name'] as string))
    return { k: 'group', parts: [] };
  return Object.fromEntries(
    Object.entries(o).map(([k, x]) => [k, k === 'body' ? flat(x as Stmt[]) : normal(x)]),
  );
}

/** The reference: the Lezer adapter on the text the scan's Lezer reference parses. */
function reference(text: string): Stmt[] {
  return lowerGo(text, parser.parse(bridgeLineEndBooleans(text)).topNode);
}

function tokens(text: string): Stmt[] {
  const read = readGo(text);
  assert.ok(read?.tokens, 'the fast reader accepts the text and keeps its tokens');
  const lowered = lowerGoTokens(text, read.tokens);
  assert.ok(lowered, 'the lowering accepts the text');
  return lowered;
}

/**
 * Names and strings beyond ASCII (read by their strings, goNames.ts), and names alike in their
 * first eight characters (the rest compared) or as long as a key word (4, 8, 9 characters).
 */
const BEYOND_ASCII = [
  'package app',
  '',
  '// 用户信息: 手机号 and 姓名',
  'func (h *Handler) handleMember1(用户 *Member, phoneNumber string, name string) {',
  '\th.logger.Info("手机号", zap.String("phone", phoneNumber), zap.String("名字", 用户.RealName))',
  '\thandleMember2(phoneNumber)',
  '\thandleMemberX := phoneNumber + "é" + name',
  '\th.client.Post("https://api.example.com/v1/members", "application/json", handleMemberX)',
  '\th.handleMember12(用户.Mobile, "")',
  '}',
  '',
  'func handleMember2(phone string) {',
  '\tlog.Println("电话", phone, "phone")',
  '}',
  '',
].join('\n');

const flowsOf = (text: string, lezer: boolean): string =>
  JSON.stringify(analyzeFlows(text, PATH, lezer ? { tree: parser.parse(bridgeLineEndBooleans(text)) } : {}));

describe('Go flows from tokens against the Lezer adapter', () => {
  const texts: [string, string][] = [
    ['constructs', CONSTRUCTS],
    ['beyond ASCII', BEYOND_ASCII],
    ['ASCII, long names alike', BEYOND_ASCII.replace(/用户/g, 'member').replace(/[^\0-\x7f]/g, 'x')],
    ...fixtureTexts(),
    ...[1, 2, 3].map((seed): [string, string] => [`generated ${String(seed)}`, generated(seed)]),
  ];
  for (const [name, text] of texts)
    test(`the same form and the same flows: ${name}`, () => {
      assert.deepEqual(flat(tokens(text)), flat(reference(text)));
      assert.equal(flowsOf(text, false), flowsOf(text, true));
    });

  test('the constructs text parses without error in Lezer (the comparison is with a clean tree)', () => {
    let errors = 0;
    parser.parse(bridgeLineEndBooleans(CONSTRUCTS)).iterate({
      enter: (n) => {
        if (n.type.isError) errors++;
      },
    });
    assert.equal(errors, 0);
  });

  test('the generated files have flows to compare', () => {
    assert.ok(analyzeFlows(generated(1), PATH).length > 40);
  });

  test('a scan leaves its tokens to the flows, which then parse nothing', () => {
    const text = generated(2);
    const result = scanText(text, { path: PATH });
    const syntax = syntaxFromScan(result, text);
    assert.ok(syntax.goTokens, 'the scan kept its tokens');
    assert.equal(syntax.tree, undefined);
    assert.equal(JSON.stringify(analyzeFlows(text, PATH, syntax)), JSON.stringify(analyzeFlows(text, PATH)));
  });

  test('NEG a text the reader declines goes to Lezer, with the same flows as before', () => {
    // `[]byte` alone is a syntax error to @lezer/go; the reader leaves the file to it.
    const text = 'package a\nfunc f(u User) {\n\tlog.Println(u.Mobile, []byte)\n}\n';
    assert.equal(readGo(text), undefined);
    assert.deepEqual(
      analyzeFlows(text, PATH).map((f) => f.sink.callee),
      analyzeFlows(text, PATH, { tree: parser.parse(text) }).map((f) => f.sink.callee),
    );
    assert.deepEqual(
      analyzeFlows(text, PATH).map((f) => f.sink.callee),
      ['log.Println'],
    );
  });

  test("string contents read as the Lezer adapter's literalContent reads them", () => {
    for (const raw of ['""', '"a"', '"a\\"b"', '`x\ny`', `"${'x'.repeat(398)}"`, `"${'x'.repeat(500)}"`])
      assert.equal(goStringContent(raw), literalContent(raw), raw.slice(0, 12));
  });
});

describe('what the reference was fixed in, both adapters', () => {
  const callees = (text: string, lezer: boolean): string[] =>
    analyzeFlows(text, PATH, lezer ? { tree: parser.parse(text) } : {}).map(
      (f) => `${f.sink.callee}:${f.categories.join('+')}`,
    );
  const both = (name: string, text: string, want: string[]): void => {
    for (const lezer of [false, true])
      test(`${name} (${lezer ? 'Lezer' : 'tokens'})`, () => {
        assert.deepEqual(callees(text, lezer), want);
      });
  };

  both(
    'a variable of a function literal carries PI to a sink in it',
    'package a\nfunc f(u *Account) {\n\tgo func() {\n\t\tx := u.IDCard\n\t\tlog.Println(x)\n\t}()\n}\n',
    ['log.Println:id_number'],
  );
  both(
    'NEG a function literal logging a non-PI variable',
    'package a\nfunc f(u *Account) {\n\tgo func() {\n\t\tx := u.Status\n\t\tlog.Println(x)\n\t}()\n}\n',
    [],
  );
  both(
    'a var ( … ) list declares its variables',
    'package a\nfunc f(u *Account) {\n\tvar (\n\t\tx = u.IDCard\n\t)\n\tlog.Println(x)\n}\n',
    ['log.Println:id_number'],
  );
  both(
    'NEG a var ( … ) list of non-PI values',
    'package a\nfunc f(u *Account) {\n\tvar (\n\t\tx = u.Status\n\t)\n\tlog.Println(x)\n}\n',
    [],
  );
  const helper = 'package a\nfunc audit(event string, detail string) {\n\tlog.Println(detail)\n}\n';
  both(
    'a comment between arguments does not shift the arguments after it',
    `${helper}func f(u *Account) {\n\taudit("visit", // why\n\t\tu.IDCard)\n}\n`,
    ['log.Println:id_number'],
  );
  both(
    'NEG a comment is no argument either',
    `${helper}func f(u *Account) {\n\taudit(u.IDCard, // why\n\t\t"visit")\n}\n`,
    [],
  );
});
