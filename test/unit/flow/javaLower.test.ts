// Java flows lowered from the fast reader's tokens (flow/lang/javaLower.ts) against the Lezer
// adapter (flow/lang/java.ts), kept as the reference: the same language-neutral form up to empty
// blocks, groups and bare names (which the walk reads as nothing either way), and the same flows,
// on a constructs text, the Java fixtures and generated files; and what the lowering leaves to
// Lezer, with the flows unchanged.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parser } from '@lezer/java';
import { analyzeFlows, syntaxFromScan } from '../../../src/core/flow/index.js';
import { rewriteClassLiterals } from '../../../src/core/scan/code/javaClassLiterals.js';
import { scanText } from '../../../src/core/scan/index.js';
import { javaBlock } from '../../bench/flowCorpus.js';
import { flat, flowsOf, PATH, reference, tokens } from '../../support/javaLowerCompare.js';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** Every construct the lowering follows, in one text @lezer/java parses without error. */
const CONSTRUCTS = [
  'package com.example.app;',
  '',
  'import java.util.*;',
  'import static java.util.Objects.requireNonNull;',
  '',
  '@Service',
  '@RequiredArgsConstructor(onConstructor = @__(@Autowired))',
  'public class MemberService<T extends Base> extends BaseService<T> implements Runnable, Api.Handler {',
  '    private static final String URL = "https://api.segment.io/v1/track";',
  '    private final Logger log = LoggerFactory.getLogger(MemberService.class);',
  '    private String realName, mobile = "x";',
  '    private Map<String, List<Member>> index = new HashMap<>();',
  '    int[] counts;',
  '    static { init(); }',
  '    { counter = 0; }',
  '',
  '    public MemberService(final @Qualifier("a") RestTemplate rest, String... tags) throws IOException {',
  '        super.setUp(rest);',
  '        this.rest = rest;',
  '    }',
  '',
  '    @Override',
  '    public synchronized void run() {}',
  '',
  '    abstract String name();',
  '',
  '    protected Member handle(@RequestBody Member member, HttpServletRequest req, int n) throws Exception, IOException {',
  '        String phone = req.getParameter("phone");',
  '        final var id = member.getIdCard();',
  '        int level = member.getLevel() + 1, other;',
  '        long total = (long) level * 2 - -n;',
  '        String label = (String) cache.get("k");',
  '        Object o = (Object) member;',
  '        log.info("member {} level {}", member.getRealName(), level);',
  '        System.out.println("total " + (level * 2) + phone);',
  '        if (phone == null || phone.isEmpty() && !member.isActive()) { log.warn("phone format invalid"); }',
  '        else if (level > 3) log.debug("high");',
  '        else { audit("none", id); }',
  '        for (int k = 0, j = 1; k < level; k++, j--) { log.info("k {}", k); }',
  '        for (;;) { break; }',
  '        for (Member m : members) log.info(m.getMobile());',
  '        for (final Map.Entry<String, Object> e : payload.entrySet()) { continue; }',
  '        while (it.hasNext()) { Member x = it.next(); x.mobile = phone; }',
  '        try {',
  '            kafkaTemplate.send("members", objectMapper.writeValueAsString(member));',
  '        } catch (JsonProcessingException | RuntimeException ex) {',
  '            log.error("failed {}", ex.getMessage(), ex);',
  '            throw new IllegalStateException("bad " + phone, ex);',
  '        } finally {',
  '            done = true;',
  '        }',
  '        member.mobile = phone;',
  '        this.realName = member.getRealName();',
  '        this.a.b = phone;',
  '        counts[0] = level;',
  '        total += level;',
  '        label = label + phone;',
  '        phone = id = label;',
  '        level++;',
  '        --level;',
  '        Runnable r = () -> log.info(phone);',
  '        Function<Member, String> f = m -> m.getMobile();',
  '        Function<Member, Member> g = m -> m;',
  '        BiFunction<String, String, String> h = (a, b) -> a + b;',
  '        Consumer<String> c = (String s) -> { sink.accept(s); };',
  '        list.forEach(log::info);',
  '        list.stream().map(Member::getMobile).filter(s -> s != null).forEach(s -> { restTemplate.postForObject(URL, s, String.class); });',
  '        Request req2 = new Request.Builder().url(URL).post(body).build();',
  '        Object anon = new Callback() {',
  '            @Override',
  '            public void onResponse(Call call, Response response) { log.info(response.body()); }',
  '        };',
  '        String t = flag ? phone : "none";',
  '        boolean same = "a".equals(phone);',
  '        String tb = """',
  '            hello',
  '            """;',
  "        char ch = 'c';",
  '        double d = 1.5e3;',
  '        Class<?> k2 = Member.class;',
  '        int[] arr = null;',
  '        String s2 = arr[1] + this.mobile + super.toString();',
  '        redisTemplate.opsForValue().set("m", member.getMobile(), 10, TimeUnit.MINUTES);',
  '        obj.field.sub.call(phone);',
  '        ((Member) o).getMobile();',
  '        return member;',
  '    }',
  '',
  '    private void audit(String event, String detail) { log.info("audit {} {}", event, detail); }',
  '',
  '    static class Inner {',
  '        void audit(String x) { System.err.println(x); }',
  '    }',
  '}',
  '',
  'class Second {',
  '    Second() { this.x = 1; }',
  '}',
  'class Arrays1 {',
  '    String[] names = {"a", phone, {x}};',
  '    void f(Member u) {',
  '        writer.writeNext(new String[] {u.getRealName(), u.getMobile()});',
  '        int[][] grid = new int[3][];',
  '        Object[] xs = new java.lang.Object[] {u, };',
  '        byte[] b = new byte[u.size()];',
  '    }',
  '}',
  '@FeignClient(name = "sms", url = "https://sms.example.com")',
  'public interface SmsClient<T> extends Remote {',
  '    @PostMapping("/send")',
  '    Result send(@RequestBody SmsRequest request, @RequestParam("phone") String phone);',
  '    default void ping(String mobile) { log.info("ping {}", mobile); }',
  '    static <R extends Comparable<R>> R pick(List<? extends R> xs) { return xs.get(0); }',
  '}',
  'class Mixes {',
  '    Mixes(Member u) { this(u.getMobile(), 1, u.name, this.x, u.get().name); }',
  '    Mixes(String a, int b) { super(a, b + 1); }',
  '    public <K, V> Map<K, V> build(K k, V v) { return Collections.singletonMap(k, v); }',
  '    void f(Member u, int a, int b, int c, int d) {',
  '        String s3 = a + b * c - d + "x" + u.getMobile() % 3;',
  '        boolean z = a & b | c ^ d && a < b == (c >= d) || !u.isActive() != false;',
  '        int neg = -1 + -a - +b * ~c;',
  '        Object n2 = a > b ? u.getRealName() : c < d ? u.getMobile() : null;',
  '        List<String> xs = (List<String>) raw;',
  '        int i2 = (int) u.getLevel();',
  '        String[] ss = (String[]) arr;',
  '        Supplier<String> sup = flag ? () -> u.getMobile() : this::name;',
  '        Object q = Outer.this.mobile;',
  '        @SuppressWarnings("unchecked") final List<Member> ms = (List<Member>) raw;',
  '        log.info("{}", ((Member) raw).getIdCard());',
  '        x.y().z = u.getMobile();',
  '        (a) = b;',
  '        if (u instanceof Member m && m.isActive()) log.info(u.getMobile());',
  '        boolean typed = raw instanceof java.util.List<?> || raw instanceof String[] == flag;',
  '        Object w = a + b instanceof Integer ? u.getRealName() : null;',
  '        http.csrf().disable().cors().and().headers().frameOptions().disable().and().sessionManagement()',
  '            .sessionCreationPolicy(STATELESS).and().authorizeRequests().antMatchers("/a").permitAll()',
  '            .anyRequest().authenticated().and().apply(config).user(u.getMobile()).build();',
  '        this.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p(u.getIdCard());',
  '        g((a) -> a.x(), (a) + b, (a) - b, (var v) -> 1, (A) !b, (A) (u.getMobile()), (int) (b), (Runnable) r);',
  '    }',
  '}',
  'enum Level implements Coded {',
  '    @Deprecated LOW("low", 1), HIGH(Util.code(u.getMobile()), 2) { @Override String code() { return mask(x); } },',
  '    NONE;',
  '    private final String code;',
  '    Level(String code, int n) { this.code = code; log.info(u.getIdCard()); }',
  '    String code() { return code; }',
  '}',
  'public record Contact<T>(@NotNull String mobile, @Size(max = 18) String idCard, int... levels) implements Serializable {',
  '    public Contact { log.info("new {}", mobile); }',
  '    static final String HOST = "https://api.segment.io";',
  '    String masked() { return mask(mobile); }',
  '    record Inner(String phone) {}',
  '    enum Kind { A, B, }',
  '}',
].join('\n');

