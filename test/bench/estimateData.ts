/**
 * Generates the benchmark CSV (eight columns: name, resident ID, mobile, address, e-mail,
 * gender, and two non-PI columns, a product code and a note; about 5 % exact duplicates and 2 %
 * rows with no PI) into a cache folder, once per row count. All values are synthetic (computed
 * check characters). Bump VERSION when the layout changes.
 *
 * Disk: the cache is ~/.cache/pilens-bench (or $PILENS_BENCH_DIR); about 134 bytes a row, so
 * 2 million rows take ~255 MB and 8 million ~1 GB. The benchmark keeps the smallest size it runs
 * cached on purpose (regenerating it costs more than the run) and deletes the larger ones it
 * generated, which exist only for the memory comparison; see estimate.ts.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { PersonGenerator } from '../unit/dataset/generate.js';

export const HEADER = ['姓名', '身份证号', '手机号', '住址', '邮箱', '性别', '商品编号', '备注'];
/** The PI columns (what DuckDB must test to find rows with PI). */
export const PI_COLUMNS = ['姓名', '身份证号', '手机号', '住址', '邮箱', '性别'];
const VERSION = 2;

export function cacheDir(): string {
  const dir = process.env.PILENS_BENCH_DIR ?? path.join(homedir(), '.cache', 'pilens-bench');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Path of the generated file with `rows` data rows, generating it if missing (`created`). */
export async function benchFile(rows: number): Promise<{ file: string; created: boolean }> {
  const file = path.join(cacheDir(), `people-v${VERSION}-${rows}.csv`);
  if (existsSync(file)) return { file, created: false };
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp);
  const g = new PersonGenerator(rows);
  const recent: string[] = [];
  let batch: string[] = [HEADER.join(',')];
  for (let i = 0; i < rows; i++) {
    let line: string;
    const r = g.rand();
    if (r < 0.05 && recent.length > 0) line = recent[Math.floor(g.rand() * recent.length)] as string;
    else if (r < 0.07) line = `,,,,,,SKU-${g.int(1, 99999)},no pi`;
    else {
      line = [
        g.name(),
        g.residentId(),
        g.mobile(),
        g.address(),
        g.email(),
        g.rand() < 0.5 ? '男' : '女',
        `SKU-${g.int(1, 99999)}`,
        `note ${i % 97}`,
      ].join(',');
      if (recent.length < 1000) recent.push(line);
      else recent[i % 1000] = line;
    }
    batch.push(line);
    if (batch.length >= 20000) {
      if (!out.write(batch.join('\n') + '\n'))
        await new Promise<void>((res) => {
          out.once('drain', () => {
            res();
          });
        });
      batch = [];
    }
  }
  out.write(batch.length > 0 ? batch.join('\n') + '\n' : '');
  await new Promise<void>((res, rej) => {
    out.end((e?: Error | null) => {
      if (e) rej(e);
      else res();
    });
  });
  renameSync(tmp, file);
  return { file, created: true };
}
