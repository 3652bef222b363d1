/**
 * Article references in the reader's language. The catalogue writes them the English way
 * (`Art. 5(1)(3)`, `Table B.1`); a Chinese reading uses the statute's own numbering
 * (`第五条第一款第三项`, `表B.1`), so a Chinese hover carries no English fragment.
 */
import type { Locale } from './format.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/** `1034` → `一千零三十四`, `15` → `十五`; integers from 0 to 9,999 (articles never go higher). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n === 0) return DIGITS[0] ?? '零';
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, k) => {
    const unit = UNITS[digits.length - 1 - k] ?? '';
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    // 十五, not 一十五, when the number starts with the tens.
    out += (d === 1 && unit === '十' && out === '' ? '' : (DIGITS[d] ?? '')) + unit;
  });
  return out;
}

const ord = (n: string): string => chineseNumeral(Number(n));

/** `Art. 5(1)(3)` → `第五条第一款第三项`; `5(2)(3)` (no `Art.`) likewise. */
function article(num: string, paragraph?: string, item?: string): string {
  const para = paragraph === undefined ? '' : `第${ord(paragraph)}款`;
  const it = item === undefined ? '' : `第${ord(item)}项`;
  return `第${ord(num)}条${para}${it}`;
}

/**
 * An article reference for `locale`: unchanged in English; in Chinese, articles, paragraphs and
 * items in Chinese numbering, tables and annexes as 表/附录, ranges with 至, lists with 、.
 */
export function articleText(reference: string, locale: Locale): string {
  if (locale === 'en') return reference;
  let out = reference
    // `Art. 5(1)(3)–(6)`: items 3 to 6 of one paragraph.
    .replace(
      /(?:Art\.\s*)?(\d+)\((\d+)\)\((\d+)\)[–-]\((\d+)\)/g,
      (_m, a: string, p: string, i: string, j: string) => `${article(a, p, i)}至第${ord(j)}项`,
    )
    .replace(/(?:Art\.\s*)?(\d+)\((\d+)\)\((\d+)\)/g, (_m, a: string, p: string, i: string) =>
      article(a, p, i),
    )
    .replace(/(?:Art\.\s*)?(\d+)\((\d+)\)/g, (_m, a: string, p: string) => article(a, p))
    .replace(/Art\.\s*(\d+)/g, (_m, a: string) => article(a))
    .replace(/Table\s+/g, '表')
    .replace(/Annex\s+/g, '附录')
    .replace(/key point\s+(\d+)/g, (_m, n: string) => `裁判要点${ord(n)}`)
    .replace(/§\s*([\d.]+)\s*Note\s*(\d+)/g, (_m, s: string, n: string) => `${s}注${n}`)
    .replace(/\bholding\b/g, '裁判要旨');
  // `第七条, 8` after the article: a bare number continuing a list is an article too.
  out = out.replace(
    /(条[^,，、]*)(?:,\s*)(\d+)(?!\d)/g,
    (_m, before: string, n: string) => `${before}、第${ord(n)}条`,
  );
  return out.replace(/,\s*/g, '、');
}
