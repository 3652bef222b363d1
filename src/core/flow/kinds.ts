/**
 * What it means, in law, that personal information reaches a kind of sink. Data validated by
 * zod like the rest of the legal model; every citation carries the reference's confidence
 * mark (listed in docs/legal-basis.md); a flow abroad also needs the PIPL Art. 39 notice and
 * consent. Articles not read in a source text (PIPL Art. 23, Art. 39) are marked `memory` (not
 * verified).
 */
import { z } from 'zod';
import { basisSchema, bilingualSchema, type Basis, type Bilingual } from '../law/schema.js';

/** The kinds of place personal information can go. */
export const SINK_KINDS = ['log', 'http', 'sdk', 'queue', 'export', 'cache'] as const;
export const sinkKindSchema = z.enum(SINK_KINDS);
export type SinkKind = z.infer<typeof sinkKindSchema>;

const kindMeaningSchema = z.object({
  label: bilingualSchema,
  /** What reaching this sink means, one sentence per language. */
  meaning: bilingualSchema,
  basis: z.array(basisSchema).min(1),
});
export type KindMeaning = z.infer<typeof kindMeaningSchema>;

const ART51: Basis = { instrument: 'pipl', article: 'Art. 51', confidence: 'verified' };
const PROVIDING: Basis[] = [
  { instrument: 'fs2017_10', article: 'Art. 3', confidence: 'verified' },
  { instrument: 'pipl', article: 'Art. 55(3)', confidence: 'verified' },
  { instrument: 'pipl', article: 'Art. 23', confidence: 'memory' },
];

const MEANINGS = z.record(sinkKindSchema, kindMeaningSchema).parse({
  log: {
    label: { en: 'log', zh: '日志' },
    meaning: {
      en: 'PI written to logs in clear: security measures (classified management, encryption, de-identification) are the processor’s duty',
      zh: '个人信息以明文写入日志：个人信息处理者应采取分类管理、加密、去标识化等安全措施',
    },
    basis: [ART51],
  },
  http: {
    label: { en: 'HTTP/RPC client', zh: 'HTTP/RPC 客户端' },
    meaning: {
      en: 'PI sent to another system: if the recipient is another processor, this is providing PI (impact assessment in advance)',
      zh: '个人信息发送到其他系统：接收方为其他个人信息处理者的，构成向他人提供（须事前进行个人信息保护影响评估）',
    },
    basis: PROVIDING,
  },
  sdk: {
    label: { en: 'third-party SDK', zh: '第三方 SDK' },
    meaning: {
      en: 'PI handed to a third-party SDK (analytics, push, SMS, maps, crash reporting): providing PI to another processor',
      zh: '个人信息交给第三方 SDK（统计、推送、短信、地图、崩溃上报）：向其他个人信息处理者提供',
    },
    basis: PROVIDING,
  },
  queue: {
    label: { en: 'message queue', zh: '消息队列' },
    meaning: {
      en: 'PI transmitted through a message queue: transmission is processing and needs security measures',
      zh: '个人信息经消息队列传输：传输属于个人信息处理，须采取安全措施',
    },
    basis: [{ instrument: 'pipl', article: 'Art. 4', confidence: 'verified' }, ART51],
  },
  export: {
    label: { en: 'export or file', zh: '导出或文件' },
    meaning: {
      en: 'PI written to a file or spreadsheet: an export that leaves the system’s controls; giving it to others is providing PI',
      zh: '个人信息写入文件或表格：导出后脱离系统管控；交给他人即构成提供',
    },
    basis: [ART51, { instrument: 'fs2017_10', article: 'Art. 3', confidence: 'verified' }],
  },
  cache: {
    label: { en: 'cache', zh: '缓存' },
    meaning: {
      en: 'PI stored in a cache in clear: security measures apply to storage as well',
      zh: '个人信息以明文存入缓存：存储同样须采取安全措施',
    },
    basis: [ART51],
  },
});

/** The legal meaning of a sink kind. */
export function kindMeaning(kind: SinkKind): KindMeaning {
  return MEANINGS[kind];
}

/** What a flow abroad adds (PIPL Art. 38, 39, 55): a mechanism, notice and separate consent, a PIPIA. */
export const CROSS_BORDER_MEANING: { readonly meaning: Bilingual; readonly basis: readonly Basis[] } = {
  meaning: {
    en: 'PI provided abroad: a cross-border mechanism (security assessment, standard contract or certification, unless exempt), notice and separate consent, and an impact assessment',
    zh: '向境外提供个人信息：须具备出境机制（安全评估、标准合同或认证，豁免情形除外）、告知并取得单独同意，并进行个人信息保护影响评估',
  },
  basis: [
    { instrument: 'pipl', article: 'Art. 38(1)', confidence: 'verified' },
    { instrument: 'pipl', article: 'Art. 55(4)', confidence: 'verified' },
    { instrument: 'pipl', article: 'Art. 39', confidence: 'memory' },
    { instrument: 'cross_border_2024', article: 'Art. 7', confidence: 'partial' },
    { instrument: 'cross_border_2024', article: 'Art. 8', confidence: 'partial' },
  ],
};
