/**
 * Identifier splitting: a careful reader's way of cutting `userIDCard`, `ID_CARD_NO`,
 * `id-card`, `user.idCard`, `用户身份证号` or `sfzh` into lower-case words. Pinyin
 * abbreviations are ordinary tokens (`sfzh`); Chinese runs stay whole and are matched as
 * substrings later, since Chinese has no word separators.
 */
import { isHan } from '../text/han.js';

/** A piece of an identifier. `kind` tells the matcher which vocabulary applies. */
export interface Token {
  /** Lower-case ASCII word, digits, or a Chinese run as written. */
  readonly text: string;
  readonly kind: 'word' | 'digits' | 'han';
  /** Index of the dotted/slashed path segment (`user.idCard`: user 0, id 1, card 1). */
  readonly segment: number;
}

/**
 * Letter+digit words that lose their meaning when cut at the digit (`ipv4` is not `ipv`, `4`),
 * and brand names that lose it when cut at their inner capital (`WeChat` is not `we`, `chat`).
 * Kept small on purpose: anything else splits at digits (`address2` → address, 2).
 */
const ALNUM_WORDS: ReadonlySet<string> = new Set([
  'ipv4',
  'ipv6',
  'md5',
  'sha1',
  'sha256',
  'sha512',
  'base64',
  'utf8',
  'oauth2',
  'e164',
  'x509',
  'h5',
  'mp3',
  'mp4',
  's3',
  'k8s',
  'i18n',
  'l10n',
  '2fa',
  'b2b',
  'b2c',
  'p2p',
  'o2o',
  // Body readings: SpO2 (blood oxygen), HbA1c (glycated haemoglobin), VO2max.
  'spo2',
  'hba1c',
  'vo2',
  'vo2max',
  // Mixed-case abbreviations cut at their inner capital: `DoB` (date of birth) is not do + b.
  'dob',
  // `PassWord`, `CheckPassWordRequest`: one word written with an inner capital.
  'password',
  // Brand names written in camel case (`WeChatID`, `AliPayAccount`, `DingTalkUserID` in Go, C#
  // and Kotlin models) are one word, as the vocabulary spells them: `we chat` is no WeChat id,
  // and `face book` no face. (`iPhone` stays cut: `agIPhone` is a HIS prefix and a phone.)
  'wechat',
  'weixin',
  'alipay',
  'dingtalk',
  'whatsapp',
  'linkedin',
  'facebook',
  'github',
  'gitlab',
  'youtube',
  'paypal',
]);

// One definition of a Chinese character (text/han.ts); re-exported for the scanners that read it here.
export { isHan };

const enum CharClass {
  Upper,
  Lower,
  Digit,
  Han,
  PathSep,
  Other,
}

function classify(code: number): CharClass {
  if (code >= 65 && code <= 90) return CharClass.Upper;
  if (code >= 97 && code <= 122) return CharClass.Lower;
  if (code >= 48 && code <= 57) return CharClass.Digit;
  if (code === 46 || code === 47 || code === 58 || code === 91 || code === 93) return CharClass.PathSep; // . / : [ ]
  if (isHan(code)) return CharClass.Han;
  return CharClass.Other;
}

/**
 * Splits an identifier, dotted path or string key into tokens.
 *
 * - `userIDCard` → user, id, card; `IDCardNo` → id, card, no; `HTTPServer` → http, server
 * - `ID_CARD_NO`, `id-card-no`, `id card no` → id, card, no
 * - `address2` → address, 2; `ipv4Address` → ipv4, address
 * - `user.idCard` → user (segment 0), id, card (segment 1)
 * - `用户sfzh` → 用户 (han), sfzh
 */
