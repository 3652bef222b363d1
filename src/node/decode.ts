/**
 * Turns file bytes into text the way an editor would: a byte-order mark decides (UTF-8,
 * UTF-16 LE/BE); otherwise valid UTF-8 is UTF-8, and anything else is read as GB18030 (a
 * superset of GBK/GB2312, the usual legacy encoding of Chinese source files and SQL dumps).
 * NUL bytes without a UTF-16 BOM mean binary.
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

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
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { kind: 'text', text: bytes.toString('utf8', 3), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: bytes.toString('utf16le', 2), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swap into little-endian on a copy; Node has no big-endian UTF-16 decoder.
    const body = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    body.swap16();
    return { kind: 'text', text: body.toString('utf16le'), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) return { kind: 'binary' };
  if (isUtf8(bytes)) return { kind: 'text', text: bytes.toString('utf8'), encoding: 'utf-8' };
  gbDecoder ??= new TextDecoder('gb18030');
  return { kind: 'text', text: gbDecoder.decode(bytes), encoding: 'gb18030' };
}
