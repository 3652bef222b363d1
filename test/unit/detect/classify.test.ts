import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyField, DISMISSED, readField } from '../../../src/core/detect/classify.js';
import type { FieldCandidate } from '../../../src/core/types.js';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };

interface Case {
  readonly name: string;
  readonly owner?: string;
  readonly type?: string;
  readonly comment?: string;
  readonly ownerComment?: string;
  /** Expected category, or undefined for "not personal information". */
  readonly expect: string | undefined;
  readonly confidence?: 'high' | 'medium' | 'low';
}

function candidate(c: Case): FieldCandidate {
  return {
    name: c.name,
    range,
    role: 'declaration',
    ...(c.owner !== undefined ? { owner: c.owner } : {}),
    ...(c.type !== undefined ? { declaredType: c.type } : {}),
    ...(c.comment !== undefined ? { comment: c.comment } : {}),
    ...(c.ownerComment !== undefined ? { ownerComment: c.ownerComment } : {}),
  };
}

function run(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    for (const c of cases) {
      const label = [
        c.name,
        c.owner && `owner ${c.owner}`,
        c.type && `type ${c.type}`,
        c.comment && `comment ${c.comment}`,
      ]
        .filter(Boolean)
        .join(', ');
      it(`${label} → ${c.expect ?? 'not PI'}${c.confidence ? ` (${c.confidence})` : ''}`, () => {
        const f = classifyField(candidate(c));
        assert.equal(f?.category, c.expect);
        if (c.confidence !== undefined) assert.equal(f?.confidence, c.confidence);
        if (f !== undefined) assert.ok(f.evidence.length > 0, 'every finding says why');
      });
    }
  });
}

run('classify: identifiers in every naming style', [
  { name: 'idCard', expect: 'id_number', confidence: 'high' },
  { name: 'userIDCard', expect: 'id_number', confidence: 'high' },
  { name: 'IDCardNo', expect: 'id_number' },
  { name: 'ID_CARD_NO', expect: 'id_number' },
  { name: 'id-card-no', expect: 'id_number' },
  { name: 'IDCARD', expect: 'id_number' },
  { name: 'idcardno', expect: 'id_number' },
  { name: 'national_id', expect: 'id_number' },
  { name: 'passportNo', expect: 'id_number' },
  { name: 'realName', expect: 'name', confidence: 'high' },
  { name: 'first_name', expect: 'name' },
  { name: 'mobilePhone', expect: 'contact', confidence: 'high' },
  { name: 'PHONE_NUMBER', expect: 'contact' },
  { name: 'phonenumber', expect: 'contact' },
  { name: 'userphone', expect: 'contact' },
  { name: 'email', expect: 'contact', confidence: 'medium' },
  { name: 'emailAddress', expect: 'contact' },
  { name: 'homeAddress', expect: 'address' },
  { name: 'ipAddress', expect: 'online_id' },
  // Read as one word (not ipv + 4), and an IP address like `client_ip`.
  { name: 'clientIPv4', expect: 'online_id' },
  { name: 'imei', expect: 'online_id' },
  { name: 'deviceId', expect: 'online_id' },
  { name: 'birthDate', expect: 'basic_profile' },
  { name: 'fingerprintTemplate', expect: 'biometric' },
  { name: 'faceFeature', expect: 'face' },
  { name: 'diagnosis', expect: 'health' },
  { name: 'plateNo', expect: 'vehicle' },
  { name: 'maritalStatus', expect: 'marital_orientation' },
  { name: 'creditReport', expect: 'credit' },
  { name: 'browseHistory', expect: 'online_activity' },
  { name: 'contactList', expect: 'contacts_list' },
  { name: 'religion', expect: 'religion_identity' },
  { name: 'criminalRecord', expect: 'criminal_record' },
  { name: 'trajectory', expect: 'whereabouts' },
  { name: 'chatContent', expect: 'communication_content' },
  { name: 'callLog', expect: 'communication_records' },
  { name: 'checkinTime', expect: 'accommodation' },
  { name: 'purchaseHistory', expect: 'transaction' },
  { name: 'hukou', expect: 'household_registration' },
  { name: 'jobTitle', expect: 'education_work' },
]);

