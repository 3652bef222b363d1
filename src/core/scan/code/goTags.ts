/**
 * Go struct tags (`json:"id_card" gorm:"column:sfzh;comment:身份证号"`): the storage names they
 * give a field and the descriptions they carry, with offsets relative to the tag's content.
 */

export interface TagInfo {
  /** Storage or wire names (`gorm` column, `db`, `json`, `bson`…) with their offsets. */
  readonly aliases: { value: string; offset: number }[];
  readonly descriptions: string[];
}

const NAME_KEYS = new Set(['json', 'db', 'bson', 'xml', 'yaml', 'form', 'mapstructure', 'xorm', 'pg', 'bun']);
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
    else if (DESCRIPTION_KEYS.has(key)) info.descriptions.push(value);
    else if (NAME_KEYS.has(key)) {
      const name = /^'?([A-Za-z_]\w*)/.exec(value);
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
