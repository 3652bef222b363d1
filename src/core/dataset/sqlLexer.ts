/**
 * The one SQL lexer of the dump reader: a byte-level state machine over UTF-8 that knows
 * quotes, MySQL backslash escapes (`\'` `\"` `\\` `\n` …), doubled quotes (`''`), comments
 * (`--`, `#` between statements, `/* … *\/`) and parentheses, across any chunking. It streams:
 * INSERT rows are handed over tuple by tuple as they close, never as a whole statement, and
 * every piece it gathers (a statement's head, a CREATE TABLE, one value) is capped, so memory
 * follows the largest row, not the largest statement. The data lines after a PostgreSQL
 * `COPY … FROM stdin;` are handed to copyRows.ts until their `\.` line.
 *
 * Statement heads and DDL are kept "sanitized": the contents of single-quoted strings and
 * comments are dropped (`COMMENT '…,(…)…'` becomes `COMMENT ''`), so the column split of a
 * CREATE TABLE never sees a comma or parenthesis inside a comment.
 *
 * Longer than most files on purpose: it is one state machine whose states (string, comment,
 * statement head, tuple) hand bytes to each other, and reads best in one place.
 */
import type { RecordPosition } from './pendingRecord.js';
import { RecordBuffer, type RecordLimits } from './recordBuffer.js';
import { CopyRows } from './copyRows.js';

/** What the lexer found, statement by statement. */
export interface SqlEvents {
  /** A complete statement that is not an INSERT (sanitized text; null when it was too long to keep). */
  statement(kind: string, text: string | null): void;
  /** An INSERT's head (`INSERT INTO t (a, b) VALUES`, sanitized): its rows follow. */
  insert(head: string): void;
  /** A `COPY t (a, b) FROM stdin` statement (sanitized): its rows follow, as lines of data. */
  copy(head: string): void;
  /** One row tuple of the current INSERT, NULL as the empty string. */
  row(values: string[], at: RecordPosition): void;
  /** A row tuple that could not be read: too long, or cut off by the end of its statement. */
  badRow(reason: 'too-large' | 'unclosed', at: RecordPosition): void;
}

const enum Lex {
  Normal,
  Str,
  LineComment,
  BlockComment,
}

const enum Phase {
  /** Between statements. */
  Idle,
  /** Gathering a statement's first words (and all of CREATE, SET, PRAGMA, COPY). */
  Head,
  /** Skipping a statement of no interest up to its semicolon. */
  Skip,
  /** Inside an INSERT's VALUES list. */
  Tuples,
}

const BACKSLASH = 0x5c;
const SEMI = 0x3b;
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const isWord = (b: number): boolean =>
  (b >= 0x30 && b <= 0x39) ||
  (b >= 0x41 && b <= 0x5a) ||
  (b >= 0x61 && b <= 0x7a) ||
  b === 0x5f ||
  b === 0x24;
/** Statements kept whole (sanitized) for the reader: the rest are skipped without storing. */
const KEPT = new Set(['create', 'set', 'pragma', 'copy']);
/** After a backslash in MySQL strings. */
const ESCAPED: Record<number, number> = {
  0x6e: 0x0a,
  0x74: 0x09,
  0x72: 0x0d,
  0x30: 0x00,
  0x5a: 0x1a,
  0x62: 0x08,
};
const utf8 = new TextDecoder('utf-8');
/** Bytes a skipped statement must look at: its end, quotes, and comment openers. */
const SKIP_STOPS = new Uint8Array(256);
const COPY_FROM_STDIN = /\bFROM\s+stdin\b/i;
for (const c of ';\'"`-/') SKIP_STOPS[c.charCodeAt(0)] = 1;

export class SqlLexer {
  readonly #events: SqlEvents;
  readonly #limits: RecordLimits;
  /** Backslash escapes in strings: MySQL's default; off after `SET standard_conforming_strings = on` or in SQLite. */
  backslashEscapes = true;

  #lex = Lex.Normal;
  #quote = 0;
  #escapes = false;
  #escape = false;
  #quoteSeen = false;
  #star = false;
  /** A `-` or `/` that ended a chunk, waiting for the byte that says whether a comment starts. */
  #held = -1;

  #phase = Phase.Idle;
  readonly #head: RecordBuffer;
  #kind = '';
  #word = '';
  /** Words of the head so far; the first decides what is kept. */
  #words = 0;
  #prev = 0;
  #prev2 = 0;