run('classify: pinyin abbreviations', [
  { name: 'sfzh', expect: 'id_number', confidence: 'high' },
  { name: 'gmsfhm', expect: 'id_number' },
  { name: 'GMSFHM', expect: 'id_number' },
  { name: 'xm', expect: 'name', confidence: 'medium' },
  { name: 'lxdh', expect: 'contact' },
  { name: 'jtzz', expect: 'address' },
  { name: 'yhkh', expect: 'property' },
  { name: 'csrq', expect: 'basic_profile' },
  { name: 'hjdz', expect: 'address' },
  { name: 'hkxz', expect: 'household_registration' },
  { name: 'c9', comment: '与户主关系', expect: 'household_registration' },
  { name: 'khsjh', expect: 'contact' },
  { name: 'user_sfzh', expect: 'id_number' },
  { name: 'xm', comment: '项目名称', expect: undefined },
  { name: 'xm', comment: '姓名', expect: 'name', confidence: 'high' },
]);

run('classify: ambiguous pinyin needs confirmation', [
  { name: 'zw', expect: undefined },
  { name: 'gj', expect: undefined },
  { name: 'mz', expect: undefined },
  { name: 'dz', expect: undefined },
  { name: 'zh', expect: undefined },
  { name: 'zjhm', expect: undefined },
  { name: 'zw', comment: '职务', expect: 'education_work' },
  { name: 'zw', comment: '指纹', expect: 'biometric' },
  { name: 'gj', comment: '国籍', expect: 'basic_profile' },
  { name: 'gj', comment: '轨迹', expect: 'whereabouts' },
  { name: 'mz', comment: '民族', expect: 'basic_profile' },
  { name: 'mz', comment: '门诊科室', expect: undefined },
  { name: 'dz', comment: '地址', expect: 'address' },
  { name: 'dz', comment: '电子签章', expect: undefined },
  { name: 'zh', comment: '登录账号', expect: 'online_id' },
  { name: 'zh', comment: '综合评分', expect: undefined },
  { name: 'zjhm', comment: '证件号码', expect: 'id_number' },
  { name: 'zjhm', comment: '主叫号码', expect: 'communication_records' },
  { name: 'zjhm', type: 'varchar(18)', expect: 'id_number' },
  { name: 'zw', type: 'blob', owner: 'user', expect: 'biometric' },
]);

run('classify: negatives and compounds', [
  { name: 'memoryAddress', expect: undefined },
  { name: 'macroAddress', expect: undefined },
  { name: 'emailTemplate', expect: undefined },
  { name: 'phoneModel', expect: undefined },
  { name: 'nameSpace', expect: undefined },
  { name: 'namespace', expect: undefined },
  { name: 'fileName', expect: undefined },
  { name: 'filename', expect: undefined },
  { name: 'productName', expect: undefined },
  { name: 'hostName', expect: undefined },
  { name: 'serverAddress', expect: undefined },
  { name: 'walletAddress', expect: undefined },
  { name: 'emailEnabled', expect: undefined },
  { name: 'emailEnabled', type: 'boolean', expect: undefined },
  { name: 'phoneVerified', expect: undefined },
  { name: 'idCardStatus', expect: undefined },
  { name: 'phone_login_enabled', expect: undefined },
  { name: 'mobileApp', expect: undefined },
  { name: 'maxAge', expect: undefined },
  { name: 'lineHeight', expect: undefined },
  { name: 'clientHeight', owner: 'documentElement', expect: undefined },
  { name: 'offsetHeight', owner: 'patient', expect: undefined },
  { name: 'height', owner: 'patient', expect: 'health' },
  { name: 'fontWeight', expect: undefined },
  { name: 'loadBalance', expect: undefined },
  { name: 'validatePhone', expect: undefined },
  { name: 'formatAddress', expect: undefined },
  { name: 'sendEmail', expect: undefined },
  { name: 'hasEmail', expect: undefined },
  { name: 'dbPassword', expect: undefined },
  { name: 'clientSecret', expect: undefined },
  { name: 'apiKey', expect: undefined },
  { name: 'serviceAccountName', expect: undefined },
  { name: 'versionName', expect: undefined },
  { name: 'className', expect: undefined },
  { name: 'passwordPolicy', expect: undefined },
  { name: 'keyFingerprint', expect: undefined },
  { name: 'name', expect: undefined },
  { name: 'address', expect: undefined },
  { name: 'password', expect: undefined },
  { name: 'age', expect: undefined },
  { name: 'weight', expect: undefined },
  { name: 'token', expect: undefined },
  { name: 'tz', expect: undefined },
  { name: 'ls', expect: undefined },
  { name: 'status', expect: undefined },
  { name: 'createdAt', expect: undefined },
]);

