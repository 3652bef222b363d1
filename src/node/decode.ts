/**
 * Turns a source file's bytes into text the way an editor would, with the same detection the
 * dataset readers use (encoding.ts: a byte-order mark decides, else valid UTF-8 is UTF-8, else
 * GB18030, the superset of GBK/GB2312 common in Chinese source files and SQL dumps). NUL bytes
 * without a byte-order mark mean binary.
 */
import { TextDecoder } from 'node:util';
import { detectEncoding } from './encoding.js';

export type DecodedText =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
    }
  | { readonly kind: 'binary' };

const BINARY_SNIFF_BYTES = 8000;

/** Lazily created: most repositories never need it. */
let gbDecoder: TextDecoder | undefined;

function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Decodes a whole file's bytes, or reports that they are binary. */
export function decodeText(bytes: Buffer): DecodedText {
  const detected = detectEncoding(bytes);
  // Without a byte-order mark, zero bytes mean binary (UTF-16 source files carry a BOM).
  if (detected.how !== 'bom' && looksBinary(bytes)) return { kind: 'binary' };
  const body = bytes.subarray(detected.bomLength);
  switch (detected.encoding) {
    case 'utf-8':
      return { kind: 'text', text: body.toString('utf8'), encoding: 'utf-8' };
    case 'utf-16le':
      return { kind: 'text', text: body.toString('utf16le'), encoding: 'utf-16le' };
    case 'utf-16be': {
      // Swap into little-endian on a copy; Node has no big-endian UTF-16 decoder.
      const swapped = Buffer.from(body.subarray(0, body.length - (body.length % 2)));
      swapped.swap16();
      return { kind: 'text', text: swapped.toString('utf16le'), encoding: 'utf-16be' };
    }
    default:
      gbDecoder ??= new TextDecoder('gb18030');
      return { kind: 'text', text: gbDecoder.decode(body), encoding: 'gb18030' };
  }
}
