/**
 * The shape of a sink rule, validated by sinks.ts when it compiles the rules, and the shorthands
 * the rule files (one per sink kind, beside this one) write them with.
 */
import { z } from 'zod';
import { sinkKindSchema } from '../kinds.js';

export const FLOW_LANGUAGES = ['js', 'python', 'java', 'go', 'kotlin', 'csharp'] as const;
export type FlowLanguage = (typeof FLOW_LANGUAGES)[number];
export const regionSchema = z.enum(['mainland', 'abroad', 'unknown']);
export type Region = z.infer<typeof regionSchema>;

export const sinkRuleSchema = z.object({
  kind: sinkKindSchema,
  /** Anchored, case-sensitive, matched against the dotted callee. */
  callee: z.string().min(1),
  languages: z.array(z.enum(FLOW_LANGUAGES)).min(1),
  vendor: z.string().min(1).optional(),
  region: regionSchema.optional(),
});
export type SinkRuleInput = z.input<typeof sinkRuleSchema>;

export const ALL: FlowLanguage[] = [...FLOW_LANGUAGES];
export const JS: FlowLanguage[] = ['js'];
export const PY: FlowLanguage[] = ['python'];
/** Java and Kotlin share the JVM's libraries (SLF4J, OkHttp, Spring, Android SDKs). */
export const JAVA: FlowLanguage[] = ['java', 'kotlin'];
export const GO: FlowLanguage[] = ['go'];
export const KT: FlowLanguage[] = ['kotlin'];
export const CS: FlowLanguage[] = ['csharp'];
/** Any prefix of receivers: `a.b.` or `getLogger().` */
export const P = String.raw`(?:[\w$]+(?:\(\))?\.)*`;
