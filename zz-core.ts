import { scanText } from './src/core/scan/index.ts';
import { typescriptExtractor } from './src/core/scan/code/typescript.ts';
import { parser } from '@lezer/javascript';
function rng(seed: number): () => number { let s = seed >>> 0; return () => { s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return s / 2 ** 32; }; }
const PI = ['realName', 'idCardNumber', 'mobilePhone', 'homeAddress', 'bankCardNo', 'gpsLocation', 'medicalRecord', 'email', 'birthDate', 'wechatId'];
const PLAIN = ['createdAt', 'updatedAt', 'status', 'version', 'retryCount', 'pageSize', 'sortOrder', 'enabled', 'totalAmount', 'remark', 'productName', 'fileName'];
const pick = <T,>(r: () => number, l: readonly T[]) => l[Math.floor(r() * l.length)] as T;
const fields = (r: () => number, n: number) => Array.from({ length: n }, () => (r() < 0.3 ? pick(r, PI) : pick(r, PLAIN)));
const gen = (r: () => number, i: number) => Array.from({ length: 4 }, (_, k) => [`/** Model ${i}.${k} of the generated service. */`, `export interface Entity${i}x${k} {`, ...fields(r, 8).map((f) => `  ${f}: string;`), '}', `export function load${i}x${k}(e: Entity${i}x${k}): string {`, `  return e.${pick(r, PLAIN)} + String(e);`, '}', ''].join('\n')).join('\n');
const r = rng(7); const parts: string[] = [];
while (parts.join('\n').split('\n').length < 10_000) parts.push(gen(r, parts.length));
const text = parts.join('\n').split('\n').slice(0, 10_000).join('\n');
const p = parser.configure({ dialect: 'ts' });
const med = (f: () => void) => { for (let i = 0; i < 3; i++) f(); const t: number[] = []; for (let i = 0; i < 11; i++) { const a = process.cpuUsage(); f(); const d = process.cpuUsage(a); t.push((d.user + d.system) / 1000); } t.sort((a, b) => a - b); return t[5]!.toFixed(1); };
console.log('bytes', text.length);
console.log('lezer parse', med(() => p.parse(text)));
console.log('extract', med(() => typescriptExtractor.extract(text, { path: 'a.ts' })));
console.log('scanText', med(() => scanText(text, { path: 'bench/generated.ts' })));
