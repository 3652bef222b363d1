/**
 * Whose a secret is, where the words alone cannot say: the credential rules that read the
 * record a secret is kept in (issue 9, `docs/detection-rulings.md`, "Credentials by class").
 */
import type { OwnerReading } from './readings.js';

/** Channels a one-time code is sent through to a person (an SMS or e-mail code is theirs). */
const SENT_TO_PERSON: readonly string[] = ['sms', 'email', 'mail', 'mobile', 'phone'];

/**
 * A record named for a CAPTCHA (`sys_captcha`, `AuthCaptchaResponse`) holds a challenge that
 * tells people from machines: its code and voucher are nobody's secret, even described as
 * `验证码`. A CAPTCHA record that names a channel (`SmsCaptcha`) sends a code to a person, and
 * that code still opens their account.
 */
export function captchaRecord(owner: OwnerReading): boolean {
  return owner.words.has('captcha') && !SENT_TO_PERSON.some((w) => owner.words.has(w));
}
