/**
 * Declared HTTP clients in Java and Kotlin: an interface annotated `@FeignClient(name/url = …)`
 * and a Retrofit interface (methods annotated `@GET("…")`, `@POST("…")`…) are HTTP sinks:
 * calling one of their methods sends the arguments to the service. The target is the Feign
 * `url` when it is a literal URL, else its service `name`; for Retrofit, the host of a
 * `baseUrl("…")` literal in the same file. A call is read as the client's when its receiver
 * is a variable declared with the interface's type, created by `retrofit.create(Api.class)`
 * (`create(Api::class.java)`, `create<Api>()`), or named after the interface (`riskClient`
 * for `RiskClient`, Spring's injection habit). Only clients declared in the same file are
 * known. Read from the text with bounded patterns; no more than MAX_CLIENTS per file.
 */
import { hostOf } from './hosts.js';
import type { SinkKind } from './kinds.js';
import { WRITER_RULES, type FlowLanguage, type Region, type WriterRule } from './sinks.js';

const MAX_CLIENTS = 20;
/** How far an interface body is read for its methods. */
const MAX_BODY = 20_000;
const RETROFIT_METHOD = /@(?:GET|POST|PUT|PATCH|DELETE|HEAD|HTTP)\s*\(/;
/** RETROFIT_METHOD tried at one `@` (sticky). */
const RETROFIT_AT = new RegExp(RETROFIT_METHOD.source, 'y');
const JAVA_KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'new', 'default', 'synchronized']);

/** One declared client, or a writer a known call made (WRITER_RULES). */
export interface Client {
  readonly framework: 'Feign' | 'Retrofit' | 'writer' | 'gRPC' | 'vendor';
  /** The sink its methods are: HTTP for a declared client. */
  readonly kind?: SinkKind;
  /** The interface's name. */
  readonly name: string;
  readonly methods: ReadonlySet<string>;
  /** A vendor's SDK client (vendorClients.ts): the vendor and where its service runs. */
  readonly vendor?: string;
  readonly region?: Region;
  /** A host, or the Feign service name when no literal URL is given. */
  readonly target?: string;
}

/** The clients of a file by the variables that hold them. */
export type ClientTable = ReadonlyMap<string, Client>;

export const NO_CLIENTS: ClientTable = new Map();

/** Each writer rule's client and its assignment pattern, made once for every text. */
const WRITERS: readonly { rule: WriterRule; writer: Client; made: RegExp; hint: string }[] = WRITER_RULES.map(
  (rule) => ({
    rule,
    writer: { framework: 'writer', kind: rule.kind, name: rule.make, methods: new Set(rule.methods) },
    // Assigned (`w := …`, `val out = …`), or, in Kotlin, the parameter of a `.use { out -> … }`
    // opened on the writer the call makes.
    made: new RegExp(
      rule.languages.includes('kotlin')
        ? String.raw`\b(\w+)\s*(?::=|=)\s*${rule.make}|${rule.make}[^\n]{0,200}?\.use\s*\{\s*(\w+)\s*->`
        : String.raw`\b(\w+)\s*(?::=|=)\s*${rule.make}`,
      'g',
    ),
    hint: rule.hint ?? rule.make.slice(0, 3),
  }),
);

/**
 * The variables holding a writer a known call made (`w := csv.NewWriter(f)`), in a language
 * WRITER_RULES names; looked for only when the text has the call's first word.
 */
export function findWriters(text: string, language: FlowLanguage): ClientTable {
  let table: Map<string, Client> | undefined;
  for (const { rule, writer, made, hint } of WRITERS) {
    if (!rule.languages.includes(language) || !text.includes(hint)) continue;
    made.lastIndex = 0;
    let n = 0;
    for (let m = made.exec(text); m && n < MAX_CLIENTS; m = made.exec(text), n++) {
      const name = m[1] ?? m[2];
      if (name !== undefined && !(table?.has(name) ?? false)) (table ??= new Map()).set(name, writer);
    }
  }
  return table ?? NO_CLIENTS;
}

/** The declared clients of a Java or Kotlin text and its file writers (a client's name first). */
export function findJvmClients(text: string, language: 'java' | 'kotlin'): ClientTable {
  const clients = findClients(text);
  const writers = findWriters(text, language);
  if (writers.size === 0) return clients;
  if (clients.size === 0) return writers;
  const all = new Map(writers);
  for (const [name, client] of clients) all.set(name, client);
  return all;
}

