/**
 * The flow benchmark's generated services (flows.ts): the same service method in each language,
 * reading PI, masking some, logging, posting to clients and SDKs, writing exports, queues and
 * caches. Shared with the unit tests that compare a token lowering with its Lezer reference on
 * the file the benchmark times (flow/javaLower.test.ts).
 */
/** One TypeScript block of about 24 lines; `i` keeps names distinct. */
export function tsBlock(i: number): string {
  return [
    `interface Member${String(i)} { realName: string; mobile: string; idCard: string; level: number }`,
    `export async function handle${String(i)}(member: Member${String(i)}, req: { body: { phone: string } }) {`,
    '  const phone = req.body.phone;',
    '  const level = member.level + 1;',
    '  logger.info(`member ${member.realName} level ${level}`);',
    "  logger.debug('masked', maskPhone(phone));",
    "  if (!/^1\\d{10}$/.test(phone)) console.warn('phone format invalid');",
    "  const payload = { event: 'visit', id: member.idCard, ...{ tel: phone } };",
    "  await axios.post('https://api.mixpanel.com/track', payload);",
    "  sensors.track('Visit', { level });",
    '  const rows = [member].map((m) => [m.realName, m.mobile].join(","));',
    "  fs.appendFileSync('members.csv', rows.join('\\n'));",
    '  const total = level * 2;',
    '  console.log(`total ${total}`);',
    '  for (let k = 0; k < level; k++) {',
    '    await producer.send({ topic: "t", messages: [{ value: JSON.stringify({ n: k }) }] });',
    '  }',
    `  audit${String(i)}('visit', member.idCard);`,
    '  return { ok: true, level };',
    '}',
    `function audit${String(i)}(event: string, detail: string) {`,
    '  logger.info(`audit ${event}`, detail);',
    '}',
    '',
  ].join('\n');
}

/** The same service method in Python. */
export function pyBlock(i: number): string {
  return [
    `class Member${String(i)}:`,
    '    def __init__(self):',
    '        self.real_name = ""',
    '        self.mobile = ""',
    '        self.id_card = ""',
    '',
    `def handle${String(i)}(member, request):`,
    '    phone = request.json["phone"]',
    '    level = member.level + 1',
    '    logger.info(f"member {member.real_name} level {level}")',
    '    logger.debug("masked %s", mask_phone(phone))',
    '    if not phone.isdigit():',
    '        logger.warning("phone format invalid")',
    '    payload = {"event": "visit", "id": member.id_card, "tel": phone}',
    '    requests.post("https://api.mixpanel.com/track", json=payload)',
    '    writer.writerow([member.real_name, member.mobile])',
    '    producer.send("t", value=json.dumps({"n": level}))',
    '    print(f"total {level * 2}")',
    `    audit${String(i)}("visit", member.id_card)`,
    '    return {"ok": True, "level": level}',
    '',
    `def audit${String(i)}(event, detail):`,
    '    logger.info("audit %s %s", event, detail)',
    '',
  ].join('\n');
}

/** The same in Java (each block a class, its `audit` its own). */
export function javaBlock(i: number): string {
  return [
    `class Handler${String(i)} {`,
    '    private String realName;',
    '    private String mobile;',
    `    void handle(Member member, Request req) throws Exception {`,
    '        String phone = req.getPhone();',
    '        int level = member.getLevel() + 1;',
    '        log.info("member {} level {}", member.getRealName(), level);',
    '        log.debug("masked {}", maskPhone(phone));',
    '        if (phone.isEmpty()) { log.warn("phone format invalid"); }',
    '        Map<String, Object> payload = new HashMap<>();',
    '        payload.put("id", member.getIdCard());',
    '        restTemplate.postForObject("https://api.mixpanel.com/track", payload, String.class);',
    '        String json = objectMapper.writeValueAsString(member);',
    '        kafkaTemplate.send("members", json);',
    '        redisTemplate.opsForValue().set("m", member.getMobile());',
    '        System.out.println("total " + (level * 2));',
    '        for (int k = 0; k < level; k++) { log.info("k {}", k); }',
    '        audit("visit", member.getIdCard());',
    '    }',
    '    private void audit(String event, String detail) { log.info("audit {} {}", event, detail); }',
    '}',
    '',
  ].join('\n');
}