/** The Java files under a fixture folder, its subfolders included. */
function javaFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? javaFiles(p) : n.endsWith('.java') ? [p] : [];
  });
}

function fixtureTexts(): [string, string][] {
  // flows-blind3 is the blind set: never read here.
  const dirs = ['code/java', 'corpus/java', 'flows-blind', 'flows-blind2', 'workspace/schemas'];
  return dirs.flatMap((d) =>
    javaFiles(join(FIXTURES, d)).map((p): [string, string] => [
      p.slice(FIXTURES.length + 1),
      readFileSync(p, 'utf8'),
    ]),
  );
}

/** Services with PI, masking, helpers, lambdas, loops and stores, in a varying order. */
function generated(seed: number): string {
  const parts = [
    '    void a%(Member u, String phone) {\n        log.info("m {}", u.getRealName());\n        System.out.println("p: " + phone);\n    }',
    '    void b%(Member u) {\n        String id = u.getIdCard();\n        Map<String, String> m = new HashMap<>();\n        m.put("id", id);\n        restTemplate.postForObject(URL, m, String.class);\n    }',
    '    void c%(Member u) {\n        executor.submit(() -> {\n            String x = u.getMobile();\n            log.info("{}", maskPhone(x));\n        });\n    }',
    '    void d%(List<Member> rows) {\n        for (Member r : rows) {\n            writer.writeNext(new String[] {r.getRealName(), r.getMobile()});\n        }\n    }',
    '    void e%(Member u) {\n        try {\n            kafkaTemplate.send("t", objectMapper.writeValueAsString(u));\n        } catch (Exception ex) {\n            log.error("failed", ex);\n        }\n    }',
    '    void f%(String event, String detail) {\n        log.info(event, // why\n            detail);\n    }',
    '    void g%(Member u) {\n        f%("visit", u.getIdCard());\n        rows.stream().map(Member::getMobile).forEach(s -> log.info(s));\n    }',
    '    void k%(Member u) {\n        this.mobile = u.getMobile();\n        u.realName = name;\n        redisTemplate.opsForValue().set("k", this.mobile);\n        int count = 0;\n        count += 1;\n        log.info("{}", count > 0 ? u.getRealName() : "");\n    }',
  ];
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648);
  const out = ['package com.example;', '', 'public class Svc {', '    private String mobile;'];
  for (let i = 0; i < 40; i++) out.push((parts[next() % parts.length] ?? '').replace(/%/g, String(i)));
  out.push('}');
  return out.join('\n\n') + '\n';
}

