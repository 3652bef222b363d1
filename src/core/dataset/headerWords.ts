/**
 * Whether a first-row cell reads as a column label rather than a value: a tie-breaker when
 * deciding whether a file's first row is a header (headerRow.ts). Personal-information words
 * (姓名, 手机号, email…) are the vocabulary's: `known` asks it (the name detector a dataset is
 * profiled with), so they are not listed here. What is this module's own: the label words that
 * name no personal information (金额, 备注, status…), the endings of Chinese compound labels,
 * and the placeholders of obfuscated exports (c1, col2, field_3). Identifiers are cut into
 * words by the vocabulary's tokenizer.
 */
import { words } from '../detect/tokenize.js';
import { HAN } from '../text/han.js';

/** Three to ten Chinese characters: the length of a column label such as 联系电话. */
const HAN_LABEL = new RegExp(`^[${HAN}]{3,10}$`);

/** Column labels that name no personal information (the vocabulary reads the ones that do). */
const LABEL_WORDS = new Set(
  (
    '序号 编号 名称 城市 省份 省 市 区 县 地区 区县 地址 金额 日期 时间 备注 状态 类型 数量 单价 价格 ' +
    '总价 合计 小计 部门 单位 公司 学校 账户 订单 商品 客户 用户 来源 渠道 描述 说明 标题 内容 代码 等级 ' +
    '分数 年份 月份 季度 微信 邮编 网址 链接 ' +
    'id no seq index name type date time datetime timestamp amount price qty quantity status city ' +
    'province region district code note notes remark remarks comment description category count ' +
    'total value address age title label key'
  ).split(' '),
);

/** Two-character endings of compound header words: 客户名称, 下单时间, 联系电话, 收货地址. */
const ENDINGS =
  /(?:号码|编号|名称|日期|时间|金额|数量|类型|状态|地址|电话|代码|人数|比例|单价|总价|价格|备注|说明|描述|标识|等级|次数)$/;

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
  return HAN_LABEL.test(v) && ENDINGS.test(v);
}