run('classify: owner context', [
  { name: 'phone', owner: 'store', expect: undefined },
  { name: 'phone', owner: 'Company', expect: undefined },
  { name: 'address', owner: 'company', expect: undefined },
  { name: 'storePhone', expect: undefined },
  { name: 'companyAddress', expect: undefined },
  { name: 'phone', owner: 'user', expect: 'contact', confidence: 'high' },
  { name: 'name', owner: 'users', expect: 'name', confidence: 'medium' },
  { name: 'name', owner: 'products', expect: undefined },
  { name: 'address', owner: 'Customer', expect: 'address' },
  { name: 'password', owner: 't_user', expect: 'credential' },
  { name: 'password', owner: 'datasource', expect: undefined },
  { name: 'balance', owner: 'member', expect: 'property' },
  { name: 'balance', expect: undefined },
  { name: 'customerPhone', owner: 'store', expect: 'contact' },
  { name: 'idCard', owner: 'merchant', expect: 'id_number' },
  { name: 'phone', owner: 't_ry', ownerComment: '人员信息表', expect: 'contact', confidence: 'high' },
  { name: 'phone', owner: 't_md', ownerComment: '门店信息表', expect: undefined },
  { name: 'street', owner: 'Address', expect: 'address' },
  { name: 'province', owner: 'Address', expect: 'address' },
  { name: 'province', owner: 'Warehouse', expect: undefined },
  { name: 'amount', owner: 'orders', expect: 'transaction' },
  { name: 'amount', owner: 'products', expect: undefined },
  { name: 'roomNo', owner: 'HotelStay', expect: 'accommodation' },
  { name: 'roomNo', owner: 'MeetingRoom', expect: undefined },
  { name: 'idCard', owner: 'rules', expect: undefined },
]);

run('classify: comments, Chinese above all', [
  { name: 'col1', comment: '身份证号码', expect: 'id_number', confidence: 'high' },
  { name: 'f_addr', comment: '家庭住址', expect: 'address' },
  { name: 'phone', comment: '门店电话', expect: undefined },
  { name: 'phone', comment: '客服电话', expect: undefined },
  { name: 'tel', comment: '联系电话', expect: 'contact', confidence: 'high' },
  { name: 'c3', comment: '手机号，用于接收验证码', expect: 'contact' },
  { name: 'face_img', comment: '入住人脸核验照片', expect: 'face' },
  // An English description is weaker than a Chinese one, unless it says whose data it is.
  { name: 'c4', comment: 'the phone number', expect: 'contact', confidence: 'medium' },
  { name: 'c4', comment: "the customer's phone number", expect: 'contact', confidence: 'high' },
  { name: 'c5', comment: '创建时间', expect: undefined },
  { name: 'c6', comment: '是否启用邮箱', expect: undefined },
  { name: 'c7', comment: 'expect: contact', expect: undefined },
  { name: '手机号', expect: 'contact' },
  { name: '用户身份证号', expect: 'id_number' },
  { name: '商品名称', expect: undefined },
]);

run('classify: declared types', [
  { name: 'phone', type: 'boolean', expect: undefined },
  { name: 'phone', type: 'tinyint(1)', expect: undefined },
  { name: 'mobile', type: 'bit', expect: undefined },
  { name: 'isMarried', type: 'boolean', expect: 'marital_orientation' },
  { name: 'pregnant', type: 'Boolean', expect: 'health' },
  { name: 'id_no', expect: 'id_number', confidence: 'medium' },
  { name: 'id_no', type: 'varchar(18)', expect: 'id_number', confidence: 'high' },
  { name: 'name', owner: 'users', type: 'int', expect: undefined },
  { name: 'address', owner: 'users', type: 'bigint', expect: undefined },
  { name: 'birthday', type: 'date', expect: 'basic_profile', confidence: 'high' },
  { name: 'home', owner: 'User', type: 'Address', expect: 'address' },
  { name: 'pickup', type: 'GeoPoint', expect: 'whereabouts', confidence: 'low' },
]);

