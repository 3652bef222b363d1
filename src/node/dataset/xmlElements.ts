/**
 * Streaming extraction of one repeated element (`<row>`, `<si>`) from XML text, in linear time
 * and bounded memory: each character is searched at most twice (once new, once as the short
 * carry that may hold a tag cut by a chunk boundary), an open element is kept as a list of
 * pieces joined once, and an element longer than the cap is skipped without being buffered.
 */

export type SkipReason = 'too-long' | 'unterminated';

/**
 * Calls `onElement` with each complete `<tag …>…</tag>` or `<tag …/>` of the stream; stops
 * early when it returns false. Elements longer than `maxChars`, and one left open at the end,
 * are reported to `onSkip` instead.
 */
export async function forEachElement(
  stream: AsyncIterable<Uint8Array>,
  tag: string,
  maxChars: number,
  onElement: (xml: string) => boolean | undefined,
  onSkip: (reason: SkipReason) => void,
): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  const open = new RegExp(`<${tag}[\\s>/]`, 'g');
  const close = `</${tag}>`;
  const keep = close.length - 1;
  let mode: 'seek' | 'tag' | 'body' | 'skip' = 'seek';
  let carry = '';
  // The open element's text before `carry`, and its length.
  let pieces: string[] = [];
  let length = 0;
  let lastChar = 0;

  const commit = (text: string, upTo: number): void => {
    if (upTo <= 0) return;
    pieces.push(text.slice(0, upTo));
    length += upTo;
    lastChar = text.charCodeAt(upTo - 1);
  };
  const finish = (text: string, end: number): boolean | undefined => {
    mode = 'seek';
    if (length + end > maxChars) {
      onSkip('too-long');
      return true;
    }
    const xml = pieces.join('') + text.slice(0, end);
    pieces = [];
    return onElement(xml);
  };
  // Consumes `text` (carry plus new input); returns false when onElement asked to stop.
  const step = (text: string): boolean => {
    for (;;) {
      if (mode === 'seek') {
        open.lastIndex = 0;
        const m = open.exec(text);
        if (m === null) {
          carry = text.slice(-(tag.length + 1));
          return true;
        }
        text = text.slice(m.index);
        mode = 'tag';
        pieces = [];
        length = 0;
        lastChar = 0;
      }
      if (mode === 'tag') {
        const gt = text.indexOf('>', length === 0 ? tag.length + 1 : 0);
        if (gt < 0) {
          commit(text, text.length);
          carry = '';
        } else {
          const before = gt > 0 ? text.charCodeAt(gt - 1) : lastChar;
          if (before === 47 /* / */) {
            const go = finish(text, gt + 1);
            text = text.slice(gt + 1);
            if (go === false) return false;
            continue;
          }
          commit(text, gt + 1);
          text = text.slice(gt + 1);
          mode = 'body';
        }
      }
      if (mode === 'body') {
        const end = text.indexOf(close);
        if (end >= 0) {
          const go = finish(text, end + close.length);
          text = text.slice(end + close.length);
          if (go === false) return false;
          continue;
        }
        commit(text, text.length - keep);
        carry = text.slice(Math.max(0, text.length - keep));
      }
      if ((mode === 'tag' || mode === 'body') && length > maxChars) {
        onSkip('too-long');
        pieces = [];
        mode = 'skip';
        continue;
      }
      if (mode !== 'skip') return true;
      const end = text.indexOf(close);
      if (end < 0) {
        carry = text.slice(-keep);
        return true;
      }
      text = text.slice(end + close.length);
      mode = 'seek';
    }
  };
  for await (const chunk of stream) if (!step(carry + decoder.decode(chunk, { stream: true }))) return;
  if (!step(carry + decoder.decode())) return;
  if ((mode as string) === 'tag' || (mode as string) === 'body') onSkip('unterminated');
}