describe('Java flows from tokens against the Lezer adapter', () => {
  const texts: [string, string, boolean][] = [
    ['constructs', CONSTRUCTS, true],
    ...fixtureTexts().map(([n, t]): [string, string, boolean] => [n, t, false]),
    ['bench file', Array.from({ length: 30 }, (_, i) => javaBlock(i)).join('\n'), true],
    ...[1, 2, 3].map((seed): [string, string, boolean] => [
      `generated ${String(seed)}`,
      generated(seed),
      true,
    ]),
  ];
  for (const [name, text, mustLower] of texts)
    test(`the same form and the same flows: ${name}`, () => {
      const lowered = tokens(text);
      if (mustLower) assert.ok(lowered, 'the lowering accepts the text');
      if (lowered) assert.deepEqual(flat(lowered), flat(reference(text)));
      assert.equal(flowsOf(text, false), flowsOf(text, true));
    });

  test('the fixtures are lowered from tokens, records included', () => {
    const declined = fixtureTexts()
      .filter(([, t]) => tokens(t) === undefined)
      .map(([n]) => n);
    assert.deepEqual(declined, []);
  });

  test('the constructs text parses without error in Lezer (the comparison is with a clean tree)', () => {
    let errors = 0;
    parser.parse(rewriteClassLiterals(CONSTRUCTS)).iterate({
      enter: (n) => {
        if (n.type.isError) errors++;
      },
    });
    assert.equal(errors, 0);
  });

  test('the constructs and generated files have flows to compare', () => {
    assert.ok(analyzeFlows(CONSTRUCTS, PATH).length >= 5);
    assert.ok(analyzeFlows(generated(1), PATH).length > 40);
  });

  test('a scan leaves its tokens to the flows, which then parse nothing', () => {
    const text = generated(2);
    const result = scanText(text, { path: PATH });
    const syntax = syntaxFromScan(result, text);
    assert.ok(syntax.javaTokens, 'the scan kept its tokens');
    assert.equal(syntax.tree, undefined);
    assert.equal(JSON.stringify(analyzeFlows(text, PATH, syntax)), JSON.stringify(analyzeFlows(text, PATH)));
  });

  // The scan's parse text renames module words (`to` → `t_`); the flows' Lezer parse does not.
  const scanned = (body: string): { text: string; syntax: ReturnType<typeof syntaxFromScan> } => {
    const text = `class A {\n    void f(Member u) {\n        ${body}\n    }\n}\n`;
    return { text, syntax: syntaxFromScan(scanText(text, { path: PATH }), text) };
  };

  test('a scan that renamed a name leaves no tokens: the flows are Lezer’s', () => {
    const { text, syntax } = scanned('String to = u.getMobile();\n        log.info(to);');
    assert.equal(syntax.javaTokens, undefined);
    assert.equal(JSON.stringify(analyzeFlows(text, PATH, syntax)), flowsOf(text, true));
  });

  test('NEG a module word only in a string or a comment renames no name: the tokens are left', () => {
    const { text, syntax } = scanned('log.info("sent to {}", u.getMobile()); // with care');
    assert.ok(syntax.javaTokens, 'the scan kept its tokens');
    assert.equal(JSON.stringify(analyzeFlows(text, PATH, syntax)), flowsOf(text, true));
    assert.ok(analyzeFlows(text, PATH, syntax).length > 0);
  });
});

