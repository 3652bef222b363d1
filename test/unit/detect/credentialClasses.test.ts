/**
 * Classes of error in credentials on the lexicon's train split (issue 9, session 16, branch
 * `det-cred`; `docs/detection-rulings.md`, "Credentials by class"). A negative beside each
 * rule; names are unlike the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a payment card’s expiry authenticates a payment with it, as its security code does', [
  { name: 'expiryMonth', owner: 'StoredCard', type: 'int', expect: 'credential' },
  { name: 'exp_year', owner: 'payment_card', type: 'smallint', expect: 'credential' },
  { name: 'expiration', owner: 'BankCardForm', type: 'String', expect: 'credential' },
  // A card's expiry only inside a card or payment record; a coupon's or a session's is a setting.
  { name: 'expiration', owner: 'Coupon', type: 'Date', expect: undefined },
  { name: 'expiryMonth', owner: 'Subscription', type: 'int', expect: undefined },
]);

classifyTable('a secret’s own words do not say whose it is: the owner must', [
  { name: 'authCode', owner: 'SsoCallbackReq', type: 'String', expect: 'credential' },
  // A payment's authorisation code names `auth` only in itself: a payment log's, not a sign-in's.
  { name: 'auth_code', owner: 'MicropayLog', type: 'varchar(64)', expect: undefined },
]);

classifyTable('a CAPTCHA record’s code is nobody’s secret; a code sent to a person is theirs', [
  { name: 'code', owner: 'ImageCaptcha', type: 'varchar(6)', comment: '验证码', expect: undefined },
  { name: 'ticket', owner: 'CaptchaCheckResp', type: 'string', comment: '验证码凭证', expect: undefined },
  // The same description in a person's record, or in a CAPTCHA record that names the SMS it sends.
  { name: 'verifyCode', owner: 'MemberLoginReq', type: 'String', comment: '验证码', expect: 'credential' },
  { name: 'code', owner: 'SmsCaptchaReq', type: 'String', comment: '短信验证码', expect: 'credential' },
]);

classifyTable('a version or a change of a password is not the password', [
  { name: 'pwdVer', owner: 'MemberAccount', type: 'int', comment: '密码版本', expect: undefined },
  {
    name: 'paypwdflag',
    owner: 'CustomerUser',
    type: 'int',
    comment: '支付密码修改过的标识',
    expect: undefined,
  },
  // The password itself, described alike, is.
  { name: 'paypwd', owner: 'CustomerUser', type: 'varchar(64)', comment: '支付密码', expect: 'credential' },
]);

classifyTable('a field typed as a token record holds that record, whose fields carry the secret', [
  { name: 'grant', owner: 'SigninResponse', type: 'AccessToken', expect: undefined },
  // The token's own field in that response is the person's session.
  { name: 'access_token', owner: 'SigninResponse', type: 'string', expect: 'credential' },
]);

classifyTable('a bare token an auth call returns or takes is the signed-in person’s session', [
  { name: 'token', owner: 'AuthSessionResp', type: 'string', expect: 'credential' },
  { name: 'token', owner: 'AuthenticationResult', type: 'String', expect: 'credential' },
  // An auth provider's setting and an OAuth client's token are the system's.
  { name: 'token', owner: 'AuthProviderConfig', type: 'string', expect: undefined },
  { name: 'token', owner: 'OAuthClient', type: 'string', expect: undefined },
]);

classifyTable('names of the kept classes the vocabulary lacked', [
  // A security answer described in Chinese; the question it answers recovers nothing.
  {
    name: 'answer',
    owner: 'member_safety',
    type: 'varchar(100)',
    comment: '账号安全答案',
    expect: 'credential',
  },
  {
    name: 'question',
    owner: 'member_safety',
    type: 'varchar(100)',
    comment: '账号安全问题',
    expect: undefined,
  },
  // A card's security number, as its CVV; a social security number is an ID number.
  { name: 'cardSecurityNumber', owner: 'CheckoutForm', type: 'string', expect: 'credential' },
  { name: 'social_security_number', owner: 'Employee', type: 'string', expect: 'id_number' },
  // Reset and e-mail tokens and 2FA secrets of a person's record; a mail setting's is the system's.
  { name: 'resetPasswordToken', owner: 'Customer', type: 'String', expect: 'credential' },
  { name: 'email_token', owner: 'member', type: 'varchar(64)', expect: 'credential' },
  { name: 'tfaSecret', owner: 'Member', type: 'string', expect: 'credential' },
  { name: 'email_token', owner: 'MailTemplate', type: 'string', expect: undefined },
  { name: 'reset_password_token', owner: 'MailSettings', type: 'string', expect: undefined },
]);

classifyTable('an administrator’s or operator’s password is that person’s', [
  { name: 'password', owner: 'Admin', type: 'String', expect: 'credential' },
  { name: 'pwd', owner: 't_operator', type: 'varchar(64)', expect: 'credential' },
  // A database's or an admin console's settings keep the system's login.
  { name: 'password', owner: 'DbAdmin', type: 'string', expect: undefined },
  { name: 'password', owner: 'AdminConfig', type: 'string', expect: undefined },
]);

classifyTable('an administrator’s password in Chinese: 管理员, 操作员', [
  { name: 'pwd', owner: 't_sys_mgr', ownerComment: '管理员', type: 'varchar(64)', expect: 'credential' },
  { name: 'password', owner: 't_oper', ownerComment: '操作员表', type: 'varchar(64)', expect: 'credential' },
  // A merchant's settings keep the system's login.
  { name: 'password', owner: 't_x', ownerComment: '短信参数配置', type: 'varchar(64)', expect: undefined },
]);

classifyTable('a namespace after a table prefix is not the owner (`t_sys_admin`)', [
  { name: 'password', owner: 't_sys_admin', type: 'varchar(64)', expect: 'credential' },
  { name: 'password', owner: 'tb_sys_operator', type: 'varchar(64)', expect: 'credential' },
  // `sys` alone, or a settings record after it, is still the system's.
  { name: 'password', owner: 't_sys', type: 'varchar(64)', expect: undefined },
  { name: 'password', owner: 't_sys_mail_config', type: 'varchar(64)', expect: undefined },
]);

classifyTable('a session’s key; a second factor’s one-time code', [
  { name: 'session_key', owner: 'Code2SessionResp', type: 'string', expect: 'credential' },
  { name: 'session_key', owner: 'WxSession', type: 'string', expect: 'credential' },
  { name: 'otp', owner: 'MfaVerifyReq', type: 'string', expect: 'credential' },
  { name: 'pin', owner: 'TotpChallenge', type: 'string', expect: 'credential' },
  // An app's session settings and an OTP provider's settings are the system's.
  { name: 'session_key', owner: 'WechatAppConfig', type: 'string', expect: undefined },
  { name: 'token', owner: 'OtpProviderConfig', type: 'string', expect: undefined },
]);

classifyTable('a token described in Chinese is a person’s inside their record', [
  { name: 'tkn', owner: 't_member', type: 'varchar(64)', comment: '访问令牌', expect: 'credential' },
  { name: 'login_cert', owner: 't_user', type: 'varchar(64)', comment: '登录凭证', expect: 'credential' },
  // An app's or a merchant's token is the system's.
  { name: 'tkn', owner: 't_app', type: 'varchar(64)', comment: '访问令牌', expect: undefined },
  {
    name: 'tkn',
    owner: 't_x',
    ownerComment: '第三方应用配置',
    type: 'varchar(64)',
    comment: '刷新令牌',
    expect: undefined,
  },
]);