export function tokenize(identifier: string): Token[] {
  const tokens: Token[] = [];
  let segment = 0;
  let i = 0;
  const n = identifier.length;
  while (i < n) {
    const cls = classify(identifier.charCodeAt(i));
    if (cls === CharClass.PathSep) {
      if (tokens.length > 0 && tokens[tokens.length - 1]?.segment === segment) segment++;
      i++;
      continue;
    }
    if (cls === CharClass.Other) {
      i++;
      continue;
    }
    if (cls === CharClass.Han) {
      let j = i + 1;
      while (j < n && classify(identifier.charCodeAt(j)) === CharClass.Han) j++;
      tokens.push({ text: identifier.slice(i, j), kind: 'han', segment });
      i = j;
      continue;
    }
    // An ASCII alphanumeric run: cut it into words by case and digit boundaries.
    let j = i;
    while (j < n) {
      const c = classify(identifier.charCodeAt(j));
      if (c !== CharClass.Upper && c !== CharClass.Lower && c !== CharClass.Digit) break;
      j++;
    }
    splitRun(identifier, i, j, segment, tokens);
    i = j;
  }
  return tokens;
}

function splitRun(s: string, start: number, end: number, segment: number, out: Token[]): void {
  const runStart = out.length;
  let wordStart = start;
  for (let k = start + 1; k <= end; k++) {
    if (k === end || isBoundary(s, k)) {
      const raw = s.slice(wordStart, k);
      const digits = classify(s.charCodeAt(wordStart)) === CharClass.Digit;
      out.push({ text: raw.toLowerCase(), kind: digits ? 'digits' : 'word', segment });
      wordStart = k;
    }
  }
  mergeAlnumWords(out, runStart);
}

/** True when a new word starts at `k` inside an alphanumeric run. */
function isBoundary(s: string, k: number): boolean {
  const prev = classify(s.charCodeAt(k - 1));
  const cur = classify(s.charCodeAt(k));
  if ((prev === CharClass.Digit) !== (cur === CharClass.Digit)) return true;
  if (prev === CharClass.Lower && cur === CharClass.Upper) return true;
  // The last capital of an acronym starts the next word: HTTPServer → HTTP | Server.
  if (prev === CharClass.Upper && cur === CharClass.Upper && k + 1 < s.length) {
    return classify(s.charCodeAt(k + 1)) === CharClass.Lower;
  }
  return false;
}

/** The longest word of `ALNUM_WORDS`: longer pieces are not joined to be looked up. */
const ALNUM_LONGEST = Math.max(...[...ALNUM_WORDS].map((w) => w.length));

/**
 * Re-joins `ipv` + `4` into `ipv4` (and `I` + `Pv` + `6` into `ipv6`, `we` + `chat` into `wechat`)
 * within one run: three pieces, else two, from the run's end. Every identifier read passes here,
 * so pieces are joined only when they are short enough to be one of the words.
 */
function mergeAlnumWords(out: Token[], from: number): void {
  for (let k = out.length - 1; k > from; k--) {
    const last = (out[k] as Token).text;
    const before = out[k - 1] as Token;
    const pairLength = before.text.length + last.length;
    if (pairLength > ALNUM_LONGEST) continue;
    const pair = before.text + last;
    const first = out[k - 2];
    if (k - 2 >= from && first !== undefined && first.text.length + pairLength <= ALNUM_LONGEST) {
      const three = first.text + pair;
      if (ALNUM_WORDS.has(three)) {
        out.splice(k - 2, 3, { text: three, kind: 'word', segment: first.segment });
        k -= 2;
        continue;
      }
    }
    if (ALNUM_WORDS.has(pair)) {
      out.splice(k - 1, 2, { text: pair, kind: 'word', segment: before.segment });
      k -= 1;
    }
  }
}

/** Lower-case words only (digits and Chinese dropped): handy for owner names and tests. */
export function words(identifier: string): string[] {
  const result: string[] = [];
  for (const t of tokenize(identifier)) if (t.kind === 'word') result.push(t.text);
  return result;
}

/** `words` with the vocabulary's abbreviations spelt out (`acct` → account). */
export function expandedWords(text: string, abbreviations: ReadonlyMap<string, string>): string[] {
  const result = words(text);
  for (let i = 0; i < result.length; i++)
    result[i] = abbreviations.get(result[i] as string) ?? (result[i] as string);
  return result;
}

/** The Chinese runs of a text (identifier, key or comment), in order. */
export function hanRuns(text: string): string[] {
  const runs: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isHan(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isHan(text.charCodeAt(j))) j++;
    runs.push(text.slice(i, j));
    i = j;
  }
  return runs;
}
