/**
 * Classes of error of the Chinese admin, e-commerce and IM records of the real-code field
 * lexicon (issue 9, branch `det-cn`). Each rule with a negative beside it; names are unlike the
 * lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('the parameters of a request or response carry a person’s data (接口请求参数)', [
  {
    name: 'phone',
    owner: 'BindPhoneReq',
    ownerComment: '绑定手机接口请求参数',
    type: 'string',
    expect: 'contact',
  },
  {
    name: 'passwd',
    owner: 'ResetPwdRsp',
    ownerComment: '重置密码响应参数',
    type: 'string',
    expect: 'credential',
  },
  // 参数 alone is a settings record: its values are the system's.
  { name: 'phone', owner: 'SmsParam', ownerComment: '短信参数配置', type: 'string', expect: undefined },
  { name: 'phone', owner: 'sys_param', ownerComment: '系统参数', type: 'varchar(20)', expect: undefined },
]);

classifyTable('an OpenID or UnionID is a platform’s user, whatever record binds it', [
  { name: 'wx_openid', owner: 'member_channel', type: 'varchar(64)', expect: 'online_id' },
  { name: 'union_id', owner: 'user_oauth_binding', type: 'varchar(64)', expect: 'online_id' },
  { name: 'alipay_openid', owner: 'PlatformAccount', type: 'String', expect: 'online_id' },
  // The same binding's application keys are the platform's.
  { name: 'app_id', owner: 'member_channel', type: 'varchar(64)', expect: undefined },
  { name: 'client_id', owner: 'user_oauth_binding', type: 'varchar(64)', expect: undefined },
]);

classifyTable('the parties of a message, named by direction, are the sender’s and recipient’s keys', [
  { name: 'sendID', owner: 'ChatMsgData', type: 'string', expect: 'online_id' },
  { name: 'recvID', owner: 'ChatMsgData', type: 'string', expect: 'online_id' },
  { name: 'to_from_id', owner: 'talk_records', type: 'int', comment: '接收者ID', expect: 'online_id' },
  // Outside a message, a direction names the ends of something else (an account, a route).
  { name: 'from_id', owner: 'StockTransfer', type: 'bigint', expect: undefined },
  { name: 'to_id', owner: 'route_segment', type: 'bigint', expect: undefined },
]);

classifyTable('a talk (the Chinese IM word for a chat) holds messages: its content is communication', [
  { name: 'content', owner: 'talk_record_text', type: 'text', expect: 'communication_content' },
  // A published text is not a communication.
  { name: 'content', owner: 'blog_article', type: 'text', expect: undefined },
]);

classifyTable('a module’s abbreviation before the person (upms_, ums_) is a namespace: the row’s own key', [
  { name: 'user_id', owner: 'upms_user', type: 'int(10) unsigned', comment: '编号', expect: undefined },
  { name: 'member_id', owner: 'ums_member', type: 'bigint', expect: undefined },
  { name: 'customer_id', owner: 'sys_toc_customer', type: 'bigint', expect: undefined },
  // A link or an event about the person, or a known word before it, keeps the key a person's.
  { name: 'user_id', owner: 'upms_user_role', type: 'int(10) unsigned', expect: 'online_id' },
  { name: 'member_id', owner: 'ums_member_tag', type: 'bigint', expect: 'online_id' },
  { name: 'user_id', owner: 'event_user', type: 'bigint', expect: 'online_id' },
]);

classifyTable('how long a token lasts and how often a password failed are settings, not secrets', [
  { name: 'refreshTokenValidity', owner: 'AuthUserToken', type: 'Integer', expect: undefined },
  { name: 'pwd_fail_num', owner: 'sys_account', type: 'int', comment: '密码错误次数', expect: undefined },
  // The token and the password themselves are credentials.
  { name: 'refreshToken', owner: 'AuthUserToken', type: 'String', expect: 'credential' },
  { name: 'pwd', owner: 'sys_account', type: 'varchar(64)', comment: '登录密码', expect: 'credential' },
]);

classifyTable('a hyphen between Chinese words joins them: 创建人-姓名 is an audit column', [
  {
    name: 'creator_name',
    owner: 'order_log',
    type: 'varchar(60)',
    comment: '创建人-姓名',
    expect: undefined,
  },
  // A key named by the job (`handler_uid`) is not reported since session 16 (personKeys.test.ts).
  { name: 'applicant_uid', owner: 'refund_log', type: 'int', comment: '处理-用户ID', expect: 'online_id' },
  { name: 'editor_uid', owner: 'refund_log', type: 'int', comment: '修改-用户ID', expect: undefined },
  // A recipient's name written the same way is still a name.
  { name: 'recv_name', owner: 'order_address', type: 'varchar(60)', comment: '收件人-姓名', expect: 'name' },
]);