describe('what the lowering leaves to Lezer', () => {
  const wrap = (body: string): string => `class A {\n    void f(Member u) {\n        ${body}\n    }\n}\n`;
  const cases: [string, string][] = [
    ['a cast of a lambda', 'Runnable r = (Runnable) () -> log.info(u.getMobile());'],
    ['an arrow switch', 'switch (u.getKind()) { case 1 -> log.info(u.getMobile()); default -> {} }'],
    ['a switch expression', 'String s = switch (k) { case 1: yield u.getMobile(); default: yield ""; };'],
    ['a generic method call without a call', 'Object m = Util.<String>id;\n        log.info(u.getMobile());'],
    [
      'a qualified array constructor reference',
      'Function<Integer, String[]> mk = java.lang.String[]::new;\n        log.info(u.getMobile());',
    ],
    ['a qualified inner creation', 'Worker w = outer.new Worker(u.getMobile());'],
    ['a shift', 'int x = u.getLevel() >> 1;\n        log.info(u.getMobile());'],
    [
      'a chain past an index naming more than 13 links',
      'a[0].b().c().d().e().f().g().h().i().j().k().l().m().n().o(u.getMobile());',
    ],
    ['a record pattern', 'if (u instanceof Pair(var a, var b)) log.info(u.getMobile());'],
    ['a pattern with a modifier', 'if (u instanceof final Member m) log.info(m.getMobile());'],
    ['a module word as a name', 'String to = u.getMobile();\n        log.info(to);'],
  ];
  for (const [name, body] of cases)
    test(`${name}: declined, the same flows as the Lezer adapter`, () => {
      const text = wrap(body);
      assert.equal(tokens(text), undefined);
      assert.equal(flowsOf(text, false), flowsOf(text, true));
    });

  test('a declined text still has its flows (from Lezer)', () => {
    const text = wrap('switch (k) { default -> log.info("{}", u.getMobile()); }');
    assert.equal(tokens(text), undefined);
    assert.deepEqual(
      analyzeFlows(text, PATH).map((f) => f.sink.callee),
      ['log.info'],
    );
  });
});
