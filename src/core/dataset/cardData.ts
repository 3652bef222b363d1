/**
 * Card data sufficient to transact (Criminal Law Art. 177-1(2), partially verified; see
 * docs/legal-basis.md): a record that holds a card number together with its expiry date, CVV,
 * PIN or password. Which column plays which part is read from the column's name and profile; a
 * record with both parts is counted as card information, apart from the Art. 253-1 pieces.
 */
import type { ColumnProfile } from './profile.js';

/** Names of what authorises a card payment: expiry, security code, PIN, card or payment password. */
const AUTH =
  /(?:^|[^a-z])(?:cvv2?|cvc2?|cvn2?|csc|security_?code|exp(?:iry|iration|ire)?(?:_?date|_?month|_?year|_?mm|_?yy)?|valid_?thru|valid_?until|pin|pin_?code|card_?pass(?:word)?|pay(?:ment)?_?pass(?:word)?|trade_?pass(?:word)?)(?:$|[^a-z])|有效期|安全码|校验码|卡密码|取款密码|交易密码|支付密码|银行卡密码/;
/** Names of the card number itself, not its last digits. */
const NUMBER = /(?:card|pan)(?:_?(?:no|num|number))?$|卡号$|银行卡$|信用卡$|借记卡$|储蓄卡$/;
const PARTIAL = /last|tail|suffix|后四位|尾号|mask|type|bin$/;

/** Lower-case snake form of a column name, so `cardNo`, `Card-No` and `card_no` read alike. */
function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s.-]+/g, '_');
}

/** The column's part in card data, if any. */
export function cardRole(column: ColumnProfile): 'number' | 'auth' | undefined {
  if (column.category !== 'property' && column.category !== 'credential') return undefined;
  const name = snake(column.name);
  if (PARTIAL.test(name)) return undefined;
  if (column.valueKind === 'bank_card' && column.share !== null) return 'number';
  if (AUTH.test(name)) return 'auth';
  if (column.category === 'property' && NUMBER.test(name)) return 'number';
  return undefined;
}
