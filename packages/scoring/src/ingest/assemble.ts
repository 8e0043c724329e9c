import { table as aqTable, type ColumnTable } from 'arquero';
import { codeLookup, ingestCodeWords, ingestDepartmentWords } from './codes.js';
import { cellText, compileCoercer, type Coercer, type RawCell } from './coerce.js';
import { ColumnSet, type ColumnBuilder } from './columns.js';
import type { RawRow } from './csv-reader.js';
import { deriveValues, type DeriveRow } from './derive.js';
import type { ColumnPlan } from './header.js';
import { maskValue } from './mask.js';
import type { ResolvedOptions } from './options.js';
import {
  newProblem,
  type IngestCode,
  type IngestProblem,
  type IngestTableName,
  type ProblemDetail,
} from './problems.js';
import { birthDateOfPersonId, isBirthDateOf, personIdValue } from './person-id.js';
import { ingestKeys, ingestSchema, type FieldSpec } from './schema.js';
import { NoteTally, WarningSink } from './warnings.js';

const DERIVING = new Set<IngestTableName>(['regions', 'members', 'departmentRecords']);
const NUMERIC = new Set(['integer', 'number', 'money', 'lon', 'lat', 'value']);
// Notes worth one warning per column rather than one per cell.
const TALLIED = new Set<IngestCode>(['number.unitConverted']);

/** Reference sets the rows are checked against (null = not checked). */
export interface References {
  readonly regions: ReadonlySet<string> | null;
  readonly households: ReadonlySet<string> | null;
  readonly members: ReadonlySet<string> | null;
  /**
   * Keys already accepted for this table, by earlier files of the same `readTables` call: shared
   * and added to, so that a key repeated in another file is a `key.duplicate` too.
   */
  readonly claimed?: KeyClaims;
}

/** What readTables shares with each file it reads. */
export interface SharedChecks {
  /** The table's keys accepted by earlier files. */
  readonly claimed?: KeyClaims;
  /** Reference sets built once for the whole set of files, instead of from each file's options. */
  readonly refs?: Pick<References, 'regions' | 'households' | 'members'>;
}

/**
 * Accepted keys of a table, each with the part (file or sheet) and row that claimed it. A key
 * maps to a claim number (the row is kept by number, the part by where its claims start), not
 * to an object: a million accepted rows would otherwise keep a million small objects alive.
 * Parts are told apart by number, not by name: two files may share a name.
 */
export class KeyClaims {
  private readonly index = new Map<string, number>();
  private readonly rows: number[] = [];
  private readonly files: string[] = [];
  private readonly starts: number[] = [];

  /** Starts the claims of a part named `file`; returns its number. */
  begin(file: string): number {
    this.files.push(file);
    this.starts.push(this.rows.length);
    return this.files.length - 1;
  }

  /** Records that `row` of the part begun last has `key`. */
  claim(key: string, row: number): void {
    this.index.set(key, this.rows.length);
    this.rows.push(row);
  }

  /** The part (number and name) and row that claimed `key` first, or undefined. */
  first(
    key: string,
  ): { readonly part: number; readonly file: string; readonly row: number } | undefined {
    const i = this.index.get(key);
    if (i === undefined) return undefined;
    // The last part whose claims start at or before claim i (a part without claims shares its
    // start with the next, and the search takes the later of the two).
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    return { part: lo, file: this.files[lo] ?? '', row: this.rows[i] ?? 0 };
  }
}

interface Planned {
  readonly plan: ColumnPlan;
  readonly spec: FieldSpec | null;
  /** The column's coercion, made once per part. */
  readonly coerce: Coercer | null;
  /** Position of the canonical column in the schema (and in `vals`), or -1. */
  readonly slot: number;
}

/**
 * Turns rows into a canonical table, row by row: each cell is coerced for its column, values
 * another settles are derived, keys and references are checked; a row with any problem is
 * rejected whole (its cells kept in `rejectedRows`), every other row accepted. So
 * read = accepted + rejected, by construction.
 */
