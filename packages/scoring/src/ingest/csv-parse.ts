/** What is wrong with a CSV record, if anything (RFC 4180 §2). */
export type CsvFault = 'unclosedQuote' | 'textAfterQuote' | 'strayQuote';

/** One CSV record: its fields and the line it starts on (from 1). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
  readonly fault: CsvFault | null;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * An incremental RFC 4180 parser: feed it text in pieces of any size and it hands back whole
 * records. Quoted fields may hold delimiters, quotes (doubled) and line breaks; records end
 * with CRLF, LF or a lone CR. A record it cannot read cleanly is still handed back, marked
 * with its fault, so that the caller can reject it by line number instead of losing it.
 *
 * Memory stays bounded by the longest record, not the file: only the unfinished tail of the
 * text fed so far is kept.
 *
 * @example
 * const p = new CsvParser(',');
 * p.push('a,"b\n', false); // []
 * p.push('c"\r\n1,2', true); // [{ line: 1, fields: ['a', 'b\nc'] }, { line: 3, fields: ['1', '2'] }]
 */
export class CsvParser<R = CsvRecord> {
  private readonly delim: number;
  // The text being read (the unfinished tail of what came before, then the text fed), where its
  // next record starts, and that record's line.
  private s = '';
  private at = 0;
  private final = false;
  private line = 1;

  /**
   * @param make - builds each record handed back, so that a reader gets its own row objects
   *   without a second object per record; default `{ line, fields, fault }`
   */
  constructor(
    delimiter: string,
    private readonly make: (line: number, fields: string[], fault: CsvFault | null) => R = (
      line,
      fields,
      fault,
    ) => ({ line, fields, fault }) as R,
  ) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new TypeError(
        `CsvParser: the delimiter must be one character other than a quote or a line break, not ${JSON.stringify(delimiter)}`,
      );
    }
    this.delim = delimiter.charCodeAt(0);
  }

  /** Parses `text` after what came before; with `final`, the end of the input ends the last record. */
  push(text: string, final: boolean): R[] {
    this.feed(text, final);
    const out: R[] = [];
    for (let r = this.next(); r !== undefined; r = this.next()) out.push(r);
    return out;
  }

  /**
   * Adds `text` after what came before, to be taken a record at a time with {@link next}: a
   * reader then holds one record at a time, not every record of the text. Records of earlier
   * text not taken yet come first.
   */
  feed(text: string, final: boolean): void {
    // An unfinished record waits for more text, its line number with it.
    this.s = this.at < this.s.length ? this.s.slice(this.at) + text : text;
    this.at = 0;
    this.final = final;
  }

  /** The next whole record of the text fed, or undefined when it holds no more. */
  next(): R | undefined {
    const s = this.s;
    const n = s.length;
    const delim = this.delim;
    const final = this.final;
    let i = this.at;
    if (i >= n) {
      this.s = '';
      this.at = 0;
      return undefined;
    }
    let line = this.line;
    const fields: string[] = [];
    let fault: CsvFault | null = null;
    for (;;) {
      // One field starts at i. Where the text ends before the record does (and more may come),
      // the record is left for the next text: undefined, nothing moved.
      if (i < n && s.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        let value = '';
        for (;;) {
          const q = s.indexOf('"', j);
          if (q < 0) {
            if (!final) return undefined;
            value += s.slice(j);
            fault = 'unclosedQuote';
            line += countBreaks(s, j, n);
            i = n;
            break;
          }
          if (q + 1 >= n && !final) return undefined; // Is it "" or a closing quote? Wait.
          line += countBreaks(s, j, q);
          if (s.charCodeAt(q + 1) === QUOTE) {
            value += s.slice(j, q + 1);
            j = q + 2;
            continue;
          }
          value += s.slice(j, q);
          i = q + 1;
          break;
        }
        if (i < n) {
          const c = s.charCodeAt(i);
          if (c !== delim && c !== LF && c !== CR) {
            fault ??= 'textAfterQuote';
            let k = i;
            while (k < n) {
              const d = s.charCodeAt(k);
              if (d === delim || d === LF || d === CR) break;
              k++;
            }
            if (k >= n && !final) return undefined;
            value += s.slice(i, k);
            i = k;
          }
        }
        fields.push(value);
      } else {
        let k = i;
        while (k < n) {
          const c = s.charCodeAt(k);
          if (c === delim || c === LF || c === CR) break;
          if (c === QUOTE) fault ??= 'strayQuote';
          k++;
        }
        if (k >= n && !final) return undefined;
        fields.push(s.slice(i, k));
        i = k;
      }
      if (i >= n) break;
      const c = s.charCodeAt(i);
      if (c === delim) {
        i++;
        continue;
      }
      // A record break: CRLF, LF or CR. A CR at the very end might be half a CRLF: wait.
      if (c === CR) {
        if (i + 1 >= n && !final) return undefined;
        i += s.charCodeAt(i + 1) === LF ? 2 : 1;
      } else i++;
      line++;
      break;
    }
    const record = this.make(this.line, fields, fault);
    this.at = i;
    this.line = line;
    return record;
  }
}

function countBreaks(s: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === LF) count++;
    else if (c === CR && s.charCodeAt(k + 1) !== LF) count++;
  }
  return count;
}
