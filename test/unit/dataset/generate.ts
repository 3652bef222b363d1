/**
 * Synthetic personal data for tests and the benchmark. Every value is generated (resident IDs
 * get a computed check character, cards a computed Luhn digit) from a seeded PRNG: no real
 * person's data is ever committed.
 */
import { COMMON_SURNAMES, luhnCheckDigit, residentIdCheckChar } from '../../../src/core/values/index.js';
import { pick, seeded } from './random.js';

const REGIONS = ['110101', '310104', '440305', '330106', '510107', '420111'];
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红'.split('');
const STREETS = ['中山路', '解放路', '人民路', '建设路', '和平街', '长江路'];
const CITIES = [
  '北京市朝阳区',
  '上海市徐汇区',
  '广东省深圳市南山区',
  '浙江省杭州市西湖区',
  '四川省成都市武侯区',
];

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

export class PersonGenerator {
  readonly rand: () => number;
  constructor(seed: number) {
    this.rand = seeded(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  residentId(birthYear?: number): string {
    const y = birthYear ?? this.int(1950, 2005);
    const first17 = `${pick(this.rand, REGIONS)}${y}${pad(this.int(1, 12), 2)}${pad(this.int(1, 28), 2)}${pad(this.int(0, 999), 3)}`;
    return first17 + (residentIdCheckChar(first17) ?? '0');
  }
  mobile(): string {
    return `1${pick(this.rand, ['38', '39', '58', '86', '77', '99'])}${pad(this.int(0, 99999999), 8)}`;
  }
  bankCard(): string {
    const partial = `622202${pad(this.int(0, 999999999), 9)}${pad(this.int(0, 999), 3)}`;
    return partial + luhnCheckDigit(partial);
  }
  name(): string {
    return (
      pick(this.rand, COMMON_SURNAMES) +
      pick(this.rand, GIVEN) +
      (this.rand() < 0.5 ? pick(this.rand, GIVEN) : '')
    );
  }
  address(): string {
    return `${pick(this.rand, CITIES)}${pick(this.rand, STREETS)}${this.int(1, 999)}号${this.int(1, 30)}栋${this.int(101, 2808)}室`;
  }
  email(): string {
    return `user${this.int(1, 9999999)}@example.com`;
  }
}

export function csvEscape(v: string, delimiter = ','): string {
  return /["\r\n]/.test(v) || v.includes(delimiter) ? `"${v.replaceAll('"', '""')}"` : v;
}
