/**
 * A column its comment calls the table's primary key (`customer_id` // 主键id, `user_id` //
 * "primary key, auto increment") is the row's surrogate key: it numbers the rows, it is nobody's
 * identifier (issue 9, branch `det-sql`; `docs/detection-rulings.md`, "SQL columns").
 */
import type { Reading } from './choose.js';

/** Comments that open by calling the column the primary key or an auto-increment number. */
const PRIMARY_KEY_COMMENT = /^\s*(?:主键|自增主键|自增id|自增编号|primary key\b|pk\b|auto[- _]?increment)/i;

/** Last words of a key column's name (`customer_id`, `member_uuid`). */
const KEY_WORDS: ReadonlySet<string> = new Set(['id', 'uuid', 'guid']);

/**
 * Whether a key read from the field's name (`customer_id`, an online identifier) is described as
 * the table's primary key. `用户表主键` (the user table's key, a foreign key here) does not open
 * with 主键 and is not one.
 */
export function describedAsPrimaryKey(
  reading: Reading,
  words: readonly string[],
  comment: string | undefined,
): boolean {
  return (
    reading.from === 'name' &&
    comment !== undefined &&
    KEY_WORDS.has(words[words.length - 1] ?? '') &&
    PRIMARY_KEY_COMMENT.test(comment)
  );
}
