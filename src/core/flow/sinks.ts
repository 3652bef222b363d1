/**
 * Sinks as data, beside the vocabulary: which calls send their arguments to a log, a client,
 * a third-party SDK, a queue, a file or a cache. A rule matches the callee as written, dotted
 * (`this.logger.info` → `logger.info`, `getLogger().info` → `getLogger().info`), with an
 * anchored regular expression over a string of at most MAX_CALLEE characters, so matching is
 * bounded whatever the input. Vendors name where their service runs (`mainland`, `abroad`, or
 * `unknown` for self-hostable ones) for the cross-border reading when no host is in the call.
 */
import { z } from 'zod';
import { sinkKindSchema, type SinkKind } from './kinds.js';

export const FLOW_LANGUAGES = ['js', 'python', 'java', 'go', 'kotlin', 'csharp'] as const;
export type FlowLanguage = (typeof FLOW_LANGUAGES)[number];
export const regionSchema = z.enum(['mainland', 'abroad', 'unknown']);
export type Region = z.infer<typeof regionSchema>;

const sinkRuleSchema = z.object({
  kind: sinkKindSchema,
  /** Anchored, case-sensitive, matched against the dotted callee. */
  callee: z.string().min(1),
  languages: z.array(z.enum(FLOW_LANGUAGES)).min(1),
  vendor: z.string().min(1).optional(),
  region: regionSchema.optional(),
});
export type SinkRuleInput = z.input<typeof sinkRuleSchema>;

/** Callees longer than this are not matched (generated code, garbage). */
export const MAX_CALLEE = 200;

const ALL: FlowLanguage[] = [...FLOW_LANGUAGES];
const JS: FlowLanguage[] = ['js'];
const PY: FlowLanguage[] = ['python'];
/** Java and Kotlin share the JVM's libraries (SLF4J, OkHttp, Spring, Android SDKs). */
const JAVA: FlowLanguage[] = ['java', 'kotlin'];
const GO: FlowLanguage[] = ['go'];
const KT: FlowLanguage[] = ['kotlin'];
const CS: FlowLanguage[] = ['csharp'];
/** Any prefix of receivers: `a.b.` or `getLogger().` */
const P = String.raw`(?:[\w$]+(?:\(\))?\.)*`;
const LEVELS = 'info|warn|warning|error|debug|trace|fatal|verbose|log|critical|exception';

