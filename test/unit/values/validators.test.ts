import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isBankCard,
  isBirthDate,
  isChinaCoordinatePair,
  isChineseAddress,
  isChineseName,
  isEmail,
  isImei,
  isIpv4,
  isIpv6,
  isLicencePlate,
  isMac,
  isMobile,
  isPassportOrPermit,
  isUscc,
  luhnCheckDigit,
  usccCheckChar,
} from '../../../src/core/values/index.js';

const luhn = (partial: string): string => partial + luhnCheckDigit(partial);
const badLuhn = (partial: string): string => partial + String((Number(luhnCheckDigit(partial)) + 1) % 10);
const uscc = (first17: string): string => first17 + (usccCheckChar(first17) ?? '?');

type Row = [label: string, value: string, expected: boolean];
const table: Record<string, [(v: string) => boolean, Row[]]> = {
  mobile: [
    isMobile,
    [
      ['plain', '13812345678', true],
      ['+86 prefix', '+86 13812345678', true],
      ['3-4-4 hyphens', '138-1234-5678', true],
      ['starts 12', '12812345678', false],
      ['10 digits', '1381234567', false],
      ['landline', '010-12345678', false],
      ['masked', '138****5678', false],
    ],
  ],
  bankCard: [
    isBankCard,
    [
      ['UnionPay 19', luhn('622202123456789012'), true],
      [
        'UnionPay 16 spaced',
        luhn('622848123456789')
          .replace(/(\d{4})/g, '$1 ')
          .trim(),
        true,
      ],
      ['Visa 16', luhn('411111111111111'), true],
      ['Luhn fails', badLuhn('622202123456789012'), false],
      ['unknown issuer', luhn('700000000000000'), false],
      ['14 digits', luhn('6222021234567'), false],
    ],
  ],
  imei: [
    isImei,
    [
      ['Luhn ok', luhn('35209900176148'), true],
      ['Luhn fails', badLuhn('35209900176148'), false],
      ['all zero', '000000000000000', false],
      ['16 digits', '3520990017614823', false],
    ],
  ],
  email: [
    isEmail,
    [
      ['plain', 'someone@example.com', true],
      ['plus tag', 'a.b+tag@mail.example.cn', true],
      ['no tld', 'a@b', false],
      ['two ats', 'a@b@c.com', false],
      ['spaces', 'a b@c.com', false],
    ],
  ],
  ipv4: [
    isIpv4,
    [
      ['private', '192.168.1.20', true],
      ['zeros', '0.0.0.0', true],
      ['octet 256', '192.168.1.256', false],
      ['leading zero', '192.168.01.1', false],
      ['three parts', '10.0.1', false],
    ],
  ],
  ipv6: [
    isIpv6,
    [
      ['full', '2001:0db8:85a3:0000:0000:8a2e:0370:7334', true],
      ['compressed', '2001:db8::1', true],
      ['loopback', '::1', true],
      ['v4 suffix', '::ffff:192.168.1.1', true],
      ['two ::', '2001::db8::1', false],
      ['too many groups', '1:2:3:4:5:6:7:8:9', false],
      ['time', '12:30', false],
    ],
  ],
  mac: [
    isMac,
    [
      ['colons', '00:1A:2B:3C:4D:5E', true],
      ['hyphens', '00-1a-2b-3c-4d-5e', true],
      ['dotted', '001a.2b3c.4d5e', true],
      ['mixed separators', '00:1A-2B:3C:4D:5E', false],
      ['all zero', '00:00:00:00:00:00', false],
      ['broadcast', 'FF:FF:FF:FF:FF:FF', false],
    ],
  ],
  coordinates: [
    isChinaCoordinatePair,
    [
      ['Beijing lat,lng', '39.9042,116.4074', true],
      ['Shanghai lng,lat', '121.4737, 31.2304', true],
      ['Paris', '48.8566,2.3522', false],
      ['too coarse', '39.9,116.4', false],
      ['one number', '39.9042', false],
    ],
  ],
  plate: [
    isLicencePlate,
    [
      ['ordinary', '京A12345', true],
      ['with dot', '粤B·D12345'.replace('D12345', '1234D'), true],
      ['new energy', '沪AD12345', true],
      ['letter I not used', '京I12345', false],
      ['no province', 'AB12345', false],
      ['too short', '京A1234', false],
    ],
  ],
  passport: [
    isPassportOrPermit,
    [
      ['E passport', 'E12345678', true],
      ['E + letter', 'EA1234567', true],
      ['legacy G', 'G12345678', true],
      ['HK/Macau permit', 'C12345678', true],
      ['home-return permit', 'H12345678', true],
      ['too short', 'E1234567', false],
      ['plain digits', '123456789', false],
    ],
  ],
  uscc: [
    isUscc,
    [
      ['computed check', uscc('91350100M000100Y4'), true],
      [
        'wrong check',
        uscc('91350100M000100Y4').slice(0, 17) + (usccCheckChar('91350100M000100Y4') === '0' ? '1' : '0'),
        false,
      ],
      ['letter I', 'I1350100M000100Y43', false],
      ['17 chars', '91350100M000100Y4', false],
    ],
  ],
  birthDate: [
    (v) => isBirthDate(v, new Date(Date.UTC(2026, 10, 30))),
    [
      ['ISO', '1990-03-07', true],
      ['slashes', '1990/3/7', true],
      ['compact', '19900307', true],
      ['Chinese', '1990年3月7日', true],
      ['impossible', '1990-02-30', false],
      ['future', '2030-01-01', false],
      ['1800s', '1890-01-01', false],
    ],
  ],
  address: [
    isChineseAddress,
    [
      ['province to room', '广东省深圳市南山区科技路12号3栋501室', true],
      ['city and street', '杭州市西湖区文三路100号', true],
      ['city only', '北京市', false],
      ['no street unit', '上海市徐汇区', false],
      ['English', 'No. 5 Main Street', false],
    ],
  ],
  name: [
    isChineseName,
    [
      ['two chars', '王芳', true],
      ['three chars', '李小明', true],
      ['compound surname', '欧阳娜娜', true],
      ['uncommon first char', '啊哈哈', false],
      ['place', '张家口市', false],
      ['five chars', '王小明明明', false],
      ['latin', 'Wang Fang', false],
    ],
  ],
};

for (const [name, [fn, rows]] of Object.entries(table)) {
  test(`validator ${name}`, () => {
    for (const [label, value, expected] of rows)
      assert.equal(fn(value), expected, `${name}: ${label} (${value})`);
  });
}
