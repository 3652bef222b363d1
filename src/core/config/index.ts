/**
 * `.pilens.json`: the zod schema (source of the generated JSON Schema), parsing with precise
 * errors, the untrusted view, and bounded pattern matching.
 */
export {
  parseConfig,
  untrustedView,
  type ConfigError,
  type ParseConfigOptions,
  type ParseConfigResult,
} from './parse.js';
export {
  pilensConfigSchema,
  overrideSchema,
  vocabularyEntrySchema,
  fieldPatternSchema,
  CLASSIFIABLE_KEYS,
  type PilensConfig,
  type ConfigOverride,
} from './schema.js';
export { matchGlob, matchWildcard } from './glob.js';
export { decisionSchema, ANY_OWNER, type Decision } from './decisionSchema.js';
export { recordDecision, type RecordDecisionResult } from './recordDecision.js';
