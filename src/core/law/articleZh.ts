/**
 * Chinese article numbering for citations: `Art. 253-1(2)` → 第二百五十三条之一第二款,
 * `Art. 5(1)(3)` → 第五条第一款第三项. A single `(n)` is a paragraph (款) in the criminal
 * instruments and an item (项) in the PIPL and the regulations, so the instrument says which.
 * The one place that writes Chinese statutory numbering: structured citations use
 * `chineseArticle`, free-text references in a report (`法释〔2017〕10号 Art. 5(1)(3)–(6), 5(2)(3)`)
 * use `articleText`.
 */
import type { Locale } from './format.js';

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

/** A numbered reference: `Art. 253-1(2)`, `5(2)(3)` (continuing a list), `Art. 5(1)(3)–(6)`. */
const REFERENCE = /(Art\.\s*)?(\d+)(?:-(\d+))?((?:\(\d+\)){1,2})?(?:[–-]\((\d+)\))?/g;

/** English instrument names that open a free-text reference, and their Chinese titles. */
const NAMES: readonly (readonly [RegExp, string])[] = [
  [/Criminal Law\s*/g, '《刑法》'],
  [/PIPL\s*/g, '《个人信息保护法》'],
  [/Interpretation\s*/g, '《解释》'],
  [/Table\s+/g, '表'],
  [/Annex\s+/g, '附录'],
];

/**
 * A free-text reference (a reason's or a related offence's `basis`) for `locale`: unchanged in
 * English; in Chinese, articles in the criminal instruments' numbering (a single `(n)` is a
 * paragraph, 款), ranges with 至, lists with 、, and the English instrument names in 《》.
 * A bare number is read as an article only after `Art.` or before `(`, so `〔2009〕19号` stays.
 */
export function articleText(reference: string, locale: Locale): string {
  if (locale === 'en') return reference;
  let out = reference.replace(
    REFERENCE,
    (
      m,
      art: string | undefined,
      num: string,
      sub: string | undefined,
      parens: string | undefined,
      to: string | undefined,
    ) => {
      if (art === undefined && parens === undefined) return m;
      const base = chineseArticle(`Art. ${num}${sub === undefined ? '' : `-${sub}`}${parens ?? ''}`, 'para');
      return to === undefined ? base : `${base}至第${chineseNumber(Number(to))}项`;
    },
  );
  for (const [name, zh] of NAMES) out = out.replace(name, zh);
  // `第七条, 8`: a bare number continuing a list of articles is an article too.
  out = out.replace(
    /(条[^,，;；]*),\s*(\d+)(?![\d(])/g,
    (_m, before: string, n: string) => `${before}、第${chineseNumber(Number(n))}条`,
  );
  return out.replace(/\s+第/g, '第').replace(/,\s*/g, '、').replace(/;\s*/g, '；');
}
