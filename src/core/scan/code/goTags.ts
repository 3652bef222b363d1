/**
 * Go struct tags (`json:"id_card" gorm:"column:sfzh;comment:身份证号"`): the storage names they
 * give a field and the descriptions they carry, with offsets relative to the tag's content.
 */

export interface TagInfo {
  /** Storage or wire names (`gorm` column, `db`, `json`, `bson`…) with their offsets. */
  readonly aliases: { value: string; offset: number }[];
  readonly descriptions: string[];
}

const NAME_KEYS = new Set(['json', 'db', 'bson', 'xml', 'yaml', 'form', 'mapstructure', 'pg', 'bun']);
const DESCRIPTION_KEYS = new Set(['comment', 'description', 'desc', 'label', 'title']);

/** Parses a tag's content (without the surrounding backquotes). */
export function parseTag(tag: string): TagInfo {
  const info: TagInfo = { aliases: [], descriptions: [] };
  const pair = /([A-Za-z_][\w-]*):"((?:[^"\\]|\\.)*)"/g;
  for (let m = pair.exec(tag); m; m = pair.exec(tag)) {
    const key = m[1] ?? '';
    const value = m[2] ?? '';
    const valueOffset = m.index + key.length + 2;
    if (key === 'gorm') gormSettings(value, valueOffset, info);
    else if (key === 'xorm') xormSettings(value, valueOffset, info);
    else if (DESCRIPTION_KEYS.has(key)) info.descriptions.push(value);
    else if (NAME_KEYS.has(key)) {
      // The name is the first comma-separated part; bun and go-pg also put options first
      // (`bun:"rel:belongs-to,join:user_id=id"`, `bun:"table:users"`), which name nothing.
      const name = /^'?([A-Za-z_]\w*)'?(?=,|$)/.exec(value);
      if (name?.[1])
        info.aliases.push({ value: name[1], offset: valueOffset + (name[0].length - name[1].length) });
    }
  }
  return info;
}

/** `column:sfzh;type:varchar(18);comment:身份证号`. */
function gormSettings(value: string, offset: number, info: TagInfo): void {
  let at = 0;
  for (const part of value.split(';')) {
    const colon = part.indexOf(':');
    const key = (colon < 0 ? part : part.slice(0, colon)).trim().toLowerCase();
    const v = colon < 0 ? '' : part.slice(colon + 1);
    if (key === 'column' && v.trim())
      info.aliases.push({
        value: v.trim(),
        offset: offset + at + colon + 1 + (v.length - v.trimStart().length),
      });
    else if (key === 'comment' && v.trim()) info.descriptions.push(v.trim().replace(/^'(.*)'$/, '$1'));
    at += part.length + 1;
  }
}

/**
 * xorm settings are words, not `key:value` pairs (`'sfzh' varchar(18) NOT NULL UNIQUE
 * comment('身份证号')`): the column is the one word that is not an xorm keyword or SQL type,
 * or a quoted one. Without this, `UNIQUE` or `NOT` would be taken for the column's name.
 */
const XORM_KEYWORDS = new Set(
  (
    'pk null not notnull autoincr unique index extends deleted created updated version default ' +
    'comment cache nocache local utc json jsonb bit tinyint smallint mediumint int integer bigint ' +
    'float double real decimal numeric char varchar nchar nvarchar tinytext text mediumtext ' +
    'longtext clob binary varbinary tinyblob blob mediumblob longblob bytea bool boolean date ' +
    'datetime time timestamp timestampz serial bigserial uuid enum set'
  ).split(' '),
);

function xormSettings(value: string, offset: number, info: TagInfo): void {
  // A word, a quoted name, or a keyword with arguments (`varchar(18)`, `comment('…')`).
  const word = /'([^']*)'|([\p{L}_][\p{L}\p{N}_]*)(\(([^)]*)\))?|\S+/gu;
  let afterDefault = false;
  for (let m = word.exec(value); m; m = word.exec(value)) {
    const [, quoted, bare, call, argument] = m;
    const lower = bare?.toLowerCase();
    const skip = afterDefault;
    afterDefault = lower === 'default' && call === undefined;
    if (skip) continue;
    if (lower === 'comment' && argument !== undefined) {
      const text = argument.trim().replace(/^'(.*)'$/, '$1');
      if (text !== '') info.descriptions.push(text);
    } else if (quoted !== undefined && /^[A-Za-z_]\w*$/.test(quoted))
      info.aliases.push({ value: quoted, offset: offset + m.index + 1 });
    else if (bare !== undefined && call === undefined && lower !== undefined && !XORM_KEYWORDS.has(lower))
      info.aliases.push({ value: bare, offset: offset + m.index });
  }
}
