/**
 * Issue 9, item 3: the classes of error a trial on real code showed, each with a negative
 * beside it. Field names are typical of real schemas, not copied from any one file.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('authentication secrets beyond `password`', [
  { name: 'refresh_token', owner: 'user_session', expect: 'credential' },
  { name: 'resetToken', owner: 'Account', expect: 'credential' },
  { name: 'salt', owner: 'sys_user', type: 'varchar(32)', expect: 'credential' },
  // An app's own token or a salt in a config is the system's secret.
  { name: 'access_token', owner: 'WechatAppConfig', expect: undefined },
  { name: 'salt', owner: 'HashConfig', expect: undefined },
  // A request to change a password carries the person's, however short the name.
  { name: 'oldPass', owner: 'ChangePasswordReq', type: 'string', expect: 'credential' },
  { name: 'newPwd', owner: 'ResetPwdDTO', type: 'string', expect: 'credential' },
  // The name alone does not open the gate: a mailer's password is a service's.
  { name: 'password', owner: 'MailerSettings', type: 'string', expect: undefined },
  { name: 'pass', owner: 'ExamResult', type: 'boolean', expect: undefined },
  { name: 'backup_codes', owner: 'users', expect: 'credential' },
  { name: 'two_factor_code', owner: 'LoginAttempt', expect: 'credential' },
  { name: 'session_key', owner: 'WxMiniUser', expect: 'credential' },
  { name: 'session_key', owner: 'RedisCache', expect: undefined },
  { name: 'token_type', owner: 'OAuthToken', expect: undefined },
]);

classifyTable('account identifiers', [
  { name: 'github', owner: 'SocialBinding', type: 'string', expect: 'online_id' },
  { name: 'wechat', owner: 'oauth_account', type: 'string', expect: 'online_id' },
  { name: 'google', owner: 'Member', type: 'string', expect: 'online_id' },
  { name: 'idp_user_id', owner: 'UserIdentity', expect: 'online_id' },
  // A provider's name in a configuration is not an account.
  { name: 'github', owner: 'OAuthProviderConfig', expect: undefined },
  { name: 'google', owner: 'MapSettings', type: 'boolean', expect: undefined },
  // A WeChat id in a person's own record stays an IM contact.
  { name: 'wechat', owner: 'Member', type: 'string', expect: 'contact' },
]);

classifyTable('IP addresses as one word or after a verb', [
  { name: 'ipaddr', owner: 'SysLogininfor', expect: 'online_id' },
  { name: 'add_ip', owner: 'member', expect: 'online_id' },
  { name: 'oper_ip', owner: 'SysOperLog', comment: '主机地址', expect: 'online_id' },
  // A verb before anything else is still an action; a server's IP is the server's.
  { name: 'addPhone', expect: undefined },
  { name: 'server_ip', owner: 'deploy_host', expect: undefined },
]);

classifyTable('English abbreviations of real schemas', [
  { name: 'lname', owner: 'patient', expect: 'name' },
  { name: 'fname', owner: 'patient_data', expect: 'name' },
  { name: 'mothers_name', owner: 'patient', expect: 'name' },
  { name: 'phone_cell', owner: 'patient', expect: 'contact' },
  { name: 'ethnoracial', owner: 'patient', expect: 'basic_profile' },
  { name: 'ss', owner: 'patient', expect: 'id_number' },
  // `fname` of a file, `ss` of a clock.
  { name: 'fname', owner: 'UploadedFile', expect: undefined },
  { name: 'ss', owner: 'TimeOfDay', type: 'int', expect: undefined },
  { name: 'brothers_count', owner: 'patient', expect: undefined },
]);

classifyTable("a person's money", [
  { name: 'order_price', owner: 'store_order', type: 'decimal(10,2)', expect: 'transaction' },
  { name: 'actual_price', owner: 'OrderInfo', type: 'decimal', expect: 'transaction' },
  { name: 'withdraw_amount', owner: 'user_withdraw', type: 'decimal', expect: 'transaction' },
  { name: 'brokerage_price', owner: 'user', type: 'decimal', expect: 'property' },
  { name: 'ship_sn', owner: 'order_shipping', expect: 'transaction' },
  // A product's prices are the shop's.
  { name: 'actual_price', owner: 'goods_sku', type: 'decimal', expect: undefined },
  { name: 'order_id', owner: 'order_item', expect: undefined },
  { name: 'wechat_order_id', owner: 'payment', expect: undefined },
]);

classifyTable('clinical fields in patient and encounter records', [
  { name: 'reason', owner: 'encounter', expect: 'health' },
  { name: 'drug', owner: 'prescription', expect: 'health' },
  { name: 'dosage', owner: 'Prescription', expect: 'health' },
  { name: 'body', owner: 'PatientNote', expect: 'health' },
  { name: 'onset_date', owner: 'problem_list', type: 'date', expect: 'health' },
  // The same words in a support ticket or a blog post.
  { name: 'reason', owner: 'refund_request', expect: undefined },
  { name: 'body', owner: 'BlogPost', expect: undefined },
]);

classifyTable('relations between people and channels named by their use', [
  { name: 'friends_uid', owner: 'user', expect: 'contacts_list' },
  { name: 'sms_reminder_number', owner: 'patient', expect: 'contact' },
  { name: 'number_to_call', owner: 'reminder', expect: 'contact' },
  { name: 'ticket_number', owner: 'support_ticket', expect: undefined },
]);

classifyTable('false alarms of the trial', [
  { name: 'dept_id', owner: 'sys_user', expect: undefined },
  { name: 'dept', owner: 'SysUser', expect: undefined },
  { name: 'delivery_company', owner: 'order', expect: undefined },
  { name: 'scheduled_jobs', owner: 'user', expect: undefined },
  { name: 'avatar', owner: 'sys_user', comment: '头像地址', expect: undefined },
  { name: 'qrcode_url', owner: 'user', comment: '二维码地址', expect: undefined },
  {
    name: 'operator_type',
    owner: 'sys_oper_log',
    comment: '操作类别（0其它 1后台用户 2手机端用户）',
    expect: undefined,
  },
  { name: 'pwd_update_date', owner: 'sys_user', type: 'Date', expect: undefined },
  { name: 'last_confirm_email_request', owner: 'User', expect: undefined },
  { name: 'hipaa_mail', owner: 'Patient', type: 'models.BooleanField', expect: undefined },
  { name: 'objects', owner: 'Patient', type: 'AddressManager', expect: undefined },
  { name: 'parentId', owner: 'MenuDto', type: 'number', expect: undefined },
  { name: 'mac', owner: 'SignRequest', type: 'string', expect: undefined },
  { name: 'orderNo', owner: 'Permission', type: 'number', expect: undefined },
  { name: 'ical_uid', owner: 'booking', expect: undefined },
  // Positives beside them: an employee's department, a person's address, a real e-mail.
  { name: 'dept', owner: 'employee', expect: 'education_work' },
  { name: 'company', owner: 'UserInfo', expect: 'education_work' },
  { name: 'address', owner: 'sys_user', comment: '家庭地址', expect: 'address' },
  { name: 'sex', owner: 'sys_user', comment: '用户性别（0男 1女 2未知）', expect: 'basic_profile' },
  { name: 'email', owner: 'Patient', type: 'models.EmailField', expect: 'contact' },
  { name: 'home', owner: 'Patient', type: 'Address', expect: 'address' },
  { name: 'mac', owner: 'DeviceInfo', type: 'string', expect: 'online_id' },
  { name: 'order_no', owner: 'orders', expect: 'transaction' },
]);

classifyTable('whole repositories: what admin backends name alike', [
  // A CAPTCHA answer proves a human, not a person: its `验证码` description does not overrule
  // the name; an SMS code sent to the person does.
  { name: 'captchaCode', owner: 'CaptchaForm', type: 'String', comment: '验证码', expect: undefined },
  { name: 'sms_code', owner: 'user', comment: '短信验证码', expect: 'credential' },
  // A job position's record is the organisation's; a securities position is a holding.
  { name: 'positionName', owner: 'PositionEntity', type: 'String', expect: undefined },
  { name: 'position', owner: 'StockPosition', type: 'decimal', expect: 'property' },
]);
