/**
 * Whether a first-row cell reads as a column label rather than a value: a tie-breaker when
 * deciding whether a file's first row is a header (headerRow.ts). Personal-information words
 * (姓名, 手机号, email…) are the vocabulary's: `known` asks it (the name detector a dataset is
 * profiled with), so they are not listed here. The label words that name no personal
 * information (金额, 备注, status…) and the endings of Chinese compound labels are vocabulary
 * data too (`headerLabels`, `headerLabelEndingsZh` in detect/vocabulary/context.ts); what is this
 * module's own is the placeholders of obfuscated exports (c1, col2, field_3). Identifiers are cut
 * into words by the vocabulary's tokenizer.
 */
import { words } from '../detect/tokenize.js';
import { DETECTION_CONTEXT } from '../detect/vocabulary/context.js';
import { HAN } from '../text/han.js';

/** Three to ten Chinese characters: the length of a column label such as 联系电话. */
const HAN_LABEL = new RegExp(`^[${HAN}]{3,10}$`);

const { headerLabels, headerLabelEndingsZh } = DETECTION_CONTEXT;
/** Column labels that name no personal information (the vocabulary reads the ones that do). */
const LABEL_WORDS: ReadonlySet<string> = new Set([...headerLabels.zh, ...headerLabels.en]);

/** Whether a Chinese compound label ends as labels do: 客户名称, 下单时间, 联系电话, 收货地址. */
const endsAsLabel = (v: string): boolean => headerLabelEndingsZh.some((ending) => v.endsWith(ending));

const PLACEHOLDER = /^(?:c|col|column|field|f|x|v|var|attr)[_-]?\d{1,4}$/i;
/** A unit or note in brackets after the word: 金额（元）, amount (USD), 时间[UTC]. */
const BRACKETED = /\s*[（([【][^）)\]】]{0,12}[）)\]】]$/;
/** Letters and separators only: an English label (user_name, createdAt, order-id), no values. */
const ENGLISH_LABEL = /^[a-z_.\s-]+$/i;

/**
 * Whether `cell` reads as a column label (see the module comment). `known` says whether the
 * vocabulary names a category for a word (a personal-information label such as 手机号).
 */
export function isHeaderWord(cell: string, known: (word: string) => boolean = () => false): boolean {
  const v = cell.trim().replace(BRACKETED, '');
  if (v === '' || v.length > 24) return false;
  if (PLACEHOLDER.test(v)) return true;
  const lower = v.toLowerCase();
  if (LABEL_WORDS.has(lower) || known(v)) return true;
  // A compound English label ends with a label word: user_name, createdAt, contact_phone.
  if (ENGLISH_LABEL.test(v)) {
    const parts = words(v);
    const last = parts[parts.length - 1];
    if (parts.length > 1 && last !== undefined && (LABEL_WORDS.has(last) || known(last))) return true;
  }
  return HAN_LABEL.test(v) && endsAsLabel(v);
}