export class TableAssembler {
  readonly rejected: IngestProblem[] = [];
  readonly warnings: WarningSink;
  read = 0;
  accepted = 0;
  rejectedCount = 0;
  private readonly notes = new NoteTally();
  private readonly out = new ColumnSet();
  private readonly bad = new ColumnSet();
  private readonly seen: KeyClaims;
  private readonly specs: ReadonlyMap<string, FieldSpec>;
  private planned: Planned[] = [];
  private present = new Set<string>();
  private file = '';
  /** Number of the current part among the table's key claims. */
  private part = -1;
  private width = 0;
  private checkWidth = false;
  private pendingKey = '';
  private replaced: () => boolean = () => true;
  private readonly problems: IngestProblem[] = [];
  private row = 0;
  private readonly builders: ColumnBuilder[];
  private readonly slots: ReadonlyMap<string, number>;
  // The row's canonical values by schema position: an array, not an object keyed by name,
  // because keyed stores with changing names are slow in every engine.
  private readonly vals: unknown[];
  private readonly required: readonly [string, number][];
  private readonly keySlots: readonly number[];
  // Slots of the columns the checks read, looked up once (-1: the table has no such column).
  private readonly at: Readonly<
    Record<'personId' | 'birthDate' | 'regionCode' | 'householdId' | 'key' | 'keyType', number>
  >;
  private extraBuilders: [number, ColumnBuilder][] = [];
  // The rejected rows' columns: row, file, then the part's columns by position.
  private readonly badRow: ColumnBuilder;
  private readonly badFile: ColumnBuilder;
  private badBuilders: ColumnBuilder[] = [];
  // The row as derivation reads and fills it: made once, reading `vals` by slot.
  private readonly deriveRow: DeriveRow = {
    get: (field) => this.vals[this.slots.get(field) ?? -1],
    set: (field, value, from) => {
      this.vals[this.slots.get(field) ?? -1] = value;
      this.notes.note(this.file, this.row, field, 'value.derived', from, field);
    },
  };

  constructor(
    readonly table: IngestTableName,
    private readonly o: ResolvedOptions,
    private readonly refs: References,
  ) {
    this.warnings = new WarningSink(table, o.maxWarnings);
    this.seen = refs.claimed ?? new KeyClaims();
    this.specs = new Map(ingestSchema[table].map((f) => [f.name, f]));
    // Canonical columns first, in data-model order; a file lacking one gets nulls there.
    this.builders = ingestSchema[table].map((f) => this.out.get(f.name, NUMERIC.has(f.kind)));
    this.slots = new Map(ingestSchema[table].map((f, i) => [f.name, i]));
    this.vals = new Array<unknown>(this.builders.length);
    this.required = ingestSchema[table].flatMap((f, i) =>
      f.required ? [[f.name, i] as [string, number]] : [],
    );
    this.keySlots = ingestKeys[table].map((k) => this.slots.get(k) ?? -1);
    const slot = (name: string): number => this.slots.get(name) ?? -1;
    this.at = {
      personId: slot('personId'),
      birthDate: slot('birthDate'),
      regionCode: slot('regionCode'),
      householdId: slot('householdId'),
      key: slot('key'),
      keyType: slot('keyType'),
    };
    this.badRow = this.bad.get('row', true);
    this.badFile = this.bad.get('file', false);
  }

  /** Starts a file (or sheet) with its column plan; `checkWidth` for CSV field counts. */
  startPart(
    file: string,
    plans: readonly ColumnPlan[],
    date1904: boolean,
    checkWidth: boolean,
    replaced: () => boolean = () => true,
  ): void {
    this.replaced = replaced;
    // Columns of an earlier sheet that this one lacks are padded here, once, not per row.
    this.out.padAll();
    this.file = file;
    this.part = this.seen.begin(file);
    this.width = plans.length;
    this.checkWidth = checkWidth;
    this.present = new Set(plans.flatMap((p) => (p.field ? [p.field] : [])));
    const nullValues = new Set(this.o.nullValues);
    this.planned = plans.map((plan) => {
      const spec = plan.field ? (this.specs.get(plan.field) ?? null) : null;
      if (!spec) {
        this.out.get(plan.header, false);
        return { plan, spec: null, coerce: null, slot: -1 };
      }
      const words =
        spec.kind === 'department'
          ? ingestDepartmentWords
          : ingestCodeWords[`${this.table}.${spec.name}`];
      const coerce = compileCoercer(spec, {
        decimal: this.o.decimal,
        monthOnly: this.o.monthAsDate,
        date1904,
        nullValues,
        codes: words ? codeLookup(words, this.o.codes?.[spec.name]) : null,
        headerUnit: plan.unit,
      });
      return { plan, spec, coerce, slot: this.slots.get(spec.name) ?? -1 };
    });
    this.extraBuilders = this.planned.flatMap(({ plan, spec }) =>
      spec ? [] : [[plan.index, this.out.get(plan.header, false)] as [number, ColumnBuilder]],
    );
    this.badBuilders = plans.map((p) => this.bad.get(p.header, false));
  }

