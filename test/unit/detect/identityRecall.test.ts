/**
 * Online identifiers, credentials, ID numbers and names: recall without losing precision (issue
 * 9, session 22, branch `det-ids2`; docs/detection-rulings.md, "Identity recall by class"). Each
 * rule with a negative beside it; names are unlike the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a handset’s own identifiers and its push tokens name one person’s phone', [
  { name: 'deviceUdid', owner: 'MemberProfile', type: 'String', expect: 'online_id' },
  { name: 'fcm_token', owner: 'app_installation', type: 'varchar(255)', expect: 'online_id' },
  { name: 'apnsToken', owner: 'AppInstall', type: 'string', expect: 'online_id' },
  { name: 'jpush_reg_id', owner: 'rider', type: 'varchar(64)', expect: 'online_id' },
  { name: 'cid', owner: 'app_member', type: 'varchar(64)', comment: '个推CID', expect: 'online_id' },
  { name: 'sn', owner: 'phone_binding', type: 'varchar(64)', comment: '设备唯一标识', expect: 'online_id' },
  // A device's type or model, and a push message's own id, name no phone.
  { name: 'device_type', owner: 'app_installation', type: 'varchar(16)', expect: undefined },
  { name: 'push_msg_id', owner: 'push_record', type: 'varchar(64)', expect: undefined },
]);

classifyTable('a bare `login` holding text is the name someone logs in with', [
  { name: 'Login', owner: 'SignInCommand', type: 'string', expect: 'online_id' },
  { name: 'login', owner: 'ForgeAccount', type: 'String', expect: 'online_id' },
  // A time, a count, a list of external logins or a login record is not a login name.
  { name: 'lastLogin', owner: 'ForgeAccount', type: 'DateTime', expect: undefined },
  { name: 'login_count', owner: 'ForgeAccount', type: 'int', expect: undefined },
  { name: 'Logins', owner: 'ManageViewModel', type: 'IList<ExternalLoginInfo>', expect: undefined },
  { name: 'login', owner: 'VaultItem', type: 'LoginData', expect: undefined },
  // An account word before another word is still read by the description.
  { name: 'loginCode', owner: 'staff', type: 'String', comment: '登录账号', expect: 'online_id' },
]);

classifyTable('a bare card number described as an identity document or a membership card is that card', [
  { name: 'card_no', owner: 'visitor_log', type: 'varchar(32)', comment: '身份证号码', expect: 'id_number' },
  { name: 'cardNo', owner: 'CheckInRequest', type: 'String', comment: '证件号', expect: 'id_number' },
  { name: 'cardNo', owner: 'VipMember', type: 'String', comment: '会员卡号', expect: 'online_id' },
  // A bank card, or a description that does not say which card, keeps the bank card.
  { name: 'cardNo', owner: 'VipMember', type: 'String', comment: '银行卡号', expect: 'property' },
  { name: 'card_no', owner: 'member', type: 'varchar(32)', comment: '卡号', expect: 'property' },
]);

classifyTable('an ID number’s words say which document, the description what of it the field keeps', [
  {
    name: 'id_no_back',
    owner: 'loan_applicant',
    type: 'varchar(255)',
    comment: '身份证反面',
    expect: 'id_card_image',
  },
  {
    name: 'idcard_name',
    owner: 'delivery_address',
    type: 'varchar(64)',
    comment: '身份证姓名',
    expect: 'name',
  },
  // The number itself, described as the number, stays the number.
  { name: 'id_no', owner: 'loan_applicant', type: 'varchar(32)', comment: '身份证号', expect: 'id_number' },
]);

classifyTable('a person’s taxpayer number is an identity number; a company’s is not', [
  { name: 'taxpayerId', owner: 'Employee', type: 'String', expect: 'id_number' },
  { name: 'tax_no', owner: 'patient', type: 'varchar(32)', comment: '纳税人识别号', expect: 'id_number' },
  { name: 'taxpayerId', owner: 'Supplier', type: 'String', expect: undefined },
  { name: 'tax_no', owner: 'company', type: 'varchar(32)', comment: '纳税人识别号', expect: undefined },
]);

classifyTable('the parts of a name that forms ask for apart', [
  { name: 'middleInitial', owner: 'Claimant', type: 'String', expect: 'name' },
  { name: 'socialName', owner: 'AccountHolder', type: 'string', expect: 'name' },
  { name: 'initials', owner: 'Member', type: 'String', expect: 'name' },
  // Initials of a thing, and a product's short name, are not a person's.
  { name: 'initials', owner: 'Currency', type: 'String', expect: undefined },
  { name: 'short_name', owner: 'product', type: 'varchar(32)', expect: undefined },
]);

classifyTable('an account at another platform, named or described', [
  { name: 'ProviderKey', owner: 'UserLogin', type: 'string', expect: 'online_id' },
  { name: 'steamId', owner: 'GamerProfile', type: 'String', expect: 'online_id' },
  {
    name: 'ext_uid',
    owner: 'sys_user_social',
    type: 'varchar(64)',
    comment: '三方唯一标识',
    expect: 'online_id',
  },
  { name: 'mp_id', owner: 'member', type: 'varchar(64)', comment: '小程序openid', expect: 'online_id' },
  { name: 'fp', owner: 'login_risk', type: 'varchar(64)', comment: '设备指纹', expect: 'online_id' },
  // A provider's own key in a settings record, and a finger's print, are not.
  { name: 'ProviderKey', owner: 'PaymentGatewaySettings', type: 'string', expect: undefined },
  { name: 'fp_template', owner: 'attendance_staff', type: 'blob', comment: '指纹', expect: 'biometric' },
]);

classifyTable('Chinese teams’ English for 联系人 and 法人 is a person’s name', [
  { name: 'contactor', owner: 'repair_order', type: 'varchar(32)', expect: 'name' },
  { name: 'legalPerson', owner: 'MerchantApply', type: 'String', expect: 'name' },
  // The contact's phone is contact, and a legal person's type is no name.
  { name: 'contactor_phone', owner: 'repair_order', type: 'varchar(32)', expect: 'contact' },
  { name: 'legal_person_type', owner: 'MerchantApply', type: 'varchar(8)', expect: undefined },
]);

classifyTable('an IP in a record of what someone posts or submits is the writer’s', [
  { name: 'ip', owner: 'cms_article', type: 'varchar(64)', comment: '发布IP', expect: 'online_id' },
  { name: 'ipAddress', owner: 'ProductReview', type: 'String', expect: 'online_id' },
  // A machine's own IP, and a server's named so, are not a person's.
  { name: 'ip', owner: 'ServerNode', type: 'String', expect: undefined },
  { name: 'server_ip', owner: 'cms_article', type: 'varchar(64)', expect: undefined },
]);

classifyTable('more spellings of a person’s secrets', [
  { name: 'encryptPwd', owner: 'Operator', type: 'String', expect: 'credential' },
  { name: 'googleSecret', owner: 'AdminUser', type: 'String', expect: 'credential' },
  { name: 'activation_code', owner: 'member', type: 'varchar(64)', expect: 'credential' },
  // A shop's activation code or a coupon's code is not a person's secret.
  { name: 'activation_code', owner: 'software_license', type: 'varchar(64)', expect: undefined },
  { name: 'encryptType', owner: 'Operator', type: 'String', expect: undefined },
]);

classifyTable('people named by kinship, study or a part they play are people', [
  { name: 'name', owner: 'InsuredDependent', type: 'String', expect: 'name' },
  { name: 'name', owner: 'AlumnusProfile', type: 'String', expect: 'name' },
  { name: 'phone', owner: 'Relative', type: 'String', expect: 'contact' },
  { name: 'name', owner: 'Examinee', type: 'String', expect: 'name' },
  // A dependency, a relation between records and an exam are not people.
  { name: 'name', owner: 'PackageDependency', type: 'String', expect: undefined },
  { name: 'name', owner: 'ExamPaper', type: 'String', expect: undefined },
]);
