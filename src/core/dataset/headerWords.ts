/**
 * Words that label columns rather than fill them: typical Chinese and English header words and
 * the placeholders of obfuscated exports (c1, col2, field_3). Used only as a tie-breaker when
 * deciding whether a file's first row is a header.
 */
import { HAN } from '../text/han.js';

/** Three to ten Chinese characters: the length of a column label such as 联系电话. */
const HAN_LABEL = new RegExp(`^[${HAN}]{3,10}$`);

const WORDS = new Set(
  (
    '序号 编号 名称 姓名 名字 性别 年龄 城市 省份 省 市 区 县 地区 区县 地址 住址 电话 手机 手机号 邮箱 ' +
    '金额 日期 时间 备注 状态 类型 数量 单价 价格 总价 合计 小计 部门 职位 职务 单位 公司 学校 学历 民族 ' +
    '籍贯 国籍 生日 出生日期 身份证 身份证号 证件号 卡号 账号 账户 余额 订单 订单号 商品 客户 用户 用户名 ' +
    '来源 渠道 描述 说明 标题 内容 代码 等级 分数 成绩 年份 月份 季度 车牌 车牌号 微信 邮编 网址 链接 ' +
    'id no seq index name type date time datetime timestamp amount price qty quantity status city ' +
    'province region district code note notes remark remarks comment description category count ' +
    'total value email phone mobile address gender sex age title label key'
  ).split(' '),
);

/** Two-character endings of compound header words: 客户名称, 下单时间, 联系电话, 收货地址. */
const ENDINGS =
  /(?:号码|编号|名称|日期|时间|金额|数量|类型|状态|地址|电话|代码|人数|比例|单价|总价|价格|备注|说明|描述|标识|等级|次数)$/;

const PLACEHOLDER = /^(?:c|col|column|field|f|x|v|var|attr)[_-]?\d{1,4}$/i;
/** A unit or note in brackets after the word: 金额（元）, amount (USD), 时间[UTC]. */
const BRACKETED = /\s*[（([【][^）)\]】]{0,12}[）)\]】]$/;

/** Whether `cell` reads as a column label (see the module comment). */
export function isHeaderWord(cell: string): boolean {
  const v = cell.trim().replace(BRACKETED, '');
  if (v === '' || v.length > 24) return false;
  if (PLACEHOLDER.test(v)) return true;
  const lower = v.toLowerCase();
  if (WORDS.has(lower)) return true;
  // snake_case / camelCase / kebab English labels: user_name, createdAt, order-id.
  const parts = v
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_.-]+/)
    .filter((p) => p !== '');
  if (parts.length > 1 && /^[a-z_.\s-]+$/i.test(v) && WORDS.has(parts[parts.length - 1] ?? '')) return true;
  return HAN_LABEL.test(v) && ENDINGS.test(v);
}