  /** Reads a batch of rows. */
  addRows(rows: Iterable<RawRow>): void {
    for (const row of rows) this.addRow(row);
  }

  private addRow(row: RawRow): void {
    this.read++;
    // One array reused for every row: most rows have no problem and allocate nothing.
    const problems = this.problems;
    problems.length = 0;
    this.row = row.row;
    const vals = this.vals;
    vals.fill(undefined);
    // A workbook row may be ragged; a value with no column would be lost, so the row is kept.
    const beyond = this.checkWidth ? 0 : this.beyondHeader(row);
    if (row.fault) this.problem(null, null, `csv.${row.fault}`);
    else if (this.checkWidth && row.cells.length !== this.width) {
      this.problem(null, null, 'csv.fieldCount', {
        expected: this.width,
        actual: row.cells.length,
      });
    } else if (beyond > 0) {
      this.problem(`column${beyond}`, row.cells[beyond - 1] ?? null, 'row.beyondHeader', {
        expected: this.width,
        actual: beyond,
      });
    } else {
      const replaced = this.replaced();
      for (const { plan, spec, coerce, slot } of this.planned) {
        const cell = row.cells[plan.index];
        if (replaced && typeof cell === 'string' && cell.includes('\uFFFD')) {
          this.warnings.add(
            this.file,
            row.row,
            plan.field ?? plan.header,
            this.shown(cell, spec),
            'encoding.replacement',
          );
        }
        if (!spec || !coerce) continue;
        const r = coerce(cell);
        if (r === null || typeof r !== 'object') {
          vals[slot] = r;
          continue;
        }
        if (!r.ok) {
          if (this.o.onInvalid === 'null' && !spec.required) {
            this.warnings.add(
              this.file,
              row.row,
              spec.name,
              this.shown(cell, spec),
              'value.nulled',
              {
                reason: r.code,
              },
            );
            vals[slot] = null;
          } else this.problem(spec.name, cell, r.code, r.detail);
          continue;
        }
        vals[slot] = r.value;
        if (r.note && TALLIED.has(r.note))
          this.notes.note(this.file, row.row, spec.name, r.note, r.reason ?? '');
        else if (r.note)
          this.warnings.add(this.file, row.row, spec.name, this.shown(cell, spec), r.note, {
            reason: this.o.monthAsDate,
          });
      }
      if (problems.length === 0) this.check(row);
    }
    if (problems.length > 0) {
      this.rejectedCount++;
      for (const p of problems) this.rejected.push(p);
      this.keepRejected(row);
      return;
    }
    this.accepted++;
    // Only an accepted row claims its key, so a rejected row never blocks a good one.
    this.seen.claim(this.pendingKey, row.row);
    for (let i = 0; i < vals.length; i++) this.builders[i]?.push(vals[i] ?? null);
    for (const [index, builder] of this.extraBuilders) {
      const cell = row.cells[index];
      builder.push(cell === '' ? null : (cell ?? null));
    }
    // Every column of this part was pushed to: no per-row padding (see startPart).
    this.out.endRow(false);
  }

