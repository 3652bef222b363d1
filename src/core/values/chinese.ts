/** Chinese addresses and personal names, recognised from vocabulary (no lookup service). */
import { isPlaceName, PROVINCE_SHORT_NAMES } from './places.js';
import { HAN, hasHan } from '../text/han.js';

/** Province-level divisions, short forms (the full forms start with these). */
const PROVINCES = PROVINCE_SHORT_NAMES;
const HAN_NAME = new RegExp(`^[${HAN}]{2,4}$`);
const ADMIN_UNIT = new RegExp(`[${HAN}]{1,8}?(?:省|自治区|市|自治州|地区|盟|区|县|旗|镇|乡|街道)`);
const STREET_UNIT = /(?:路|街|道|巷|弄|胡同|村|组|号|栋|幢|单元|室|楼|小区|大厦|花园)/;

/**
 * Whether `value` reads as a Chinese postal address: it names a province, or has an
 * administrative unit (市/区/县…), and in either case a street-level unit (路/号/室…).
 */
export function isChineseAddress(value: string): boolean {
  const v = value.trim();
  if (v.length < 6 || v.length > 120 || !hasHan(v)) return false;
  const hasRegion = PROVINCES.some((p) => v.startsWith(p)) || ADMIN_UNIT.test(v);
  return hasRegion && STREET_UNIT.test(v);
}

/** Common single-character surnames (the ~150 most frequent cover ~90 % of the population). */
const SURNAMES = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢' +
    '姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温' +
    '康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍' +
    '涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑' +
    '景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟' +
    '邝封'
  ).split(''),
);
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '司徒',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '夏侯',
  '令狐',
  '端木',
  '南宫',
  '西门',
];
const NOT_A_GIVEN_NAME = /[省市区县镇乡村路街号店局司厂院校部队组]$/;

/**
 * Whether `value` reads as a Chinese personal name: 2–4 Han characters (a middle dot allowed
 * for transliterated names is not), starting with a common surname, not ending like a place
 * or an organisation, and not a place name (宁波, 江苏).
 */
export function isChineseName(value: string): boolean {
  const v = value.trim();
  if (!HAN_NAME.test(v) || NOT_A_GIVEN_NAME.test(v)) return false;
  // 宁波, 金华, 江苏: places that start with a surname are not people.
  if (isPlaceName(v)) return false;
  if (COMPOUND_SURNAMES.some((s) => v.startsWith(s))) return v.length >= 3;
  return SURNAMES.has(v[0] ?? '');
}

/** The surname list, exposed for test-data generators. */
export const COMMON_SURNAMES: readonly string[] = [...SURNAMES];
export const PROVINCE_NAMES: readonly string[] = PROVINCES;
