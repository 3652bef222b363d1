/**
 * Generated gRPC stubs held in the file (lead ruling 2, session 21): a call on a stub of a
 * service is an RPC to another service, an HTTP/RPC sink (`http`) whatever its method is called
 * (`notifier.SendSms(ctx, req)` is no vendor's SMS SDK). A stub is a variable or field declared
 * with a generated client type or made by a generated constructor:
 * - Go: a type `pkg.NameServiceClient`, or `pkg.NameClient` of a package ending in `pb`; a
 *   `x := pkg.NewNameServiceClient(conn)` (`pkg.NewNameClient(conn)` of a `…pb` package).
 * - Java and Kotlin: `NameGrpc.newBlockingStub(channel)` (also `newStub`, `newFutureStub`), or a
 *   declaration typed `NameGrpc.NameBlockingStub`.
 * - Python: `x = name_pb2_grpc.NameStub(channel)`.
 * - C#: `new Name.NameClient(channel)` of a `GrpcChannel` (Grpc.Net.Client).
 * Vendor SDK clients (`dysmsapi.Client`, Tencent's `sms.Client`) match none of these and stay
 * `sdk`. Read from the text with bounded patterns; no more than MAX_STUBS per file.
 */
import type { Client, ClientTable } from './clients.js';
import type { FlowLanguage } from './sinks.js';

const MAX_STUBS = 20;

/** The one stub entry: any method of it is an RPC. */
export const GRPC_STUB: Client = { framework: 'gRPC', kind: 'http', name: 'gRPC stub', methods: new Set() };

const PATTERNS: Readonly<Partial<Record<FlowLanguage, { hint: string; re: RegExp }[]>>> = {
  go: [
    // A field or variable typed with a generated client: `notifier notifypb.NotifyServiceClient`.
    {
      hint: 'Client',
      re: /\b(\w+)\s+\*?(?:\w+\.(?:\w+ServiceClient)|\w+pb\.\w+Client)\b/g,
    },
    // `c := notifypb.NewNotifyServiceClient(conn)`, `s.c = pb.NewUserClient(cc)`.
    {
      hint: 'Client(',
      re: /\b(\w+)\s*:?=\s*(?:\w+\.New\w+ServiceClient|\w+pb\.New\w+Client)\s*\(\s*[\w.]+\s*\)/g,
    },
  ],
  java: [
    { hint: 'Grpc.', re: /\b(\w+)\s*=\s*\w+Grpc\s*\.\s*new(?:Blocking|Future)?Stub\s*\(/g },
    { hint: 'Grpc.', re: /\b\w+Grpc\s*\.\s*\w+Stub\s+(\w+)\s*[;=,)]/g },
  ],
  kotlin: [
    { hint: 'Grpc.', re: /\b(\w+)\s*(?::\s*[\w.]+\s*)?=\s*\w+Grpc\s*\.\s*new(?:Blocking|Future)?Stub\s*\(/g },
    { hint: 'Grpc.', re: /\b(\w+)\s*:\s*\w+Grpc\s*\.\s*\w+Stub\b/g },
  ],
  python: [{ hint: '_pb2_grpc', re: /\b(\w+)\s*=\s*[\w.]*_pb2_grpc\s*\.\s*\w+Stub\s*\(/g }],
  csharp: [
    {
      hint: 'Client(',
      re: /\b(\w+)\s*=\s*new\s+(?:\w+\.)+\w+Client\s*\(\s*\w*[cC]hannel\s*\)/g,
    },
  ],
};

/** The variables and fields holding a generated gRPC stub in `text`, added to `clients`. */
export function withStubs(text: string, language: FlowLanguage, clients: ClientTable): ClientTable {
  const patterns = PATTERNS[language];
  if (patterns === undefined) return clients;
  let table: Map<string, Client> | undefined;
  for (const { hint, re } of patterns) {
    if (!text.includes(hint)) continue;
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(text); m && n < MAX_STUBS; m = re.exec(text), n++) {
      const holder = m[1];
      if (holder === undefined || clients.has(holder)) continue;
      (table ??= new Map(clients)).set(holder, GRPC_STUB);
    }
  }
  return table ?? clients;
}