  // Checks that need the whole row: derived values, required values, keys, references. Each
  // table reads only the slots it has.
  private check(row: RawRow): void {
    const vals = this.vals;
    const at = this.at;
    const t = this.table;
    if (DERIVING.has(t)) deriveValues(t, this.deriveRow, this.present);
    for (const [name, slot] of this.required) {
      if (vals[slot] == null) this.problem(name, null, 'value.required');
    }
    const { regions, households, members } = this.refs;
    if (t === 'members') {
      const personId = vals[at.personId];
      const birthDate = vals[at.birthDate];
      if (
        typeof birthDate === 'string' &&
        typeof personId === 'string' &&
        !isBirthDateOf(personId, birthDate)
      ) {
        const fromId = birthDateOfPersonId(personId);
        this.warnings.add(this.file, row.row, 'birthDate', birthDate, 'birthDate.mismatch', {
          expected: fromId,
        });
      }
    }
    if (t === 'households') {
      const regionCode = vals[at.regionCode];
      if (regions && typeof regionCode === 'string' && !regions.has(regionCode))
        this.problem('regionCode', regionCode, 'regionCode.unknown');
    } else if (households && at.householdId >= 0) {
      const householdId = vals[at.householdId];
      if (typeof householdId === 'string' && !households.has(householdId))
        this.problem('householdId', householdId, 'ref.missingHousehold');
    }
    if (t === 'departmentRecords') {
      const key = vals[at.key];
      if (typeof key === 'string') {
        const keyType = vals[at.keyType];
        if (keyType === 'household' && households && !households.has(key))
          this.problem('key', key, 'ref.missingHousehold');
        if (keyType === 'person' && members && !members.has(key)) {
          this.problem('key', key, 'ref.missingPerson');
        }
      }
    }
    const keys = this.keySlots;
    let id = cellText(vals[keys[0] ?? -1] as RawCell);
    for (let k = 1; k < keys.length; k++) id += `\u0001${cellText(vals[keys[k] ?? -1] as RawCell)}`;
    const first = this.seen.first(id);
    if (first !== undefined) {
      this.problem(ingestKeys[t].join('+'), null, 'key.duplicate', {
        firstRow: first.row,
        ...(first.part !== this.part ? { firstFile: first.file } : {}),
      });
    }
    this.pendingKey = id;
  }

  /** Records a problem of this row; the cell is shown as {@link shown} masks it for its column. */
  private problem(
    column: string | null,
    cell: RawCell,
    code: IngestCode,
    detail?: ProblemDetail,
  ): void {
    const spec = column === null ? null : (this.specs.get(column) ?? null);
    const value = cell === null ? null : this.shown(cell, spec);
    this.problems.push(newProblem(this.file, this.table, this.row, column, value, code, detail));
  }

  private keepRejected(row: RawRow): void {
    const builders = this.badBuilders;
    this.badRow.push(row.row);
    this.badFile.push(this.file);
    const cells = row.cells;
    for (let i = 0; i < cells.length; i++) {
      // A cell right of the header goes to a column of its own, made when first needed.
      const b = builders[i] ?? this.bad.get(`column${i + 1}`, false);
      b.push(cells[i] ?? null);
    }
    this.bad.endRow();
  }

  /** The 1-based column of the first non-empty cell right of the header, or 0 when none. */
  private beyondHeader(row: RawRow): number {
    for (let i = this.width; i < row.cells.length; i++) {
      const cell = row.cells[i];
      if (cell !== null && cell !== undefined && cellText(cell) !== '') return i + 1;
    }
    return 0;
  }

  // A value as a problem may show it: masked where the column holds personal data.
  private shown(cell: RawCell, spec: FieldSpec | null): string | null {
    const text = cellText(cell);
    if (text === '') return null;
    if (this.o.unmask) return text;
    if (!spec) return maskValue(text, 'text');
    if (!spec.personal) return text;
    if (spec.kind === 'name' || spec.kind === 'phone') return maskValue(text, spec.kind);
    return typeof personIdValue(text) === 'string' || spec.kind === 'personId'
      ? maskValue(text, 'personId')
      : maskValue(text, 'text');
  }

  /** The accepted table, the rejected rows, and the warnings with tallies flushed. */
  finish(): { table: ColumnTable; rejectedRows: ColumnTable; warnings: IngestProblem[] } {
    this.notes.flush(this.warnings);
    return {
      table: aqTable(this.out.finish()),
      rejectedRows: aqTable(this.bad.finish()),
      warnings: this.warnings.finish(),
    };
  }
}
