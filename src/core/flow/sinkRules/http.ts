/**
 * Calls that send their arguments to another service: HTTP and RPC clients (sinks.ts reads them).
 */
import { CS, GO, JAVA, JS, KT, P, PY, type SinkRuleInput } from './schema.js';

export const HTTP_SINKS: readonly SinkRuleInput[] = [
  { kind: 'http', callee: String.raw`fetch|axios|got|ky|superagent|request`, languages: JS },
  {
    kind: 'http',
    callee: String.raw`${P}(?:axios|got|ky|superagent|request|http|https|httpClient|client|api|\$http)\.(?:get|post|put|patch|delete|request|head)`,
    languages: JS,
  },
  {
    kind: 'http',
    // Held on a field too (`self._http`, `self.session`), private by a leading underscore.
    callee: String.raw`(?:requests|httpx)\.(?:get|post|put|patch|delete|request)|${P}_?(?:session|client|aiohttp|http|http_client|httpx_client)\.(?:get|post|put|patch|delete|request)`,
    languages: PY,
  },
  {
    kind: 'http',
    callee: String.raw`${P}(?:restTemplate|webClient|httpClient|okHttpClient|client)\.(?:postForObject|postForEntity|exchange|put|patchForObject|getForObject|newCall|send|post)`,
    languages: JAVA,
  },
  // Ktor's client (`HttpClient(CIO)`) held as `http` or `client`: the body is set in the
  // request's lambda (`http.post(url) { setBody(form) }`), which the call carries.
  {
    kind: 'http',
    callee: String.raw`${P}(?:http|client|httpClient|ktor|ktorClient)\.(?:post|put|patch|submitForm)`,
    languages: KT,
  },
  // java.net.http's client held as `http`: `http.send(request, …)` of a built request.
  { kind: 'http', callee: String.raw`${P}http\.(?:send|sendAsync)`, languages: JAVA },
  // OkHttp: a call is made from a request that carries the body.
  { kind: 'http', callee: String.raw`${P}newCall`, languages: JAVA },
  // Retrofit-style declared clients and Feign are local interfaces; Spring's WebClient chains.
  {
    kind: 'http',
    callee: String.raw`${P}(?:webClient|WebClient)\.(?:post|put|patch)\(\)\.\w+`,
    languages: JAVA,
  },
  // The body given further down the chain (`.uri(…).bodyValue(form)`): that call is the sink.
  {
    kind: 'http',
    callee: String.raw`${P}(?:webClient|WebClient)\.(?:post|put|patch)\(\)(?:\.\w+\(\))+\.(?:bodyValue|body|syncBody)`,
    languages: JAVA,
  },
  // `bodyValue` is WebClient's own: a client built under any name (`civilAffairs =
  // webClientBuilder.baseUrl(…).build()`) sends it.
  {
    kind: 'http',
    callee: String.raw`${P}\w+\.(?:post|put|patch)\(\)(?:\.\w+\(\))*\.bodyValue`,
    languages: JAVA,
  },
  {
    kind: 'http',
    callee: String.raw`${P}(?:http|client|httpClient|Client|DefaultClient|c)\.(?:Post|PostForm|Do|Put)|http\.(?:Post|PostForm)`,
    languages: GO,
  },
  // resty: a request built on `R()` and sent by its verb, the body set on the way.
  { kind: 'http', callee: String.raw`${P}R\(\)(?:\.\w+\(\))*\.(?:Post|Put|Patch)`, languages: GO },
  {
    kind: 'http',
    callee: String.raw`${P}(?:_?httpClient|_?client|_?http|HttpClient)\.(?:PostAsync|PutAsync|PatchAsync|SendAsync|PostAsJsonAsync|PutAsJsonAsync|GetAsync)`,
    languages: CS,
  },
  // System.Net.Http.Json's extensions are HttpClient's alone, whatever field holds the client
  // (`_hospital.PostAsJsonAsync(…)`).
  {
    kind: 'http',
    callee: String.raw`${P}\w+\.(?:PostAsJsonAsync|PutAsJsonAsync|PatchAsJsonAsync)`,
    languages: CS,
  },
];
