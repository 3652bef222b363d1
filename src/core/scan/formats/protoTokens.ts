import type { CommentSpan } from '../kit/index.js';

export interface ProtoToken {
  readonly kind: 'word' | 'number' | 'string' | 'punct';
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Tokenizes Protocol Buffers source: identifiers (dotted names come out as words and `.`
 * punctuation), numbers, strings and punctuation, with `//` and `/* … *\/` comments kept aside
 * for attaching to fields. Throws on an unterminated string or block comment.
 */
export function tokenizeProto(text: string): { tokens: ProtoToken[]; comments: CommentSpan[] } {
  const tokens: ProtoToken[] = [];
  const comments: CommentSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      let end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      comments.push({
        from: i,
        to: end,
        words: text
          .slice(i, end)
          .replace(/^\/{2,}/, '')
          .replace(/\r$/, ''),
      });
      i = end;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw new Error(`unterminated comment at offset ${i}`);
      const body = text.slice(i + 2, close).replace(/^\*+/, '');
      comments.push({
        from: i,
        to: close + 2,
        words: body
          .split(/\r?\n/)
          .map((l) => l.replace(/^\s*\*+/, ''))
          .join(' '),
      });
      i = close + 2;
    } else if (c === '"' || c === "'") {
      let end = i + 1;
      while (end < text.length && text[end] !== c) end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) throw new Error(`unterminated string at offset ${i}`);
      tokens.push({ kind: 'string', value: text.slice(i + 1, end), start: i, end: end + 1 });
      i = end + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_]\w*/.exec(text.slice(i, i + 256)) ?? [c];
      tokens.push({ kind: 'word', value: match[0], start: i, end: i + match[0].length });
      i += match[0].length;
    } else if (/[0-9-]/.test(c) && /[0-9]/.test(text[i + (c === '-' ? 1 : 0)] ?? '')) {
      const match = /^-?[0-9][\w.]*/.exec(text.slice(i, i + 64)) ?? [c];
      tokens.push({ kind: 'number', value: match[0], start: i, end: i + match[0].length });
      i += match[0].length;
    } else {
      tokens.push({ kind: 'punct', value: c, start: i, end: i + 1 });
      i++;
    }
  }
  return { tokens, comments };
}
