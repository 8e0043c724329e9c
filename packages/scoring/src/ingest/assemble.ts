import { table as aqTable, type ColumnTable } from 'arquero';
import { codeLookup, ingestCodeWords, ingestDepartmentWords } from './codes.js';
import { cellText, coerceCell, type CoerceContext, type RawCell } from './coerce.js';
import { ColumnSet } from './columns.js';
import type { RawRow } from './csv-reader.js';
import { deriveValues } from './derive.js';
import type { ColumnPlan } from './header.js';
import { maskValue } from './mask.js';
import type { ResolvedOptions } from './options.js';
import {
  makeProblem,
  type IngestCode,
  type IngestProblem,
  type IngestTableName,
  type ProblemDetail,
} from './problems.js';
import { checkPersonId } from './person-id.js';
import { ingestKeys, ingestSchema, type FieldSpec } from './schema.js';
import { NoteTally, WarningSink } from './warnings.js';

const NUMERIC = new Set(['integer', 'number', 'money', 'lon', 'lat', 'value']);
// Notes worth one warning per column rather than one per cell.
const TALLIED = new Set<IngestCode>(['number.unitConverted']);

/** Reference sets the rows are checked against (null = not checked). */
export interface References {
  readonly regions: ReadonlySet<string> | null;
  readonly households: ReadonlySet<string> | null;
  readonly members: ReadonlySet<string> | null;
}

interface Planned {
  readonly plan: ColumnPlan;
  readonly spec: FieldSpec | null;
  readonly ctx: CoerceContext | null;
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
  private readonly seen = new Map<string, number>();
  private readonly specs: ReadonlyMap<string, FieldSpec>;
  private planned: Planned[] = [];
  private present = new Set<string>();
  private file = '';
  private width = 0;
  private checkWidth = false;
  private pendingKey = '';

  constructor(
    readonly table: IngestTableName,
    private readonly o: ResolvedOptions,
    private readonly refs: References,
  ) {
    this.warnings = new WarningSink(table, o.maxWarnings);
    this.specs = new Map(ingestSchema[table].map((f) => [f.name, f]));
    // Canonical columns first, in data-model order; a file lacking one gets nulls there.
    for (const f of ingestSchema[table]) this.out.get(f.name, NUMERIC.has(f.kind));
    this.bad.get('row', true);
    this.bad.get('file', false);
  }

  /** Starts a file (or sheet) with its column plan; `checkWidth` for CSV field counts. */
  startPart(
    file: string,
    plans: readonly ColumnPlan[],
    date1904: boolean,
    checkWidth: boolean,
  ): void {
    this.file = file;
    this.width = plans.length;
    this.checkWidth = checkWidth;
    this.present = new Set(plans.flatMap((p) => (p.field ? [p.field] : [])));
    this.planned = plans.map((plan) => {
      const spec = plan.field ? (this.specs.get(plan.field) ?? null) : null;
      if (!spec) {
        this.out.get(plan.header, false);
        return { plan, spec: null, ctx: null };
      }
      const words =
        spec.kind === 'department'
          ? ingestDepartmentWords
          : ingestCodeWords[`${this.table}.${spec.name}`];
      const ctx: CoerceContext = {
        decimal: this.o.decimal,
        monthOnly: this.o.monthAsDate,
        date1904,
        nullValues: new Set(this.o.nullValues),
        codes: words ? codeLookup(words, this.o.codes?.[spec.name]) : null,
        headerUnit: plan.unit,
      };
      return { plan, spec, ctx };
    });
    for (const p of plans) this.bad.get(p.header, false);
  }

  /** Reads a batch of rows. */
  addRows(rows: readonly RawRow[]): void {
    for (const row of rows) this.addRow(row);
  }