describe('classify: classes, contests, flags', () => {
  it('a bare bank card is contested: class A strict, C lenient', () => {
    const c = candidate({ name: 'bankCardNo', expect: 'property' });
    assert.equal(classifyField(c)?.class, 'A');
    assert.equal(classifyField(c)?.contest, 'bare_bank_card');
    assert.equal(classifyField(c, { contestedReading: 'lenient' })?.class, 'C');
  });
  it('an account balance is property, uncontested', () => {
    const f = classifyField(candidate({ name: 'accountBalance', expect: 'property' }));
    assert.deepEqual([f?.class, f?.contest], ['A', undefined]);
  });
  it('a payment password is a contested financial credential', () => {
    const f = classifyField(candidate({ name: 'payPassword', expect: 'credential' }));
    assert.equal(f?.contest, 'financial_credential');
    assert.equal(
      classifyField(candidate({ name: 'payPassword', expect: '' }), { contestedReading: 'lenient' })?.class,
      'C',
    );
  });
  it('an order number is a contested e-commerce order, low confidence', () => {
    const f = classifyField(candidate({ name: 'order_no', expect: 'transaction' }));
    assert.deepEqual(
      [f?.category, f?.class, f?.contest, f?.confidence],
      ['transaction', 'B', 'ecommerce_order', 'low'],
    );
  });
  it('a historical trip record is contested; a real-time coordinate and a trajectory are not', () => {
    assert.equal(
      classifyField(candidate({ name: 'trip_history', expect: '' }))?.contest,
      'historical_location',
    );
    assert.equal(classifyField(candidate({ name: 'latitude', expect: '' }))?.contest, undefined);
    assert.equal(classifyField(candidate({ name: 'latitude', expect: '' }))?.class, 'A');
    assert.equal(classifyField(candidate({ name: 'trajectory', expect: '' }))?.contest, undefined);
  });
  it('flags minors: guardian phone, student number, a student owner', () => {
    assert.equal(classifyField(candidate({ name: 'guardianPhone', expect: '' }))?.minor, true);
    assert.equal(classifyField(candidate({ name: 'student_no', expect: '' }))?.minor, true);
    assert.equal(classifyField(candidate({ name: 'phone', owner: 'Student', expect: '' }))?.minor, true);
    assert.equal(
      classifyField(candidate({ name: 'phone', owner: 'Customer', expect: '' }))?.minor,
      undefined,
    );
  });
  it('names its evidence kinds', () => {
    const f = classifyField(
      candidate({ name: 'sfzh', owner: 'users', type: 'char(18)', comment: '身份证号', expect: '' }),
    );
    assert.deepEqual(
      f?.evidence.map((e) => e.kind),
      ['token', 'comment', 'owner', 'type'],
    );
  });
  it('a sibling that identifies a person lends its context', () => {
    const c = candidate({ name: 'password', owner: 'payload', expect: '' });
    assert.equal(classifyField(c), undefined);
    assert.equal(classifyField(c, { siblingPerson: 'realName' })?.category, 'credential');
  });

  it('a field dismissed before the sibling is read is told apart, and no sibling changes it', () => {
    for (const name of ['createdAt', 'status', 'retryCount']) {
      const c = candidate({ name, owner: 'payload', type: 'number', expect: '' });
      assert.equal(readField(c), DISMISSED, name);
      assert.equal(classifyField(c), undefined, name);
      assert.equal(classifyField(c, { siblingPerson: 'realName' }), undefined, name);
    }
  });

  it('a field the sibling may still make personal is not dismissed', () => {
    const c = candidate({ name: 'password', owner: 'payload', expect: '' });
    assert.equal(readField(c), undefined);
    assert.notEqual(readField(c, { siblingPerson: 'realName' }), DISMISSED);
  });
});
