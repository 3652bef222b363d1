/**
 * Classes of error in account identifiers, secrets and names on the lexicon's train split
 * (issue 9, branch `det-ids`; `docs/detection-rulings.md`). A negative beside each rule; names
 * are unlike the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('an account word described as a person’s name (`userName` // 姓名) holds the real name', [
  { name: 'userName', owner: 'MemberVO', type: 'String', comment: '真实姓名', expect: 'name' },
  { name: 'user_name', owner: 't_staff', type: 'varchar(32)', comment: '姓名', expect: 'name' },
  // A description naming the login confirms the account word.
  { name: 'userName', owner: 'MemberVO', type: 'String', comment: '登录名', expect: 'online_id' },
  { name: 'user_name', owner: 't_staff', type: 'varchar(32)', comment: '用户名称', expect: 'online_id' },
]);

classifyTable('second-factor secrets, security answers and sign-in codes are credentials', [
  { name: 'secret', owner: 'MfaEnrolment', type: 'string', expect: 'credential' },
  { name: 'totp', owner: 'VaultLogin', type: 'string', expect: 'credential' },
  { name: 'answer', owner: 'SecurityAnswerForm', type: 'String', expect: 'credential' },
  { name: 'authCode', owner: 'OauthSigninInput', type: 'String', expect: 'credential' },
  // A quiz's answer, a service's secret and a product's code are not.
  { name: 'answer', owner: 'QuizQuestion', type: 'String', expect: undefined },
  { name: 'secret', owner: 'WebhookEndpoint', type: 'string', expect: undefined },
  { name: 'code', owner: 'OauthSigninInput', type: 'String', expect: undefined },
]);

classifyTable('recovery and binding tokens are a person’s inside their record', [
  { name: 'retrieve_key', owner: 'member', type: 'varchar(64)', expect: 'credential' },
  { name: 'forget_token', owner: 'UserProfile', type: 'models.CharField', expect: 'credential' },
  // A service's or an app's token is the system's.
  { name: 'bind_token', owner: 'PaymentChannelConfig', type: 'varchar(64)', expect: undefined },
]);
