/**
 * Team decisions in `.pilens.json`: "this field of this owner is not personal information" or
 * "is this category", recorded from the editor's quick fixes so the CLI and CI apply them too.
 * Names are matched exactly (ignoring case), never as patterns, so decisions stay in force in
 * an untrusted workspace: nothing the workspace wrote is run.
 */
import { z } from 'zod';
import { isValueLikeName } from '../values/names.js';
import { CLASS_A_KEYS, CLASS_B_KEYS, CLASS_C_KEYS } from '../law/schema.js';

/** The owner that stands for every owner (and for fields with none). */
export const ANY_OWNER = '*';

/** Control characters would hide text in a review of the shared file. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A field or owner name as the scan reports it (`phone`, `t_customer`, `/members/{id}`, `姓名`).
 * A name that holds a personal value (a JSON key that is a phone number) is refused: the file
 * is shared, and such a name would put the value in it.
 */
const decisionName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !CONTROL.test(s), 'control characters are not allowed in a name')
  .refine((s) => !s.includes('*') || s === ANY_OWNER, '"*" is allowed only as the whole owner (every owner)')
  .refine(
    (s) => !isValueLikeName(s),
    'this name holds a personal value (a phone, ID or card number…): annotate the field with @pi in the code instead',
  );

export const decisionSchema = z
  .object({
    owner: decisionName.describe(
      'The table, class, message or schema holding the field, as pilens reports it; `*` for every owner.',
    ),
    field: decisionName.describe('The field name as pilens reports it (`phone`, `sfzh`).'),
    category: z
      .enum([...CLASS_A_KEYS, ...CLASS_B_KEYS, ...CLASS_C_KEYS, 'none'], {
        error: (issue) =>
          `unknown category ${JSON.stringify(issue.input)}: use a category key (id_number, name, contact, …) or "none"`,
      })
      .describe('`none`: not personal information; or the category the team decided on.'),
    reason: z
      .string()
      .max(500)
      // Line breaks are fine (shown as spaces); other control characters could drive a terminal.
      .refine(
        (s) => !CONTROL.test(s.replace(/[\r\n\t]/g, ' ')),
        'control characters are not allowed in a reason',
      )
      .optional()
      .describe('Why the team decided so; shown on hover and in the CLI.'),
  })
  .strict()
  .describe('A team decision about one field of one owner.');

/** One validated team decision. */
export type Decision = z.infer<typeof decisionSchema>;
