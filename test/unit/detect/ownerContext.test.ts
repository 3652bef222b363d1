/**
 * How a field's owner, its name's own qualifiers and its comment combine: the mechanisms that
 * keep detection from depending on one corpus's spellings. Positive and negative cases side by side.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('owner head noun: code suffixes skipped, records of people are nobody’s thing', [
  { name: 'password', owner: 'SignUpViewModel', expect: 'credential' },
  { name: 'smsCode', owner: 'LoginFormVO', expect: 'credential' },
  { name: 'email', owner: 'user_table', expect: 'contact' },
  { name: 'checkout_date', owner: 'hotel_reservation', expect: 'accommodation' },
  { name: 'overdue_amount', owner: 'mortgage_contract', expect: 'credit' },
  { name: 'email', owner: 'vendor_contract', expect: 'contact' },
  { name: 'phone', owner: 'store_order', expect: 'contact' },
  // Negative: the head is a thing.
  { name: 'password', owner: 'SmtpSettingsModel', expect: undefined },
  { name: 'phone', owner: 'hotel_room', expect: undefined },
  { name: 'phone', owner: 'StoreInfo', expect: undefined },
  { name: 'stock_quantity', owner: 'DrugInventory', expect: undefined },
]);

classifyTable('Chinese table descriptions: a thing counts only as the head, carriers never', [
  { name: 'xm', owner: 'czfw_dj', ownerComment: '出租房屋管理平台数据接口表', expect: 'name' },
  { name: 'csrq', owner: 't_lk', ownerComment: '宾馆前台管理信息系统上传表', expect: 'basic_profile' },
  { name: 'rzsj', owner: 't_lk', ownerComment: '酒店入住登记表', expect: 'accommodation' },
  { name: 'lxdh', owner: 't_md', ownerComment: '门店信息表', expect: undefined },
  { name: 'lxdh', owner: 't_xq', ownerComment: '小区基础信息表', expect: undefined },
  { name: 'stock_qty', owner: 'his_yp', ownerComment: '药品库存台账', expect: undefined },
]);

classifyTable('person roles and person-prefixed names', [
  { name: 'payeeName', owner: 'Transfer', expect: 'name' },
  { name: 'client_name', owner: 'remittance', expect: 'name' },
  { name: 'counterparty_name', owner: 'txn_flow', expect: 'name' },
  { name: 'legalRepresentative', owner: 'BranchInfo', expect: 'name' },
  { name: 'fddbr', owner: 'BranchInfo', comment: '法定代表人', expect: 'name' },
  { name: 'principalPhone', owner: 'Kindergarten', expect: 'contact' },
  // Negative: the role names the record itself, or the qualifier is a thing.
  { name: 'clientName', owner: 'OAuthClient', expect: undefined },
  { name: 'servicePhone', owner: 'Kindergarten', expect: undefined },
  { name: 'contact_tel', owner: 'supplier', expect: undefined },
]);

classifyTable('the name of a thing already named is that thing', [
  { name: 'diseaseName', owner: 'PatientVisit', expect: 'health' },
  { name: 'surgery_name', owner: 'inpatient_case', expect: 'health' },
  { name: 'customerName', expect: 'name' },
  { name: 'productName', owner: 'Customer', expect: undefined },
]);

classifyTable('parties of a communication record', [
  { name: 'caller_msisdn', owner: 'voice_cdr', expect: 'communication_records' },
  { name: 'fromMobile', owner: 'SmsLog', expect: 'communication_records' },
  { name: 'sentTime', owner: 'SmsLog', expect: 'communication_records' },
  { name: 'receiver_phone', owner: 'shipping_order', expect: 'contact' },
  { name: 'msisdn', owner: 'subscriber', expect: 'contact' },
]);

classifyTable('coordinates: fixed places are not whereabouts, tracking records always are', [
  { name: 'lat', owner: 'ChargingStation', type: 'double', expect: undefined },
  { name: 'longitude', owner: 'ApartmentBuilding', type: 'decimal(10,6)', expect: undefined },
  { name: 'latitude', owner: 'RentalHouse', expect: undefined },
  { name: 'cellLng', owner: 'CellSite', expect: undefined },
  { name: 'cellLng', owner: 'RoamingTrace', type: 'double', expect: 'whereabouts' },
  { name: 'latitude', owner: 'CourierPosition', expect: 'whereabouts' },
  { name: 'lac', owner: 'voice_cdr', expect: 'whereabouts' },
  { name: 'tac', owner: 'AttachEvent', expect: 'whereabouts' },
  { name: 'tac', owner: 'DeviceModel', expect: undefined },
]);

classifyTable('comments and names that describe metadata, not the data', [
  { name: 'status', owner: 'Member', comment: '账号冻结状态', expect: undefined },
  { name: 'state', owner: 'Member', comment: '手机号绑定状态', expect: undefined },
  { name: 'sjh', owner: 'Member', comment: '手机号（已加密）', expect: 'contact' },
  { name: 'bm_id', owner: 'ry', comment: '科室ID', type: 'int', expect: undefined },
  { name: 'marketing_email_subscribed', owner: 'Customer', expect: undefined },
  { name: 'wechatEnabled', owner: 'Member', expect: undefined },
  { name: 'sensorIp', owner: 'Reading', expect: undefined },
  { name: 'collectorIp', owner: 'RoamingTrace', expect: undefined },
  { name: 'is_pregnant', owner: 'Patient', type: 'boolean', expect: 'health' },
  { name: 'parcelWeight', owner: 'ParcelOrder', expect: undefined },
]);

classifyTable('codes of enumerated attributes are the attribute', [
  { name: 'ethnicity_code', owner: 'Member', expect: 'basic_profile' },
  { name: 'zybm', owner: 'ry', comment: '职业编码', expect: 'education_work' },
  { name: 'zdbm2', owner: 'mz_jz', comment: '诊断代码', expect: 'health' },
  { name: 'phone_code', owner: 'Member', expect: undefined },
  { name: 'nation_code', owner: 'Member', expect: undefined },
]);

classifyTable('declared types: a date is when something happened', [
  { name: 'qcrq', comment: '迁出日期', type: 'DATE', expect: 'household_registration' },
  { name: 'first_reg_date', comment: '初次登记日期', type: 'DATE', expect: 'vehicle' },
  { name: 'lxdh', type: 'DATE', expect: undefined },
  { name: 'exam_score', owner: 'StudentTranscript', type: 'float', expect: 'education_work' },
]);

classifyTable('a distinctive Chinese description outranks a negative name', [
  { name: 'company_name', owner: 'LoanApplicant', comment: '借款人工作单位', expect: 'education_work' },
  { name: 'company_name', owner: 'Supplier', comment: '公司名称', expect: undefined },
  { name: 'file_name', owner: 'Upload', comment: '文件名', expect: undefined },
]);

classifyTable('vocabulary of the Ningbo information types', [
  { name: 'imeisv', owner: 'AttachEvent', expect: 'online_id' },
  { name: 'shareholder_code', owner: 'MarginAccount', expect: 'property' },
  { name: 'gddm', owner: 'zq_kh', comment: '股东代码', expect: 'property' },
  { name: 'net_asset', owner: 'MarginAccount', expect: 'property' },
  { name: 'entrust_no', owner: 'EntrustFill', expect: 'transaction' },
  { name: 'price', owner: 'EntrustFill', expect: 'transaction' },
  { name: 'price', owner: 'Product', expect: undefined },
  { name: 'fwzl', owner: 'gf_ht', comment: '房屋坐落', expect: 'property' },
  { name: 'jzmj', owner: 'house_purchase', expect: 'property' },
  { name: 'building_area', owner: 'OfficeTower', expect: undefined },
  { name: 'move_in_date', owner: 'apartment_lease', type: 'date', expect: 'accommodation' },
  { name: 'whcd', owner: 'rk', expect: 'education_work' },
  { name: 'cym', owner: 'rk', expect: 'name' },
  { name: 'disabilityCertNo', owner: 'Volunteer', expect: 'religion_identity' },
  { name: 'icd10', owner: 'outpatient_visit', expect: 'health' },
  { name: 'ccdjrq', owner: 'jdc', comment: '初次登记日期', type: 'DATETIME', expect: 'vehicle' },
  { name: 'wfxw', owner: 'jdc_wf', expect: 'criminal_record' },
  { name: 'blocked_users', owner: 'UserSocial', expect: 'contacts_list' },
  { name: 'route_polyline', owner: 'Trip', expect: 'whereabouts' },
]);

classifyTable('an application for something is a record someone files; an application alone is software', [
  { name: 'mobile', owner: 'LoanApplication', expect: 'contact' },
  { name: 'phone', owner: 'SubsidyApplication', expect: 'contact' },
  { name: 'mobile', owner: 'PermitApplicationDTO', expect: 'contact' },
  // Negative: the application is software (alone, of the web, of OAuth).
  { name: 'mobile', owner: 'Application', expect: undefined },
  { name: 'mobile', owner: 'WebApplication', expect: undefined },
  { name: 'name', owner: 'OAuthApplication', expect: undefined },
]);