const SINK_DATA: SinkRuleInput[] = [
  // Logging: console, winston/pino/bunyan, Python logging, SLF4J/log4j, zap/logrus-style names.
  { kind: 'log', callee: String.raw`console\.(?:log|info|warn|error|debug|trace|dir)`, languages: JS },
  {
    kind: 'log',
    callee: String.raw`${P}(?:logger|log|LOGGER|LOG|_logger|_log|winston|pino|bunyan|logging|sugar|zap|logrus)\.(?:${LEVELS})`,
    languages: ALL,
  },
  { kind: 'log', callee: String.raw`${P}getLogger\(\)\.(?:${LEVELS})`, languages: ALL },
  { kind: 'log', callee: 'print', languages: PY },
  { kind: 'log', callee: String.raw`System\.(?:out|err)\.(?:println|print|printf)`, languages: JAVA },
  // Android and Kotlin: android.util.Log, Timber, println.
  { kind: 'log', callee: String.raw`(?:Log|Timber(?:\.tag\(\))?)\.(?:v|d|i|w|e|wtf)`, languages: JAVA },
  { kind: 'log', callee: 'println|print', languages: KT },
  // Go: the standard log and fmt printers, zap (plain and sugared), logrus (chained fields too).
  {
    kind: 'log',
    callee: String.raw`(?:log|slog)\.(?:Print|Printf|Println|Fatal|Fatalf|Fatalln|Panic|Panicf|Info|Warn|Error|Debug)|fmt\.(?:Print|Printf|Println)`,
    languages: GO,
  },
  {
    kind: 'log',
    callee: String.raw`${P}(?:logger|log|Logger|Log|sugar|zap|logrus|zlog|slog|l)(?:\.(?:With|WithField|WithFields|WithError|Sugar)\(\))*\.(?:Debug|Info|Warn|Error|DPanic|Panic|Fatal|Trace|Print)(?:f|w|ln)?`,
    languages: GO,
  },
  // zerolog: an event from a level, fields added down the chain, sent by `Msg`/`Msgf`/`Send`
  // (the chained fields reach it as a chained logger's do).
  {
    kind: 'log',
    callee: String.raw`${P}(?:log|logger|Logger|Log|zlog|zl|l)\.(?:Trace|Debug|Info|Warn|Error|Fatal|Panic|Log|Err|WithLevel)\(\)(?:\.\w+\(\))*\.(?:Msg|Msgf|Send)`,
    languages: GO,
  },
  // .NET: Microsoft.Extensions.Logging, Serilog, NLog, Console.
  {
    kind: 'log',
    callee: String.raw`${P}(?:_?logger|_?log|Log|Logger)\.(?:Log(?:Information|Debug|Warning|Error|Critical|Trace)|Information|Debug|Warning|Error|Fatal|Verbose|Info|Warn|Trace)|Console\.(?:WriteLine|Write)`,
    languages: CS,
  },
  // HTTP and RPC clients.
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
  // Third-party SDKs: analytics, push, SMS, maps, crash reporting.
  {
    kind: 'sdk',
    vendor: 'Sensors Data',
    region: 'mainland',
    // Held on a field (`this.sa`, Go's `d.sa`); the Go and C# SDKs capitalise their methods.
    callee: String.raw`${P}(?:sensors|sa|sensorsdata|SensorsDataAPI\.sharedInstance\(\))\.(?:track|login|identify|setProfile|profileSet|profileSetOnce|registerPage|registerSuperProperties|Track|TrackSignup|ProfileSet|ProfileSetOnce|ItemSet)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'GrowingIO',
    region: 'mainland',
    callee: String.raw`gio|(?:gio|growingio|GrowingIO|GrowingIO\.getInstance\(\))\.(?:track|setUserId|setLoginUserId|setPeople|setPeopleVariable|setUserAttributes|setEvar)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Umeng',
    region: 'mainland',
    callee: String.raw`(?:umeng|uma|aplus|MobclickAgent)\.(?:onEvent|onEventObject|trackEvent|onProfileSignIn|setUserProfile|track)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Firebase',
    region: 'abroad',
    // The Android SDK's singletons too (`FirebaseCrashlytics.getInstance().setUserId(…)`).
    callee: String.raw`logEvent|setUserId|setUserProperties|${P}(?:analytics|firebaseAnalytics|crashlytics|FirebaseCrashlytics\.getInstance\(\)|FirebaseAnalytics\.getInstance\(\))\.(?:logEvent|setUserId|setUserProperty|setUserProperties|setCustomKey|log)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Mixpanel',
    region: 'abroad',
    // Held on a field (`self._mp`) too.
    callee: String.raw`mixpanel(?:\.people)?\.(?:track|identify|register|alias|set|set_once|people_set)|${P}_?(?:mixpanel|mp)\.(?:track|alias|people_set|people_set_once|people_append)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Segment',
    region: 'abroad',
    callee: String.raw`(?:analytics|segment)\.(?:track|identify|page|group|alias)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'JPush',
    region: 'mainland',
    callee: String.raw`(?:JPush|jpush|jPush|JPushInterface)\.\w+`,
    languages: ['java', 'go', 'kotlin', 'csharp'],
  },
  {
    kind: 'sdk',
    vendor: 'JPush',
    region: 'mainland',
    // Node's server SDK (`jpush-async`, `jpush-sdk`): not its payload builders (`JPush.alias(…)`,
    // `JPush.android(…)`), which only make what the push carries; the push built on `push()` is
    // sent by the chain's `send()`, which carries what the chain was given (jsCall.ts).
    callee: String.raw`(?:JPush|jpush|jPush|JPushInterface)\.(?!(?:alias|tag|tag_and|tag_not|audience|notification|android|ios|winphone|message|sms_message|options|registration_id|segment|abtest|buildClient|push)$)\w+|(?:JPush|jpush|jPush|jpushClient|client)\.push\(\)(?:\.\w+\(\))*\.send`,
    languages: JS,
  },
  {
    kind: 'sdk',
    vendor: 'JPush',
    region: 'mainland',
    // Python's server SDK: not its payload builders (`jpush.alias(…)`, `jpush.notification(…)`);
    // the push is sent by the push object's `send()` (a writer below).
    callee: String.raw`(?:JPush|jpush)\.(?!(?:alias|tag|tag_and|tag_not|audience|notification|android|ios|message|platform|all_|registration_id|options|create_push)$)\w+`,
    languages: PY,
  },
  {
    kind: 'sdk',
    vendor: 'Getui',
    region: 'mainland',
    callee: String.raw`(?:getui|Getui|GeTui|PushManager\.getInstance\(\))\.\w+`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Alibaba Cloud SMS',
    region: 'mainland',
    callee: String.raw`${P}(?:sendSms|sendSmsWithOptions|send_sms|sendBatchSms)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Alibaba Cloud',
    region: 'mainland',
    // Python's core SDK (`aliyunsdkcore`): an `AcsClient` sends a request built on it (SMS, OCR,
    // real-name checks); the method is the SDK's own.
    callee: String.raw`${P}do_action_with_exception`,
    languages: PY,
  },
  {
    kind: 'sdk',
    vendor: 'Tencent Cloud SMS',
    region: 'mainland',
    callee: String.raw`${P}(?:SendSms|SendSmsWithOptions)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'AMap',
    region: 'mainland',
    callee: String.raw`(?:AMap|amap)\.[\w.]+`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Baidu Maps',
    region: 'mainland',
    callee: String.raw`(?:BMap|BMapGL)\.[\w.]+`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Bugly',
    region: 'mainland',
    callee: String.raw`(?:Bugly|bugly|CrashReport)\.(?:setUserId|putUserData|postCatchedException|setUserSceneTag|log)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Sentry',
    region: 'unknown',
    // .NET's static `SentrySdk` capitalises its methods.
    callee: String.raw`(?:Sentry|sentry_sdk|sentry)\.(?:captureException|captureMessage|capture_exception|capture_message|setUser|set_user|setContext|set_context|setExtra|set_extra|setTag|set_tag|addBreadcrumb|add_breadcrumb)|SentrySdk\.(?:CaptureMessage|CaptureException|AddBreadcrumb|ConfigureScope)`,
    languages: ALL,
  },
  // Payments, identity checks, support desks and push services called through their SDK clients.
  {
    kind: 'sdk',
    vendor: 'Alipay',
    region: 'mainland',
    callee: String.raw`${P}(?:alipay|alipaySdk|alipaySDK|alipayClient)\.(?:exec|curl|pageExec|sdkExec|execute|pageExecute|sdkExecute|certificateExecute)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Tencent Cloud Face ID',
    region: 'mainland',
    // The API's own action names, on whatever client holds them.
    callee: String.raw`${P}(?:IdCardVerification|IdCardOCRVerification|DetectAuth|PhoneVerification|BankCardVerification|BankCard4EVerification|CheckIdCardInformation|LivenessCompare)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Firebase',
    region: 'abroad',
    // The Admin SDK's `messaging` in Node and Python (`from firebase_admin import messaging`).
    callee: String.raw`${P}(?:messaging\(\)|getMessaging\(\)|messaging|fcm)\.(?:send|sendMulticast|sendEach|sendEachForMulticast|sendToDevice|sendToTopic|send_each|send_each_for_multicast|send_multicast)`,
    languages: [...JS, ...PY],
  },
  {
    kind: 'sdk',
    vendor: 'Zendesk',
    region: 'abroad',
    callee: String.raw`${P}(?:zendesk|zendeskClient)\.(?:tickets|users|requests)\.(?:create|update|createOrUpdate)`,
    languages: JS,
  },
  {
    kind: 'sdk',
    vendor: 'Amplitude',
    region: 'abroad',
    callee: String.raw`(?:amplitude|amplitudeClient)\.(?:track|identify|setUserId|logEvent)`,
    languages: ALL,
  },
  {
    kind: 'sdk',
    vendor: 'Twilio',
    region: 'abroad',
    callee: String.raw`(?:MessageResource|CallResource)\.Create(?:Async)?`,
    languages: CS,
  },
  // Message queues.
  {
    kind: 'queue',
    callee: String.raw`${P}(?:producer|kafka|kafkaProducer|kafkaTemplate|rocketMQTemplate|rabbitTemplate|amqpTemplate|channel|mqProducer)\.(?:send|sendAsync|syncSend|asyncSend|sendOneWay|convertAndSend|sendToQueue|publish|basic_publish|produce|send_and_wait)`,
    languages: ALL,
  },
  {
    kind: 'queue',
    // kafka-go's `WriteMessages` is its own, on whatever field holds the writer (`s.w`).
    callee: String.raw`${P}(?:writer|kafkaWriter|producer|Producer)\.(?:Produce|SendMessage|SendMessages|Publish)|${P}\w+\.WriteMessages|${P}(?:ch|channel)\.(?:Publish|PublishWithContext)`,
    languages: GO,
  },
  // AWS SQS and SNS from Node: v3's `sqs.send(new SendMessageCommand({ MessageBody }))`, v2's
  // `sqs.sendMessage({ … })`, on a client named for the service.
  {
    kind: 'queue',
    callee: String.raw`${P}(?:sqs|sqsClient|sns|snsClient)\.(?:send|sendMessage|sendMessageBatch|publish)`,
    languages: JS,
  },
  // amqplib's channel under its usual short name (`ch.publish(exchange, key, content)`); pika's
  // `basic_publish` is the channel's own method, whatever holds it (`conn.channel()` as `ch`).
  { kind: 'queue', callee: String.raw`${P}(?:ch|confirmChannel)\.(?:publish|sendToQueue)`, languages: JS },
  { kind: 'queue', callee: String.raw`${P}\w+\.basic_publish`, languages: PY },
  // Celery: a task's `.delay(…)`/`.apply_async(…)` sends its arguments to the broker.
  { kind: 'queue', callee: String.raw`${P}\w+\.(?:delay|apply_async)`, languages: PY },
  // Producers held in private fields (`self._producer`, C# `_producer`); Confluent.Kafka's
  // `ProduceAsync`; NATS connections and JetStream (`nc.publish`, Go `nc.Publish`).
  {
    kind: 'queue',
    callee: String.raw`${P}_(?:producer|kafkaProducer|channel|mqProducer)\.(?:send|produce|publish|basic_publish)|${P}_?(?:producer|kafkaProducer)\.(?:ProduceAsync|Produce)|${P}(?:nc|nats|natsConn|js|jetStream)\.(?:publish|Publish|PublishMsg|PublishAsync)`,
    languages: ALL,
  },
  // Exports: files, CSV and Excel writers.
  {
    kind: 'export',
    callee: String.raw`(?:fs|fsp|fs\.promises)\.(?:writeFile|writeFileSync|appendFile|appendFileSync)`,
    languages: JS,
  },
  // The file-system writers imported by name, called without their module (`writeFileSync(path, rows)`).
  { kind: 'export', callee: 'writeFileSync|appendFileSync|writeFile|appendFile', languages: JS },
  {
    kind: 'export',
    callee: String.raw`${P}(?:csvWriter|writer|csv_writer|csvStream|sheet|worksheet|ws)\.(?:writeRecords|writerow|writerows|writeRow|addRow|addRows|append)`,
    languages: ALL,
  },
  // Commons CSV's printer; .NET and Java file writes of a formatted line or text; excelize rows.
  {
    kind: 'export',
    callee: String.raw`${P}(?:printer|csvPrinter|csvPrint)\.(?:printRecord|printRecords)`,
    languages: JAVA,
  },
  {
    kind: 'export',
    callee: String.raw`${P}File\.(?:WriteAllText|AppendAllText|WriteAllLines|AppendAllLines)(?:Async)?`,
    languages: CS,
  },
  { kind: 'export', callee: String.raw`Files\.(?:write|writeString)`, languages: JAVA },
  // Hutool's `FileUtil` and Commons IO's `FileUtils`: lines or text written to a file.
  {
    kind: 'export',
    callee: String.raw`(?:FileUtil\.(?:write|append)(?:Utf8)?(?:Lines|String)|FileUtils\.(?:writeLines|writeStringToFile|write))`,
    languages: JAVA,
  },
  {
    kind: 'export',
    callee: String.raw`${P}(?:SetSheetRow|SetSheetCol|SetCellValue|SetCellStr)`,
    languages: GO,
  },
  {
    kind: 'export',
    callee: String.raw`${P}to_csv|${P}to_excel`,
    languages: ALL,
  },
  // SheetJS: the rows made into a sheet (`XLSX.utils.json_to_sheet(rows)`) and the sheet into a
  // book (`book_append_sheet`, calls.ts `into-first`) are written by `XLSX.writeFile(book, path)`:
  // the sheet itself is no file yet, and may go nowhere.
  { kind: 'export', callee: String.raw`XLSX\.(?:writeFile|writeFileXLSX|writeFileAsync)`, languages: JS },
  {
    kind: 'export',
    callee: String.raw`${P}(?:EasyExcel|ExcelWriter|excelWriter)\.(?:write|writeRow|doWrite)|EasyExcel\.write\(\)\.\w+|EasyExcel\.write\(\)(?:\.\w+\(\))+\.(?:doWrite|doFill|write)`,
    languages: JAVA,
  },
  // .NET: CsvHelper's writer.
  {
    kind: 'export',
    callee: String.raw`${P}(?:csv|_?csvWriter|_?writer)\.(?:WriteRecords|WriteRecordsAsync|WriteRecord)`,
    languages: CS,
  },
  // Caches: plain storage of PI.
  {
    kind: 'cache',
    // node-redis 4 spells its commands in camel case (`hSet`, `setEx`); a counter or a set keyed
    // by PI (`incr("attempts:" + idNo)`) stores the key as a write does.
    callee: String.raw`${P}_?(?:redis|redisClient|cache|jedis|redisTemplate|stringRedisTemplate|opsForValue\(\)|opsForHash\(\))\.(?:set|setex|hset|hmset|lpush|rpush|put|putAll|setnx|sadd|zadd|geoadd|incr|incrby|hincrby|increment|setEx|setNX|hSet|hSetNX|hmSet|lPush|rPush|sAdd|zAdd|geoAdd|incrBy|hIncrBy)`,
    languages: ALL,
  },
  {
    kind: 'cache',
    callee: String.raw`${P}(?:rdb|redis|redisClient|redisCli|cache|client)\.(?:Set|SetEX|SetNX|HSet|HMSet|LPush|RPush|SAdd|ZAdd|GeoAdd|Incr|IncrBy|HIncrBy)`,
    languages: GO,
  },
  // .NET: StackExchange.Redis (`IDatabase`) and IDistributedCache writes.
  {
    kind: 'cache',
    callee: String.raw`${P}(?:_?redis|_?db|_?database|_?cache|_?distributedCache)\.(?:StringSet|HashSet|ListLeftPush|ListRightPush|SetAdd|SetString|Set)(?:Async)?`,
    languages: CS,
  },
];

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

/** A validated sink rule with its compiled matcher. */
export interface SinkRule {
  readonly kind: SinkKind;
  readonly languages: readonly FlowLanguage[];
  readonly vendor?: string;
  readonly region?: Region;
  /** The rule's expression as written (unanchored). */
  readonly callee: string;
  readonly pattern: RegExp;
}

function compile(input: SinkRuleInput): SinkRule {
  const rule = sinkRuleSchema.parse(input);
  return {
    kind: rule.kind,
    languages: rule.languages,
    ...(rule.vendor !== undefined ? { vendor: rule.vendor } : {}),
    ...(rule.region !== undefined ? { region: rule.region } : {}),
    callee: rule.callee,
    pattern: new RegExp(`^(?:${rule.callee})$`),
  };
}

/** Every sink rule, validated and compiled once. SDK rules come first: they are more specific. */
export const SINK_RULES: readonly SinkRule[] = [...SINK_DATA]
  .sort((a, b) => Number(b.kind === 'sdk') - Number(a.kind === 'sdk'))
  .map(compile);

/** The alternatives at the top level of an expression's source (`a|b(c|d)` → `a`, `b(c|d)`). */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * One expression matching what any of `rules` matches. The alternatives that start with any
 * prefix of receivers (P) share one P: tried as separate anchored alternatives, each took P's
 * segments and gave them back one by one, and a callee that is no sink (most are) cost every
 * rule's backtracking (P·A | P·B matches what P·(A | B) does).
 */
function anyOf(rules: readonly SinkRule[]): RegExp {
  const afterP: string[] = [];
  const others: string[] = [];
  for (const r of rules)
    for (const alternative of topAlternatives(r.callee))
      if (alternative.startsWith(P) && alternative.length > P.length)
        afterP.push(alternative.slice(P.length));
      else others.push(alternative);
  const shared = afterP.length > 0 ? [`${P}(?:${afterP.join('|')})`] : [];
  return new RegExp(`^(?:${[...shared, ...others].join('|')})$`);
}

/**
 * The rules of each language, in the order of SINK_RULES, and one expression matching what any
 * of them matches (anyOf): most callees are no sink, and one test answers for them instead of a
 * test per rule (a third of the time on a file's callees).
 */
const RULES_BY_LANGUAGE = new Map(
  FLOW_LANGUAGES.map((l) => {
    const rules = SINK_RULES.filter((r) => r.languages.includes(l));
    return [l, { rules, any: anyOf(rules) }] as const;
  }),
);

/** The first rule matching a dotted callee in a language, if any. */
export function matchSink(callee: string, language: FlowLanguage): SinkRule | undefined {
  if (callee.length === 0 || callee.length > MAX_CALLEE) return undefined;
  const table = RULES_BY_LANGUAGE.get(language);
  if (table === undefined || !table.any.test(callee)) return undefined;
  for (const r of table.rules) if (r.pattern.test(callee)) return r;
  return undefined;
}
