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
