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

/**
 * Parses a tag's content (without the surrounding backquotes): each `key:"value"` pair, as
 * `/([A-Za-z_][\w-]*):"((?:[^"\\]|\\.)*)"/g` would find them. Read with a character loop
 * rather than that expression: a Go file has a tag on most struct fields, and the match arrays
 * and strings were a tenth of what reading a Go file allocated (issue 8).
 */
export function parseTag(tag: string): TagInfo {
  const info: TagInfo = { aliases: [], descriptions: [] };
  const n = tag.length;
  let i = 0;
  while (i < n) {
    if (!isKeyStart(tag.charCodeAt(i))) {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < n && isKeyPart(tag.charCodeAt(k))) k++;
    // No match starting anywhere in this key: each would end at `k` as this one does.
    const close =
      tag.charCodeAt(k) === COLON && tag.charCodeAt(k + 1) === QUOTE ? closingQuote(tag, k + 2) : -1;
    if (close < 0) {
      i = k;
      continue;
    }
    pair(tag.slice(i, k), tag.slice(k + 2, close), k + 2, info);
    i = close + 1;
  }
  return info;
}

const COLON = 58;
const QUOTE = 34;
const BACKSLASH = 92;
const APOSTROPHE = 39;
const COMMA = 44;

/** One `key:"value"` pair of a tag, `offset` that of the value. */
function pair(key: string, value: string, offset: number, info: TagInfo): void {
  if (key === 'gorm') gormSettings(value, offset, info);
  else if (key === 'xorm') xormSettings(value, offset, info);
  else if (DESCRIPTION_KEYS.has(key)) info.descriptions.push(value);
  else if (NAME_KEYS.has(key)) wireName(value, offset, info);
}

/**
 * The name is the first comma-separated part (`/^'?([A-Za-z_]\w*)'?(?=,|$)/`); bun and go-pg
 * also put options first (`bun:"rel:belongs-to,join:user_id=id"`, `bun:"table:users"`), which
 * name nothing. The offset is the value's plus the quotes matched, as it always was.
 */
function wireName(value: string, offset: number, info: TagInfo): void {
  const n = value.length;
  const start = value.charCodeAt(0) === APOSTROPHE ? 1 : 0;
  if (start >= n || !isKeyStart(value.charCodeAt(start))) return;
  let end = start + 1;
  while (end < n && isWord(value.charCodeAt(end))) end++;
  let matched = end;
  if (end < n && value.charCodeAt(end) === APOSTROPHE) matched = end + 1;
  if (matched < n && value.charCodeAt(matched) !== COMMA) return;
  info.aliases.push({ value: value.slice(start, end), offset: offset + (matched - (end - start)) });
}

/** Where the value starting at `from` ends (its closing `"`), or -1 when it is not closed. */
function closingQuote(tag: string, from: number): number {
  const n = tag.length;
  for (let j = from; j < n; j++) {
    const c = tag.charCodeAt(j);
    if (c === QUOTE) return j;
    if (c === BACKSLASH) {
      // `\.`: any character but a line terminator may be escaped.
      const next = tag.charCodeAt(j + 1);
      if (j + 1 >= n || next === 10 || next === 13 || next === 0x2028 || next === 0x2029) return -1;
      j++;
    }
  }
  return -1;
}

/** `[A-Za-z_]`. */
function isKeyStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** `\w` (ASCII). */
function isWord(c: number): boolean {
  return isKeyStart(c) || (c >= 48 && c <= 57);
}

/** `[\w-]`. */
function isKeyPart(c: number): boolean {
  return isWord(c) || c === 45;
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
