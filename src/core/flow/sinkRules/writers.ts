/**
 * Sinks known by the call that made the variable they are called on rather than by the callee's
 * name (sinks.ts re-exports them; clients.ts binds the variables).
 */
import type { SinkKind } from '../kinds.js';
import { GO, JAVA, JS, PY, type FlowLanguage } from './schema.js';

/**
 * Writers known by the call that makes them, whatever the variable holding one is called
 * (`w := csv.NewWriter(f)`, `out = csv.writer(f)`): their methods that write rows are export
 * sinks (clients.ts binds the variables). `make` is matched, unanchored, right after `=`.
 */
export interface WriterRule {
  readonly kind: SinkKind;
  readonly languages: readonly FlowLanguage[];
  readonly make: string;
  readonly methods: readonly string[];
  /** A word the text must hold for the rule to be tried (default: the first three characters of `make`). */
  readonly hint?: string;
}

export const WRITER_RULES: readonly WriterRule[] = [
  // Go encoding/csv.
  { kind: 'export', languages: GO, make: String.raw`csv\.NewWriter\(`, methods: ['Write', 'WriteAll'] },
  // Python csv.
  {
    kind: 'export',
    languages: PY,
    make: String.raw`csv\.(?:writer|DictWriter)\(`,
    methods: ['writerow', 'writerows'],
  },
  // redis-py clients by the call that made them, whatever their name (`r = redis.Redis(…)`,
  // `redis.Redis.from_url(…)`, `redis.asyncio.from_url(…)`): their writes are cache sinks.
  {
    kind: 'cache',
    languages: PY,
    make: String.raw`(?:redis\.(?:asyncio\.)?|aioredis\.)(?:(?:Strict)?Redis(?:\.from_url)?|from_url)\(`,
    methods: ['set', 'setex', 'setnx', 'hset', 'hmset', 'mset', 'lpush', 'rpush'],
    hint: 'redis',
  },
  // JPush's Python SDK: `push = JPUSH.create_push()`, its payload set on it, sent by `push.send()`.
  {
    kind: 'sdk',
    languages: PY,
    make: String.raw`\w+\.create_push\(`,
    methods: ['send'],
    hint: 'create_push',
  },
  // Node's file write streams (`const out = fs.createWriteStream(file)`, `out.write(line)`).
  {
    kind: 'export',
    languages: JS,
    make: String.raw`(?:fs\.)?createWriteStream\(`,
    methods: ['write'],
    hint: 'createWriteStream',
  },
  // JVM file writers: `Writer out = Files.newBufferedWriter(p)`, `FileWriter(f)`, Kotlin's
  // `file.bufferedWriter()`, also held by a `.use { out -> … }` lambda (clients.ts).
  {
    kind: 'export',
    languages: JAVA,
    make: String.raw`(?:Files\.newBufferedWriter|(?:new\s+)?FileWriter|[\w.)]+\.(?:bufferedWriter|printWriter))\(`,
    methods: ['write', 'append', 'print', 'println', 'printf'],
    hint: 'Writer',
  },
];