  private addRow(row: RawRow): void {
    this.read++;
    const problems: IngestProblem[] = [];
    const problem = (
      column: string | null,
      value: string | null,
      code: IngestCode,
      detail?: ProblemDetail,
    ): void => {
      problems.push(
        makeProblem(
          { file: this.file, table: this.table, row: row.row, column, value },
          code,
          detail,
        ),
      );
    };
    const rec: Record<string, unknown> = {};
    if (row.fault) problem(null, null, `csv.${row.fault}`);
    else if (this.checkWidth && row.cells.length !== this.width) {
      problem(null, null, 'csv.fieldCount', { expected: this.width, actual: row.cells.length });
    } else {
      for (const { plan, spec, ctx } of this.planned) {
        const cell = row.cells[plan.index];
        if (typeof cell === 'string' && cell.includes('\uFFFD')) {
          this.warnings.add(
            this.file,
            row.row,
            plan.field ?? plan.header,
            this.shown(cell, spec),
            'encoding.replacement',
          );
        }
        if (!spec || !ctx) continue;
        const r = coerceCell(cell, spec, ctx);
        if (!r.ok) {
          if (this.o.onInvalid === 'null' && !spec.required) {
            this.warnings.add(
              this.file,
              row.row,
              spec.name,
              this.shown(cell, spec),
              'value.nulled',
              { reason: r.code },
            );
            rec[spec.name] = null;
          } else problem(spec.name, this.shown(cell, spec), r.code, r.detail);
          continue;
        }
        rec[spec.name] = r.value;
        if (r.note && TALLIED.has(r.note))
          this.notes.note(this.file, row.row, spec.name, r.note, { reason: r.reason ?? '' });
        else if (r.note)
          this.warnings.add(this.file, row.row, spec.name, this.shown(cell, spec), r.note, {
            reason: this.o.monthAsDate,
          });
      }
      if (problems.length === 0) this.check(row, rec, problem);
    }
    if (problems.length > 0) {
      this.rejectedCount++;
      for (const p of problems) this.rejected.push(p);
      this.keepRejected(row);
      return;
    }
    this.accepted++;
    // Only an accepted row claims its key, so a rejected row never blocks a good one.
    this.seen.set(this.pendingKey, row.row);
    for (const [field, value] of Object.entries(rec)) this.out.get(field, false).push(value);
    for (const { plan, spec } of this.planned)
      if (!spec)
        this.out
          .get(plan.header, false)
          .push(row.cells[plan.index] === '' ? null : (row.cells[plan.index] ?? null));
    this.out.endRow();
  }

  // Checks that need the whole row: derived values, required values, keys, references.
  private check(
    row: RawRow,
    rec: Record<string, unknown>,
    problem: (c: string | null, v: string | null, code: IngestCode, d?: ProblemDetail) => void,
  ): void {
    for (const d of deriveValues(this.table, rec, this.present)) {
      this.notes.note(this.file, row.row, d.field, 'value.derived', {
        expected: d.field,
        reason: d.from,
      });
    }
    for (const spec of this.specs.values()) {
      if (spec.required && rec[spec.name] == null) problem(spec.name, null, 'value.required');
    }
    const { regions, households, members } = this.refs;
    if (
      this.table === 'members' &&
      typeof rec.birthDate === 'string' &&
      typeof rec.personId === 'string'
    ) {
      const fromId = `${rec.personId.slice(6, 10)}-${rec.personId.slice(10, 12)}-${rec.personId.slice(12, 14)}`;
      if (fromId !== rec.birthDate)
        this.warnings.add(this.file, row.row, 'birthDate', rec.birthDate, 'birthDate.mismatch', {
          expected: fromId,
        });
    }
    if (
      regions &&
      this.table === 'households' &&
      typeof rec.regionCode === 'string' &&
      !regions.has(rec.regionCode)
    ) {
      problem('regionCode', rec.regionCode, 'regionCode.unknown');
    }
    if (
      households &&
      typeof rec.householdId === 'string' &&
      this.table !== 'households' &&
      !households.has(rec.householdId)
    ) {
      problem('householdId', rec.householdId, 'ref.missingHousehold');
    }
    if (this.table === 'departmentRecords' && typeof rec.key === 'string') {
      if (rec.keyType === 'household' && households && !households.has(rec.key))
        problem('key', rec.key, 'ref.missingHousehold');
      if (rec.keyType === 'person' && members && !members.has(rec.key))
        problem('key', this.shown(rec.key, this.specs.get('key') ?? null), 'ref.missingPerson');
    }
    const keys = ingestKeys[this.table];
    const key =
      keys.length === 1
        ? cellText(rec[keys[0] ?? ''] as RawCell)
        : keys.map((k) => cellText(rec[k] as RawCell)).join('\u0001');
    const first = this.seen.get(key);
    if (first !== undefined)
      problem(ingestKeys[this.table].join('+'), null, 'key.duplicate', { firstRow: first });
    this.pendingKey = key;
  }

  private keepRejected(row: RawRow): void {
    this.bad.get('row', true).push(row.row);
    this.bad.get('file', false).push(this.file);
    row.cells.forEach((cell: RawCell, i) => {
      const plan = this.planned[i];
      this.bad.get(plan ? plan.plan.header : `column${i + 1}`, false).push(cell ?? null);
    });
    this.bad.endRow();
  }

  // A value as a problem may show it: masked where the column holds personal data.
  private shown(cell: RawCell, spec: FieldSpec | null): string | null {
    const text = cellText(cell);
    if (text === '') return null;
    if (this.o.unmask) return text;
    if (!spec) return maskValue(text, 'text');
    if (!spec.personal) return text;
    if (spec.kind === 'name' || spec.kind === 'phone') return maskValue(text, spec.kind);
    return checkPersonId(text).ok || spec.kind === 'personId'
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
