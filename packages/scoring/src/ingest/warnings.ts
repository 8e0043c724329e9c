import {
  makeProblem,
  type IngestCode,
  type IngestProblem,
  type IngestTableName,
  type ProblemDetail,
} from './problems.js';

/**
 * Collects warnings: the first `max` of each code and column are listed one by one, the rest
 * are counted and summed up in one `warnings.truncated` entry, so a file with a million
 * month-only dates yields a readable list and a true count.
 */
export class WarningSink {
  readonly list: IngestProblem[] = [];
  readonly counts = new Map<
    string,
    { n: number; file: string; column: string | null; code: IngestCode }
  >();

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
    detail: ProblemDetail = {},
  ): void {
    const key = `${file}\u0000${code}\u0000${column ?? ''}`;
    const c = this.counts.get(key);
    if (c) c.n++;
    else this.counts.set(key, { n: 1, file, column, code });
    if ((c?.n ?? 1) <= this.max)
      this.list.push(makeProblem({ file, table: this.table, row, column, value }, code, detail));
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

  note(file: string, row: number, column: string, code: IngestCode, detail: ProblemDetail): void {
    const key = `${file}\u0000${code}\u0000${column}\u0000${detail.reason ?? ''}`;
    const n = this.notes.get(key);
    if (n) n.count++;
    else this.notes.set(key, { file, column, code, row, count: 1, detail });
  }

  /** One warning per column and kind, its row the first affected, its count all of them. */
  flush(sink: WarningSink): void {
    for (const n of this.notes.values()) {
      sink.add(n.file, n.row, n.column, null, n.code, { ...n.detail, count: n.count });
    }
  }
}
