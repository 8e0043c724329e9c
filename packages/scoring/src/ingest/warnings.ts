import {
  makeProblem,
  newProblem,
  type IngestCode,
  type IngestProblem,
  type IngestTableName,
  type ProblemDetail,
} from './problems.js';

interface Counter {
  n: number;
  readonly file: string;
  readonly column: string | null;
  readonly code: IngestCode;
}

/**
 * Collects warnings: the first `max` of each code and column are listed one by one, the rest
 * are counted and summed up in one `warnings.truncated` entry, so a file with a million
 * month-only dates yields a readable list and a true count.
 */
export class WarningSink {
  readonly list: IngestProblem[] = [];
  readonly counts = new Map<string, Counter>();
  // The counters of the current file by code and column, so that a warning repeated on row
  // after row finds its counter without a key being built for it.
  private cacheFile: string | null = null;
  private cache = new Map<IngestCode, Map<string | null, Counter>>();

  constructor(
    private readonly table: IngestTableName | null,
    private readonly max: number,
  ) {}

  add(
    file: string,
    row: number | null,
    column: string | null,
    value: string | null,
    code: IngestCode,
    detail?: ProblemDetail,
  ): void {
    if (file !== this.cacheFile) {
      this.cacheFile = file;
      this.cache = new Map();
    }
    let byColumn = this.cache.get(code);
    if (byColumn === undefined)
      this.cache.set(code, (byColumn = new Map<string | null, Counter>()));
    let c = byColumn.get(column);
    if (c === undefined) {
      const key = `${file}\u0000${code}\u0000${column ?? ''}`;
      c = this.counts.get(key);
      if (c === undefined) this.counts.set(key, (c = { n: 0, file, column, code }));
      byColumn.set(column, c);
    }
    if (++c.n <= this.max)
      this.list.push(newProblem(file, this.table, row, column, value, code, detail));
  }

  /** The list, with one summary entry for each code and column that went over `max`. */
  finish(): IngestProblem[] {
    for (const c of this.counts.values()) {
      if (c.n > this.max) {
        this.list.push(
          makeProblem(
            { file: c.file, table: this.table, row: null, column: c.column, value: c.code },
            'warnings.truncated',
            { count: c.n - this.max },
          ),
        );
      }
    }
    return this.list;
  }

  /** Warnings per code, all of them, listed or not. */
  byCode(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.counts.values()) out[c.code] = (out[c.code] ?? 0) + c.n;
    return out;
  }
}

/** Counts of notes that are reported once per column (unit conversions, derived values). */
export class NoteTally {
  private readonly notes = new Map<
    string,
    {
      file: string;
      column: string;
      code: IngestCode;
      row: number;
      count: number;
      detail: ProblemDetail;
    }
  >();

  /** Counts one note; its detail (`reason`, and `expected` if given) is kept from the first. */
  note(
    file: string,
    row: number,
    column: string,
    code: IngestCode,
    reason: string,
    expected?: string,
  ): void {
    const key = `${file}\u0000${code}\u0000${column}\u0000${reason}`;
    const n = this.notes.get(key);
    if (n) n.count++;
    else {
      const detail = expected === undefined ? { reason } : { expected, reason };
      this.notes.set(key, { file, column, code, row, count: 1, detail });
    }
  }

  /** One warning per column and kind, its row the first affected, its count all of them. */
  flush(sink: WarningSink): void {
    for (const n of this.notes.values()) {
      sink.add(n.file, n.row, n.column, null, n.code, { ...n.detail, count: n.count });
    }
  }
}
