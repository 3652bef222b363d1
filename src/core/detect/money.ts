/**
 * Rules about a person's money (issue 9, branch `det-money`): who a payment's number belongs to.
 * Kept apart from `classify.ts`, which applies them.
 */
import type { CategoryKey } from '../law/schema.js';
import type { CommentReading } from './readings.js';

/**
 * Who issues a payment's number rather than owns the payment: `第三方平台交易流水号` (the
 * third-party platform's trade number), `支付平台交易号`, `商户系统内部订单号`. The number still
 * names one person's payment, so the issuer is not the owner the comment states.
 */
const ISSUERS_ZH: ReadonlySet<string> = new Set(['平台', '系统', '第三方']);

/**
 * A comment naming a transaction's number (`交易号`, `流水号`, `订单号`) after the platform or
 * system that issued it: the owner it names is the issuer, not a thing the number describes.
 */
export function issuedNumber(category: CategoryKey, comment: CommentReading): boolean {
  const owner = comment.owner;
  const text = comment.head?.text ?? '';
  return (
    category === 'transaction' &&
    owner?.kind === 'nonperson' &&
    ISSUERS_ZH.has(owner.word) &&
    text.endsWith('号')
  );
}

/** Words naming a shopping cart or basket: goods chosen, not yet bought. */
const CART_WORDS: ReadonlySet<string> = new Set(['cart', 'carts', 'basket', 'baskets', 'trolley']);
/** Words naming a purchase made: an order, a payment, a checkout that became one. */
const ORDER_WORDS: ReadonlySet<string> = new Set(['order', 'orders', 'payment', 'invoice', 'checkout']);

/**
 * A shopping cart's record (`ShoppingCart`, `tz_basket`, `CartProductVo`, 购物车): its payment
 * method, totals and prices describe goods chosen, not a purchase anyone made, so none of its
 * fields is a transaction (the lexicon's money ruling: a cart not yet ordered is `none`). A record
 * that also names the order it became (`OrderCart`, `cart_order`) is the order's.
 */
export function cartRecord(ownWords: readonly string[], ownTexts: readonly string[]): boolean {
  if (ownWords.some((w) => ORDER_WORDS.has(w))) return false;
  return ownWords.some((w) => CART_WORDS.has(w)) || ownTexts.some((t) => t.includes('购物车'));
}

/** Words naming one line of an order: the goods, the SKU, the detail row. */
const LINE_WORDS: ReadonlySet<string> = new Set([
  'item',
  'items',
  'detail',
  'details',
  'line',
  'lines',
  'goods',
  'sku',
  'product',
]);

/** An order's line (`OrderDetail`, `order_item`, `OrderGoodsVo`): an order word and a line word in the owner's own name. */
export function orderLineRecord(ownWords: readonly string[]): boolean {
  return ownWords.some((w) => w === 'order' || w === 'orders') && ownWords.some((w) => LINE_WORDS.has(w));
}

/**
 * A price on an order's line (`sxo_order_detail.price`, `OrderItem.currentUnitPrice`) repeats the
 * shop's price of the goods at the time of the order: it is not what the buyer paid, which the
 * order's own totals say. Only a price word that reads as a payment because it stands in an order
 * (owner-gated); a line's refund or its amount actually paid still names the buyer's money.
 */
export function linePrice(words: readonly string[], gated: boolean): boolean {
  return gated && words.at(-1) === 'price' && !words.some((w) => PAID_WORDS.has(w));
}

/** Words that make a line's price the buyer's money: what they paid or got back. */
const PAID_WORDS: ReadonlySet<string> = new Set([
  'refund',
  'refunded',
  'paid',
  'pay',
  'payment',
  'actual',
  'real',
]);

/** What an order buys, named before its totals (`goodsAmount`, `productsTotal`). */
const GOODS_WORDS: ReadonlySet<string> = new Set([
  'goods',
  'product',
  'products',
  'item',
  'items',
  'merchandise',
]);
/** The last words of a total (not of a unit price, which is the shop's). */
const TOTAL_WORDS: ReadonlySet<string> = new Set(['amount', 'total', 'totals', 'sum', 'subtotal']);

/**
 * `goodsAmount` // 商品总价, `productsTotal`, `goodsDiscountAmount` in a record of one person's
 * order or payment (the payment domain): the goods named before a total are what was bought,
 * so the total is what the buyer paid for them, not the goods' own amount. A unit price
 * (`product_price`) and an order line's amounts stay the shop's.
 */
export function totalOfGoodsBought(
  words: readonly string[],
  nameOwner: string | undefined,
  inPayment: boolean,
): boolean {
  return (
    inPayment && nameOwner !== undefined && GOODS_WORDS.has(nameOwner) && TOTAL_WORDS.has(words.at(-1) ?? '')
  );
}

/** What a wage is paid for, not who holds it: a post, a position, a job, a grade. */
const PAID_FOR: ReadonlySet<string> = new Set(['post', 'position', 'job', 'grade', 'level', 'rank']);

/**
 * `currentPostWage` (当前岗位工资), `position_salary`: the wage a post carries is paid to the
 * person holding it, so the post named before the wage is not the owner of the money.
 */
export function wageForPost(category: CategoryKey, ownerWord: string | undefined): boolean {
  return category === 'property' && ownerWord !== undefined && PAID_FOR.has(ownerWord);
}