/** The same in Go. */
export function goBlock(i: number): string {
  return [
    `type Member${String(i)} struct {`,
    '\tRealName string',
    '\tMobile   string',
    '\tIDCard   string',
    '}',
    `func (h *Handler) Handle${String(i)}(member *Member${String(i)}, phone string, level int) {`,
    '\th.logger.Info("member", zap.String("name", member.RealName), zap.Int("level", level))',
    '\th.logger.Debug("masked", zap.String("p", maskPhone(phone)))',
    '\tif len(phone) != 11 {',
    '\t\tlog.Println("phone format invalid")',
    '\t}',
    '\tbody, _ := json.Marshal(member)',
    '\th.client.Post("https://api.segment.io/v1/track", "application/json", bytes.NewReader(body))',
    '\tmsg := fmt.Sprintf("id %s", member.IDCard)',
    '\tlog.Println(msg)',
    '\th.rdb.Set(ctx, "m", member.Mobile, 0)',
    '\tfor k := 0; k < level; k++ {',
    '\t\tlog.Printf("k %d", k)',
    '\t}',
    `\th.audit${String(i)}("visit", member.IDCard)`,
    '}',
    `func (h *Handler) audit${String(i)}(event string, detail string) {`,
    '\th.logger.Info(event, zap.String("d", detail))',
    '}',
  ].join('\n');
}

/** The same in Kotlin. */
export function ktBlock(i: number): string {
  return [
    `data class Member${String(i)}(val realName: String, val mobile: String, val idCard: String, val level: Int)`,
    '',
    `class Handler${String(i)}(private val client: OkHttpClient) {`,
    `    fun handle(member: Member${String(i)}, phone: String) {`,
    '        val level = member.level + 1',
    '        Timber.i("member ${member.realName} level $level")',
    '        Log.d(TAG, "masked ${maskPhone(phone)}")',
    '        if (phone.length != 11) {',
    '            Log.w(TAG, "phone format invalid")',
    '        }',
    '        val payload = mapOf("id" to member.idCard, "tel" to phone)',
    '        mixpanel.track("visit", payload)',
    '        val json = gson.toJson(member)',
    '        client.newCall(Request.Builder().url(URL).post(json.toRequestBody()).build()).execute()',
    '        CrashReport.setUserId(member.mobile)',
    '        println("total ${level * 2}")',
    '        items.forEach { logger.info("item {}", it.sku) }',
    '        audit("visit", member.idCard)',
    '    }',
    '    private fun audit(event: String, detail: String) { logger.info("audit {} {}", event, detail) }',
    '}',
    '',
  ].join('\n');
}

/** The same in C#. */
export function csBlock(i: number): string {
  return [
    `public class Member${String(i)} { public string RealName { get; set; } public string Mobile { get; set; } public string IdCard { get; set; } public int Level { get; set; } }`,
    '',
    `public class Handler${String(i)}`,
    '{',
    `    public async Task Handle(Member${String(i)} member, string phone)`,
    '    {',
    '        var level = member.Level + 1;',
    '        _logger.LogInformation("member {Name} level {Level}", member.RealName, level);',
    '        _logger.LogDebug("masked {P}", MaskPhone(phone));',
    '        if (phone.Length != 11) { _logger.LogWarning("phone format invalid"); }',
    '        var payload = new { id = member.IdCard, tel = phone };',
    '        await _httpClient.PostAsJsonAsync("https://api.segment.io/v1/track", payload);',
    '        var json = JsonSerializer.Serialize(member);',
    '        await _cache.SetStringAsync("m", json);',
    '        Console.WriteLine($"total {level * 2}");',
    '        Audit("visit", member.IdCard);',
    '    }',
    '    private void Audit(string evt, string detail) => _logger.LogInformation("audit {E} {D}", evt, detail);',
    '}',
    '',
  ].join('\n');
}

export const LANGUAGES: readonly { path: string; block: (i: number) => string }[] = [
  { path: 'src/members.ts', block: tsBlock },
  { path: 'src/members.py', block: pyBlock },
  { path: 'src/main/java/Members.java', block: javaBlock },
  { path: 'internal/members.go', block: goBlock },
  { path: 'app/src/main/java/Members.kt', block: ktBlock },
  { path: 'src/Api/Members.cs', block: csBlock },
];

export function generate(block: (i: number) => string, lines: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const b = block(i);
    out.push(b);
    count += b.split('\n').length;
  }
  // One join, so the text is one flat string as a file read from disk is: `'package …\n' +
  // out.join()` made a cons string, whose every character read went through its first half.
  if (block === goBlock) out.unshift('package members');
  return out.join('\n');
}
