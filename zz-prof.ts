import { typescriptExtractor } from './src/core/scan/code/typescript.ts';
const parts: string[] = [];
for (let i = 0; parts.length < 10000; i++) {
  parts.push(`/** 用户 ${i} */`, `@Entity()`, `export class User${i} {`, `  /** 身份证号 */`, `  @Column({ comment: '身份证号', name: 'sfzh' })`, `  idCard${i}!: string; // trailing`, `  phone?: string;`, `  save() { return this.repo.save(user.idCard, order.total); }`, `}`, `const S${i} = z.object({ email: z.string().describe('邮箱'), age: z.number() });`);
}
const text = parts.join('\n');
for (let k = 0; k < 8; k++) {
  const t0 = performance.now();
  const r = typescriptExtractor.extract(text, { path: 'big.ts' });
  console.log('ts', (performance.now() - t0).toFixed(1), 'ms', r.ok ? r.fields.length : r.error);
}