  /** Tuple nesting: 0 between tuples, 1 inside one, more inside a function call in a value. */
  #depth = 0;
  readonly #value: RecordBuffer;
  #valueIsString = false;
  #row: string[] = [];
  #rowBytes = 0;
  #rowAt: RecordPosition = { index: 0, offset: 0 };
  #rows = 0;

  /** The rows of the current `COPY … FROM stdin`. */
  #copy: CopyRows | null = null;

  /** Where gathered bytes go, and from which index of the current chunk (-1: nothing pending). */
  #target: RecordBuffer | null = null;
  #from = -1;
  #base = 0;

  constructor(events: SqlEvents, limits: RecordLimits) {
    this.#events = events;
    this.#limits = limits;
    this.#head = new RecordBuffer(limits.maxRecordBytes);
    this.#value = new RecordBuffer(limits.maxRecordBytes);
  }

  push(input: Uint8Array): void {
    let chunk = input;
    let base = this.#base;
    if (this.#held >= 0) {
      // Rare (a chunk ended on `-` or `/`): one copy of this chunk decides it.
      chunk = new Uint8Array(input.length + 1);
      chunk[0] = this.#held;
      chunk.set(input, 1);
      base--;
      this.#held = -1;
    }
    this.#base = base;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      if (this.#copy !== null) {
        const next = this.#copy.push(chunk, i, base);
        if (next < 0) break;
        this.#copy = null;
        i = next - 1;
        continue;
      }
      let b = chunk[i] as number;
      if (this.#lex === Lex.LineComment) {
        if (b === 0x0a) {
          this.#lex = Lex.Normal;
          this.#resume(i);
        }
        continue;
      }
      if (this.#lex === Lex.BlockComment) {
        if (this.#star && b === 0x2f) {
          this.#lex = Lex.Normal;
          this.#resume(i + 1);
        }
        this.#star = b === 0x2a;
        continue;
      }
      if (this.#lex === Lex.Str && this.#inString(chunk, i, b)) continue;
      if (this.#phase === Phase.Skip && this.#lex === Lex.Normal) {
        // Nothing is kept: run to the next byte that can matter.
        while (i < n && SKIP_STOPS[chunk[i] as number] === 0) i++;
        if (i >= n) break;
        b = chunk[i] as number;
      }
      if (this.#phase === Phase.Head && this.#head.overflowed) {
        // A head past the cap cannot be read (no INSERT has a column list that long): skip it.
        this.#target = null;
        this.#phase = Phase.Skip;
      }
      if (b === 0x2d || b === 0x2f) {
        if (i + 1 >= n) {
          this.#endChunk(chunk, i);
          this.#held = b;
          this.#base += n - 1;
          return;
        }
        const c = chunk[i + 1] as number;
        if ((b === 0x2d && c === 0x2d) || (b === 0x2f && c === 0x2a)) {
          this.#flush(chunk, i);
          this.#lex = b === 0x2d ? Lex.LineComment : Lex.BlockComment;
          this.#star = false;
          i++;
          continue;
        }
      }
      this.#ordinary(chunk, i, b);
    }
    this.#endChunk(chunk, n);
    this.#base += n;
  }

  /** Keeps what is being gathered; it goes on from the start of the next chunk. */
  #endChunk(chunk: Uint8Array, end: number): void {
    const active = this.#from >= 0;
    this.#flush(chunk, end);
    if (active) this.#from = 0;
  }

  /** End of input: a statement without its semicolon still ends here. */
  end(): void {
    if (this.#copy !== null) {
      this.#copy.end();
      this.#copy = null;
      return;
    }
    if (this.#held >= 0) this.push(new Uint8Array(0));
    this.#flush(new Uint8Array(0), 0);
    this.#lex = Lex.Normal;
    this.#endStatement();
  }

  /** A byte inside a string; returns false when the string ended just before it. */
  #inString(chunk: Uint8Array, i: number, b: number): boolean {
    if (this.#escape) {
      this.#escape = false;
      this.#appendByte(ESCAPED[b] ?? b);
      if (this.#target !== null) this.#from = i + 1;
      return true;
    }
    if (this.#quoteSeen) {
      this.#quoteSeen = false;
      if (b === this.#quote) {
        // A doubled quote is one quote character.
        this.#appendByte(b);
        if (this.#target !== null) this.#from = i + 1;
        return true;
      }
      this.#lex = Lex.Normal;
      this.#endString(i);
      return false;
    }
    if (b === BACKSLASH && this.#escapes) {
      this.#flush(chunk, i);
      this.#escape = true;
    } else if (b === this.#quote) {
      this.#flush(chunk, i);
      this.#quoteSeen = true;
    }
    return true;
  }

  /** A byte outside strings and comments. */
  #ordinary(chunk: Uint8Array, i: number, b: number): void {
    switch (this.#phase) {
      case Phase.Idle:
        if (isSpace(b) || b === SEMI) return;
        if (b === 0x23) {
          this.#lex = Lex.LineComment;
          return;
        }
        this.#phase = Phase.Head;
        this.#head.clear();
        this.#kind = '';
        this.#word = '';
        this.#words = 0;
        this.#target = this.#head;
        this.#from = i;
        this.#inHead(chunk, i, b);
        return;
      case Phase.Head:
        this.#inHead(chunk, i, b);
        return;
      case Phase.Skip:
        if (b === SEMI) this.#endStatement();
        else if (b === 0x27 || b === 0x22 || b === 0x60) this.#openString(i, b);
        return;
      case Phase.Tuples:
        this.#inTuples(chunk, i, b);
    }
  }

  #inHead(chunk: Uint8Array, i: number, b: number): void {
    if (isWord(b)) {
      if (this.#word.length < 12) this.#word += String.fromCharCode(b | 0x20);
      this.#remember(b);
      return;
    }
    if (this.#word !== '' && this.#endWord(chunk, i)) {
      this.#ordinary(chunk, i, b);
      return;
    }
    this.#remember(b);
    if (b === SEMI) {
      this.#flush(chunk, i);
      this.#endStatement();
    } else if (b === 0x27 || b === 0x22 || b === 0x60) {
      // The quotes stay; the contents of a string go (identifiers in `…` or "…" stay).
      this.#flush(chunk, i + 1);
      this.#openString(i, b);
    }
  }

  /** A word of the head ended before index `i`; returns whether the phase changed. */
  #endWord(chunk: Uint8Array, i: number): boolean {
    const word = this.#word;
    this.#word = '';
    if (this.#words++ === 0) {
      this.#kind = word;
      if (word === 'insert' || word === 'replace' || KEPT.has(word)) return false;
      this.#flush(chunk, i);
      this.#target = null;
      this.#phase = Phase.Skip;
      return true;
    }
    if ((word === 'values' || word === 'value') && (this.#kind === 'insert' || this.#kind === 'replace')) {
      this.#flush(chunk, i);
      this.#events.insert(this.#head.overflowed ? '' : utf8.decode(this.#head.view()));
      this.#target = null;
      this.#phase = Phase.Tuples;
      this.#depth = 0;
      return true;
    }
    return false;
  }

  #remember(b: number): void {
    this.#prev2 = this.#prev;
    this.#prev = b;
  }

  #inTuples(chunk: Uint8Array, i: number, b: number): void {
    this.#tupleByte(chunk, i, b);
    // After the byte: a quote opening here looks at the bytes before it (E'…').
    this.#remember(b);
  }

  #tupleByte(chunk: Uint8Array, i: number, b: number): void {
    if (this.#depth === 0) {
      if (isSpace(b) || b === 0x2c) return;
      if (b === 0x28) {
        this.#depth = 1;
        this.#rowAt = { index: ++this.#rows, offset: this.#base + i };
        this.#row = [];
        this.#rowBytes = 0;
        this.#startValue(i + 1);
      } else if (b === SEMI) this.#endStatement();
      // Anything else (ON DUPLICATE KEY UPDATE …) ends the rows of this statement.
      else this.#phase = Phase.Skip;
      return;
    }
    if (b === 0x27 || b === 0x22) {
      this.#flush(chunk, i);
      if (this.#depth === 1) {
        // A prefix such as _utf8mb4, N or X before the string is not part of the value.
        if (!this.#valueIsString) this.#value.clear();
        this.#valueIsString = true;
      } else this.#appendByte(b);
      this.#openString(i, b);
      return;
    }
    if (b === 0x28) this.#depth++;
    else if (b === 0x29) {
      if (--this.#depth === 0) {
        this.#flush(chunk, i);
        this.#endValue();
        this.#endRow();
      }
    } else if (b === 0x2c && this.#depth === 1) {
      this.#flush(chunk, i);
      this.#endValue();
      this.#startValue(i + 1);
    } else if (b === SEMI) {
      // A semicolon outside quotes ends the statement, even inside a tuple.
      this.#flush(chunk, i);
      this.#endStatement();
    }
  }

  #openString(i: number, quote: number): void {
    this.#lex = Lex.Str;
    this.#quote = quote;
    this.#quoteSeen = false;
    this.#escape = false;
    // Backticks never escape; an E'…' string always does (PostgreSQL).
    const eString = (this.#prev === 0x45 || this.#prev === 0x65) && !isWord(this.#prev2);
    this.#escapes = quote !== 0x60 && (this.backslashEscapes || eString);
    const keep =
      (this.#phase === Phase.Head && quote !== 0x27) || (this.#phase === Phase.Tuples && this.#depth >= 1);
    this.#target = keep ? (this.#phase === Phase.Head ? this.#head : this.#value) : null;
    this.#from = keep ? i + 1 : -1;
  }

  /** The closing quote was the byte before `i`. */
  #endString(i: number): void {
    this.#remember(this.#quote);
    if (this.#phase === Phase.Head) {
      if (this.#quote !== 0x27) this.#target = this.#head;
      this.#head.append(Uint8Array.of(this.#quote));
    } else if (this.#phase === Phase.Tuples && this.#depth > 1)
      this.#value.append(Uint8Array.of(this.#quote));
    this.#resume(i);
  }

  /** Gathering goes on at index `i` with what the phase keeps. */
  #resume(i: number): void {
    this.#target =
      this.#phase === Phase.Head
        ? this.#head
        : this.#phase === Phase.Tuples && this.#depth >= 1 && !(this.#depth === 1 && this.#valueIsString)
          ? this.#value
          : null;
    this.#from = this.#target === null ? -1 : i;
  }

  #startValue(from: number): void {
    this.#value.clear();
    this.#valueIsString = false;
    this.#target = this.#value;
    this.#from = from;
  }

  #endValue(): void {
    const v = this.#value;
    this.#rowBytes += v.overflowed ? this.#limits.maxRecordBytes + 1 : v.length;
    if (this.#rowBytes > this.#limits.maxRecordBytes) return;
    if (this.#valueIsString) this.#row.push(utf8.decode(v.view()));
    else {
      const raw = utf8.decode(v.view()).trim();
      this.#row.push(/^null$/i.test(raw) ? '' : raw);
    }
  }

  #endRow(): void {
    this.#target = null;
    this.#from = -1;
    if (this.#rowBytes > this.#limits.maxRecordBytes) this.#events.badRow('too-large', this.#rowAt);
    else this.#events.row(this.#row, this.#rowAt);
    this.#row = [];
  }

  #endStatement(): void {
    if (this.#phase === Phase.Tuples && this.#depth > 0) this.#events.badRow('unclosed', this.#rowAt);
    else if (
      this.#phase === Phase.Head &&
      this.#kind !== '' &&
      this.#kind !== 'insert' &&
      this.#kind !== 'replace'
    ) {
      const text = this.#head.overflowed ? null : utf8.decode(this.#head.view());
      this.#dialect(this.#kind, text);
      this.#events.statement(this.#kind, text);
      if (this.#kind === 'copy' && text !== null && COPY_FROM_STDIN.test(text)) {
        this.#events.copy(text);
        this.#copy = new CopyRows(this.#events, this.#limits.maxRecordBytes);
      }
    }
    this.#phase = Phase.Idle;
    this.#depth = 0;
    this.#target = null;
    this.#from = -1;
    this.#head.clear();
  }

  /** Statements that say how backslashes in strings are read. */
  #dialect(kind: string, text: string | null): void {
    if (kind === 'pragma') this.backslashEscapes = false;
    const scs = text === null ? null : /standard_conforming_strings\s*(?:=|to)\s*'?(on|off)/i.exec(text);
    if (kind === 'set' && scs !== null) this.backslashEscapes = scs[1]?.toLowerCase() === 'off';
  }

  /** Moves the bytes gathered since `#from` into the target, and pauses gathering. */
  #flush(chunk: Uint8Array, end: number): void {
    if (this.#target !== null && this.#from >= 0 && end > this.#from)
      this.#target.append(chunk.subarray(this.#from, end));
    this.#from = -1;
  }

  #appendByte(b: number): void {
    this.#target?.append(Uint8Array.of(b));
  }
}
