/**
 * Compiles a validated `.pilens.json` into what the scan needs: the vocabulary with the
 * user's words and negatives added (through the same schema and compiler as the built-in
 * data), owner word additions, and the override list. Cached per config object.
 */
import type { PilensConfig } from '../config/schema.js';
import { compileVocabulary, type CompiledVocabulary } from './vocabulary/compile.js';
import { DETECTION_CONTEXT, VOCABULARY_DATA, defaultVocabulary } from './vocabulary/index.js';
import { tokenize } from './tokenize.js';
import type { CategoryVocabularyInput, DetectionContext } from './vocabulary/schema.js';

const cache = new WeakMap<PilensConfig, CompiledVocabulary>();

/** The vocabulary for a config: the default one when the config adds no words. */
export function vocabularyFor(config: PilensConfig | undefined): CompiledVocabulary {
  if (config === undefined) return defaultVocabulary();
  const hasWords =
    config.vocabulary !== undefined ||
    config.negatives !== undefined ||
    config.personOwners !== undefined ||
    config.nonPersonOwners !== undefined;
  if (!hasWords) return defaultVocabulary();
  let compiled = cache.get(config);
  if (compiled === undefined) {
    compiled = compileVocabulary(VOCABULARY_DATA, contextFor(config), customCategories(config));
    cache.set(config, compiled);
  }
  return compiled;
}

function customCategories(config: PilensConfig): CategoryVocabularyInput[] {
  const out: CategoryVocabularyInput[] = [];
  for (const [category, entry] of Object.entries(config.vocabulary ?? {})) {
    out.push({
      category: category as CategoryVocabularyInput['category'],
      terms: [
        {
          strength: entry.strength ?? 'strong',
          en: entry.en ?? [],
          zh: entry.zh ?? [],
          pinyin: entry.pinyin ?? [],
        },
      ],
    });
  }
  return out;
}

function contextFor(config: PilensConfig): DetectionContext {
  const ctx = DETECTION_CONTEXT;
  return {
    ...ctx,
    personOwners: {
      en: [...ctx.personOwners.en, ...ownerWords(config.personOwners)],
      zh: [...ctx.personOwners.zh, ...hanWords(config.personOwners)],
    },
    nonPersonOwners: {
      en: [...ctx.nonPersonOwners.en, ...ownerWords(config.nonPersonOwners)],
      zh: [...ctx.nonPersonOwners.zh, ...hanWords(config.nonPersonOwners)],
    },
    negativeCompounds: [...ctx.negativeCompounds, ...(config.negatives?.en ?? [])],
    negativeTermsZh: [...(ctx.negativeTermsZh ?? []), ...(config.negatives?.zh ?? [])],
  };
}

/** User owner names (`t_ry`, `KeHu`) as the single lower-case words the matcher compares. */
function ownerWords(list: readonly string[] | undefined): string[] {
  return (list ?? [])
    .flatMap((w) =>
      tokenize(w)
        .filter((t) => t.kind === 'word')
        .map((t) => t.text),
    )
    .filter((w) => /^[a-z][a-z0-9]*$/.test(w));
}

/** Chinese owner names (`人员`) from the same list. */
function hanWords(list: readonly string[] | undefined): string[] {
  return (list ?? []).flatMap((w) =>
    tokenize(w)
      .filter((t) => t.kind === 'han')
      .map((t) => t.text),
  );
}
