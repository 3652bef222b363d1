/**
 * The `.pilens.json` schema. It is the single source: the extension generates the JSON Schema
 * contributed through `jsonValidation` from it with `z.toJSONSchema`, so it contains no
 * transforms, and every property carries a `.describe()` text that becomes the editor's hover.
 */
import { HAN } from '../text/han.js';
import { sectorIdSchema } from '../law/sectors/schema.js';
import { z } from 'zod';
import { CLASS_A_KEYS, CLASS_B_KEYS, CLASS_C_KEYS, contestedReadingSchema } from '../law/schema.js';
import { strengthSchema } from '../detect/vocabulary/schema.js';
import { decisionSchema } from './decisionSchema.js';

/** Categories a user may classify into (flags are not categories). */
export const CLASSIFIABLE_KEYS = [...CLASS_A_KEYS, ...CLASS_B_KEYS, ...CLASS_C_KEYS] as const;
export const classifiableKeySchema = z.enum(CLASSIFIABLE_KEYS).describe('A pilens category key.');

const word = z.string().trim().min(1).max(64);

/**
 * A field or owner pattern: letters, digits, `_ - . $`, Chinese, and `*` as a wildcard. Never a
 * regular expression: matching is linear, so a workspace file cannot make the scan hang.
 */
export const fieldPatternSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(
    new RegExp(`^[\\w.$*\\-${HAN}]+$`),
    'use letters, digits, _ - . $, Chinese characters and * only (not a regular expression)',
  )
  .describe(
    'A simple pattern: `*` matches any run of characters; matching ignores case. Not a regular expression.',
  );

export const vocabularyEntrySchema = z
  .object({
    en: z
      .array(word)
      .max(500)
      .optional()
      .describe('English words or identifiers (`member_card_no`), split like code names.'),
    zh: z
      .array(word)
      .max(500)
      .optional()
      .describe('Chinese terms (`会员卡号`), matched inside names and comments.'),
    pinyin: z
      .array(word)
      .max(500)
      .optional()
      .describe('Pinyin abbreviations (`hykh`), matched as whole words.'),
    strength: strengthSchema
      .exclude(['ambiguous'])
      .optional()
      .describe('How much the words say alone; default `strong` (high confidence).'),
  })
  .strict()
  .describe('Extra detection words for one category.');

export const overrideSchema = z
  .object({
    field: fieldPatternSchema.describe('Field names to override, e.g. `cust_*` or `sfzh`.'),
    owner: fieldPatternSchema
      .optional()
      .describe('Only fields of owners (tables, classes) matching this pattern.'),
    category: z
      .enum([...CLASSIFIABLE_KEYS, 'none'], {
        error: (issue) =>
          `unknown category ${JSON.stringify(issue.input)}: use a category key (id_number, name, contact, …) or "none"`,
      })
      .describe('The category to report, or `none` to never report the field.'),
  })
  .strict()
  .describe('Classify matching fields explicitly, like an `@pi` annotation.');

export const pilensConfigSchema = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of this file.'),
    vocabulary: z
      .partialRecord(classifiableKeySchema, vocabularyEntrySchema)
      .optional()
      .describe('Custom vocabulary per category, added to the built-in one.'),
    negatives: z
      .object({
        en: z
          .array(word)
          .max(500)
          .optional()
          .describe('Names that are never PI here (`order_contact_template`).'),
        zh: z.array(word).max(500).optional().describe('Chinese terms that are never PI here (`门店电话`).'),
      })
      .strict()
      .optional()
      .describe('Extra negative vocabulary: matching names are not reported.'),
    ignores: z
      .array(z.string().min(1).max(256))
      .max(200)
      .optional()
      .describe('Glob patterns (`**` `*` `?`) of files not to scan, relative to the workspace folder.'),
    overrides: z
      .array(overrideSchema)
      .max(500)
      .optional()
      .describe('Explicit classifications by field name pattern.'),
    decisions: z
      .array(decisionSchema)
      .max(2000)
      .optional()
      .describe(
        "Team decisions by owner and field, recorded by the editor's quick fixes; they apply in the editor, the CLI and CI.",
      ),
    contestedReading: contestedReadingSchema
      .optional()
      .describe(
        'Contested mappings (resident-ID information, bare bank-card numbers, real-estate and vehicle owners, financial credentials, e-commerce orders, historical location records): `strict` (default) takes the lower threshold.',
      ),
    sector: sectorIdSchema
      .optional()
      .describe(
        "The sector pack for the inventory's grade (`finance`, `health`, `automotive`): adds the sector's class where its rules give one, with source and confidence, and flags the sector's fields for review.",
      ),
    minimumConfidence: z
      .enum(['low', 'medium', 'high'])
      .optional()
      .describe('Findings below this confidence are not reported (default `low`: report all).'),
    includeUsages: z
      .boolean()
      .optional()
      .describe('Report usages (`user.idCard`) as well as declarations (default true).'),
    personOwners: z
      .array(word)
      .max(200)
      .optional()
      .describe('Extra owner names whose fields describe a person (`t_ry`, `kehu`).'),
    nonPersonOwners: z
      .array(word)
      .max(200)
      .optional()
      .describe('Extra owner names whose fields are not personal (`shop_branch`).'),
  })
  .strict()
  .describe('pilens workspace configuration (.pilens.json).');

/** A validated `.pilens.json`. */
export type PilensConfig = z.infer<typeof pilensConfigSchema>;
export type ConfigOverride = z.infer<typeof overrideSchema>;
