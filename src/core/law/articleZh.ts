/**
 * Chinese article numbering for citations: `Art. 253-1(2)` → 第二百五十三条之一第二款,
 * `Art. 5(1)(3)` → 第五条第一款第三项. A single `(n)` is a paragraph (款) in the criminal
 * instruments and an item (项) in the PIPL and the regulations, so the instrument says which.
 */

/** What a single `(n)` after an article number denotes. */
export type ParenMeaning = 'para' | 'item';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/** 1 → 一, 10 → 十, 15 → 十五, 253 → 二百五十三, 1034 → 一千零三十四 (1–9999). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`no Chinese numeral for ${n}`);
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += `${DIGITS[d] ?? ''}${unit}`;
  });
  // 十五, not 一十五, when ten leads.
  return out.startsWith('一十') ? out.slice(1) : out;
}

const ARTICLE = /^Art\. (\d+)(?:-(\d+))?((?:\(\d+\))*)$/;

/**
 * The Chinese form of one article reference in the model's English notation. Throws on a form
 * it does not know, so a new citation style fails the catalogue tests instead of rendering
 * English inside a Chinese hover.
 */
export function chineseArticle(article: string, paren: ParenMeaning): string {
  const m = ARTICLE.exec(article);
  if (m !== null) {
    const [, num, sub, parens] = m;
    let out = `第${chineseNumber(Number(num))}条${sub === undefined ? '' : `之${chineseNumber(Number(sub))}`}`;
    const parts = [...(parens ?? '').matchAll(/\((\d+)\)/g)].map((p) => Number(p[1]));
    if (parts.length === 1) out += `第${chineseNumber(parts[0] ?? 0)}${paren === 'para' ? '款' : '项'}`;
    else if (parts.length === 2)
      out += `第${chineseNumber(parts[0] ?? 0)}款第${chineseNumber(parts[1] ?? 0)}项`;
    else if (parts.length > 2) throw new Error(`unknown article form: ${article}`);
    return out;
  }
  const table = /^Table ([A-Z]\.\d+)$/.exec(article);
  if (table !== null) return `表${table[1] ?? ''}`;
  const annex = /^Annex ([A-Z])$/.exec(article);
  if (annex !== null) return `附录${annex[1] ?? ''}`;
  const keyPoint = /^key point (\d+)$/.exec(article);
  if (keyPoint !== null) return `裁判要点${chineseNumber(Number(keyPoint[1]))}`;
  if (article === 'holding') return '裁判要点';
  const clause = /^§(\d+(?:\.\d+)*) Note (\d+)$/.exec(article);
  if (clause !== null) return `${clause[1] ?? ''}注${clause[2] ?? ''}`;
  throw new Error(`unknown article form: ${article}`);
}
