// Writes the demo's synthetic datasets into samples/datasets/, deterministically (seeded PRNG):
// checksum-valid resident ID numbers (GB 11643) and well-formed mobile numbers that belong to
// nobody. Nothing from here is ever printed unmasked; the demo shows pilens's masked output only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny seeded generator, so every run writes the same bytes. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
/** GB 11643 check character for the first 17 digits. */
export function residentIdCheck(first17) {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * (WEIGHTS[i] ?? 0), 0);
  return CHECK[sum % 11];
}

const REGIONS = [
  { code: '330203', place: '浙江省宁波市海曙区' },
  { code: '330205', place: '浙江省宁波市江北区' },
  { code: '330212', place: '浙江省宁波市鄞州区' },
  { code: '310104', place: '上海市徐汇区' },
  { code: '110105', place: '北京市朝阳区' },
];
const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华'];
const STREETS = ['中山路', '解放路', '人民路', '和平街', '文化路', '新华街', '建设路'];
const MOBILE_PREFIXES = ['135', '136', '138', '139', '150', '151', '158', '177', '186', '188', '199'];
const HOTELS = ['海曙快捷酒店', '江北商务宾馆', '鄞州假日酒店', '东钱湖度假村'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}
const pad = (n, width) => String(n).padStart(width, '0');

function person(rand, index) {
  const region = pick(rand, REGIONS);
  const year = 1955 + Math.floor(rand() * 50);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const sexDigit = index % 2; // odd = male, even = female (GB 11643 sequence code parity)
  const sequence = pad(Math.floor(rand() * 50) * 20 + sexDigit + 2 * Math.floor(rand() * 5), 3);
  const first17 = `${region.code}${year}${pad(month, 2)}${pad(day, 2)}${sequence}`;
  return {
    name: pick(rand, SURNAMES) + pick(rand, GIVEN) + (rand() < 0.6 ? pick(rand, GIVEN) : ''),
    sex: Number(sequence.at(-1)) % 2 === 1 ? '男' : '女',
    id: first17 + residentIdCheck(first17),
    mobile: pick(rand, MOBILE_PREFIXES) + pad(Math.floor(rand() * 1e8), 8),
    address: `${region.place}${pick(rand, STREETS)}${1 + Math.floor(rand() * 300)}号`,
  };
}

function csv(rows) {
  return rows.map((row) => row.join(',')).join('\n') + '\n';
}

/** Writes residents.csv (6,000 class-C records) and hotel-stays.csv (800 class-B records). */
export function writeSampleDatasets(dir) {
  mkdirSync(dir, { recursive: true });
  const rand = prng(20171);
  const residents = [['序号', '姓名', '性别', '身份证号码', '手机号码', '家庭住址']];
  for (let i = 1; i <= 6000; i++) {
    const p = person(rand, i);
    residents.push([i, p.name, p.sex, p.id, p.mobile, p.address]);
  }
  const stays = [
    ['guest_name', 'id_card_no', 'mobile', 'hotel', 'room_no', 'check_in_time', 'check_out_time'],
  ];
  for (let i = 1; i <= 800; i++) {
    const p = person(rand, i);
    const day = 1 + Math.floor(rand() * 27);
    stays.push([
      p.name,
      p.id,
      p.mobile,
      pick(rand, HOTELS),
      100 + Math.floor(rand() * 900),
      `2026-10-${pad(day, 2)} 14:00`,
      `2026-10-${pad(day + 1, 2)} 12:00`,
    ]);
  }
  writeFileSync(join(dir, 'residents.csv'), csv(residents));
  writeFileSync(join(dir, 'hotel-stays.csv'), csv(stays));
  return [join(dir, 'residents.csv'), join(dir, 'hotel-stays.csv')];
}
