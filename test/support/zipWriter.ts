/**
 * A minimal ZIP writer for tests that need crafted workbooks: stored or deflated entries, and
 * the raw bytes back so a test can corrupt any field it wants.
 */
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = (CRC_TABLE[(c ^ x) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipInput {
  readonly name: string;
  readonly data: string | Uint8Array;
  /** 0 stored, 8 deflated (default). Pre-compressed bytes may be given as `raw`. */
  readonly method?: 0 | 8;
  readonly raw?: Uint8Array;
  readonly size?: number;
}

/** The bytes of a ZIP file holding `entries`; offsets of the end-of-directory record returned too. */
export function zipBytes(entries: readonly ZipInput[]): { bytes: Buffer; eocd: number } {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const method = e.method ?? 8;
    const body = e.raw !== undefined ? Buffer.from(e.raw) : method === 8 ? deflateRawSync(data) : data;
    const name = Buffer.from(e.name, 'utf8');
    const crc = e.raw !== undefined ? 0 : crc32(data);
    const size = e.size ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + body.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return { bytes: Buffer.concat([...locals, cdBytes, end]), eocd: offset + cdBytes.length };
}

/** A one-sheet workbook whose sheet XML (and optional shared strings) are given as written. */
export function xlsxBytes(sheetXml: string, sharedStrings?: string): Buffer {
  const entries: ZipInput[] = [{ name: 'xl/worksheets/sheet1.xml', data: sheetXml }];
  if (sharedStrings !== undefined) entries.push({ name: 'xl/sharedStrings.xml', data: sharedStrings });
  return zipBytes(entries).bytes;
}

/** Inline-string cells for one row, for sheets written by hand. */
export function inlineRow(r: number, values: readonly string[]): string {
  const cells = values
    .map((v, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`)
    .join('');
  return `<row r="${r}">${cells}</row>`;
}

/** A sheet's XML around the given rows. */
export const sheet = (rows: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;