/** The declared clients of a Java or Kotlin text. */
export function findClients(text: string): ClientTable {
  if (!text.includes('@FeignClient') && !hasRetrofitMethod(text)) return NO_CLIENTS;
  const feign = feignTargets(text);
  const baseHost = hostOf(/\bbaseUrl\s*\(\s*"([^"\n]{1,300})"/.exec(text)?.[1] ?? '');
  const clients: Client[] = [];
  const decl = /\binterface\s+([A-Z]\w*)[^{;]{0,300}\{/g;
  for (let m = decl.exec(text); m && clients.length < MAX_CLIENTS; m = decl.exec(text)) {
    const name = m[1] ?? '';
    const body = bodyAt(text, m.index + m[0].length);
    const isFeign = feign.has(name);
    if (!isFeign && !RETROFIT_METHOD.test(body)) continue;
    const target = isFeign ? feign.get(name) : baseHost;
    clients.push({
      framework: isFeign ? 'Feign' : 'Retrofit',
      name,
      methods: methodsOf(body),
      ...(target !== undefined ? { target } : {}),
    });
  }
  const table = new Map<string, Client>();
  for (const c of clients) for (const v of holders(text, c.name)) if (!table.has(v)) table.set(v, c);
  return table;
}

/**
 * Whether RETROFIT_METHOD matches somewhere in `text`, tried only at its `@`s (found by
 * `indexOf`): the expression itself is tried at every character of a file that has none.
 */
function hasRetrofitMethod(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    RETROFIT_AT.lastIndex = at;
    if (RETROFIT_AT.test(text)) return true;
  }
  return false;
}

/** `@FeignClient(…) interface Name`: the target of each Feign interface by its name. */
function feignTargets(text: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  const at = /@FeignClient\b\s*(\(([^()]|\([^()]*\)){0,600}\))?/g;
  for (let m = at.exec(text); m && out.size < MAX_CLIENTS; m = at.exec(text)) {
    const args = m[1] ?? '';
    const rest =
      /^(?:\s|@\w+(?:\([^()]{0,300}\))?|public|private|protected|internal|abstract)*\binterface\s+([A-Z]\w*)/.exec(
        text.slice(at.lastIndex, at.lastIndex + 1000),
      );
    if (!rest?.[1]) continue;
    const url = /\burl\s*=\s*"([^"\n]{1,300})"/.exec(args)?.[1];
    const service =
      /\b(?:name|value)\s*=\s*"([^"\n]{1,200})"/.exec(args)?.[1] ?? /^\(\s*"([^"\n]{1,200})"/.exec(args)?.[1];
    out.set(rest[1], (url !== undefined ? hostOf(url) : undefined) ?? service);
  }
  return out;
}

/** The text of a body from just after its `{` to its matching `}` (strings skipped), capped. */
function bodyAt(text: string, from: number): string {
  let depth = 1;
  const end = Math.min(text.length, from + MAX_BODY);
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < end && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(from, i);
  }
  return text.slice(from, end);
}

/** The methods an interface body declares: Kotlin `fun name(`, Java `Type name(`. */
function methodsOf(body: string): Set<string> {
  const out = new Set<string>();
  const bare = body.replace(/@\w+(?:\.\w+)*(?:\s*\([^()]{0,300}\))?/g, ' ');
  const fun = /\bfun\s+(?:<[^>]{0,100}>\s*)?(\w+)\s*\(/g;
  for (let m = fun.exec(bare); m; m = fun.exec(bare)) if (m[1]) out.add(m[1]);
  if (out.size > 0) return out;
  const java = /[\w>\]]\s+(\w+)\s*\(/g;
  for (let m = java.exec(bare); m; m = java.exec(bare)) if (m[1] && !JAVA_KEYWORDS.has(m[1])) out.add(m[1]);
  return out;
}

/** The variables holding a client of interface `name`. */
function holders(text: string, name: string): Set<string> {
  const out = new Set([name.charAt(0).toLowerCase() + name.slice(1)]);
  const patterns = [
    // Java `RiskClient riskClient;`, a parameter `(RiskClient client)`.
    new RegExp(String.raw`\b${name}(?:<[^<>;]{0,100}>)?\s+(\w+)\s*[;=,)]`, 'g'),
    // Kotlin `val api: ProfileApi`, `(private val client: KycClient)`.
    new RegExp(String.raw`\b(\w+)\s*:\s*${name}\b`, 'g'),
    // `api = retrofit.create(ProfileApi::class.java)`, `create(ShipApi.class)`, `create<Api>()`.
    new RegExp(
      String.raw`\b(\w+)\s*(?::\s*\w+\s*)?=\s*[^;\n]{0,200}?\bcreate\s*(?:<\s*${name}\s*>\s*\(|\(\s*${name}\s*(?:\.class|::class\.java))`,
      'g',
    ),
  ];
  for (const re of patterns) for (let m = re.exec(text); m; m = re.exec(text)) if (m[1]) out.add(m[1]);
  return out;
}
