/**
 * Streaming extraction of one repeated element (`<row>`, `<si>`) from XML text, in linear time
 * and bounded memory: each byte is searched once, and an element longer than the cap is
 * skipped without being buffered (only a possible partial closing tag is kept).
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
  let mode: 'seek' | 'inside' | 'skip' = 'seek';
  let buf = '';
  // Inside an element (which starts at buf[0]): the end of its opening tag, once found, and
  // where the next search resumes, so nothing is searched twice.
  let gt = -1;
  let from = 0;
  const step = (): boolean => {
    for (;;) {
      if (mode === 'seek') {
        open.lastIndex = 0;
        const m = open.exec(buf);
        if (m === null) {
          buf = buf.slice(-(tag.length + 1));
          return true;
        }
        buf = buf.slice(m.index);
        mode = 'inside';
        gt = -1;
        from = tag.length + 1;
      }
      if (mode === 'inside') {
        if (gt < 0) {
          gt = buf.indexOf('>', from);
          if (gt < 0) from = buf.length;
          else if (buf.charCodeAt(gt - 1) === 47 /* / */) {
            const xml = buf.slice(0, gt + 1);
            buf = buf.slice(gt + 1);
            mode = 'seek';
            if (onElement(xml) === false) return false;
            continue;
          } else from = gt + 1;
        }
        const end = gt < 0 ? -1 : buf.indexOf(close, from);
        if (end >= 0) {
          const xml = buf.slice(0, end + close.length);
          buf = buf.slice(end + close.length);
          mode = 'seek';
          if (onElement(xml) === false) return false;
          continue;
        }
        if (gt >= 0) from = Math.max(gt + 1, buf.length - close.length + 1);
        if (buf.length <= maxChars) return true;
        onSkip('too-long');
        mode = 'skip';
        buf = buf.slice(-(close.length - 1));
      }
      // skip: discard until the closing tag, keeping only what could be its beginning.
      const end = buf.indexOf(close);
      if (end < 0) {
        buf = buf.slice(-(close.length - 1));
        return true;
      }
      buf = buf.slice(end + close.length);
      mode = 'seek';
    }
  };
  for await (const chunk of stream) {
    buf += decoder.decode(chunk, { stream: true });
    if (!step()) return;
  }
  buf += decoder.decode();
  if (!step()) return;
  if ((mode as string) === 'inside') onSkip('unterminated');
}
