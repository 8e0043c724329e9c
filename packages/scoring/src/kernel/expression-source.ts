import type { ColumnTable } from 'arquero';
import { ROLLUPS, type ExpressionSource, type Indicator, type Source } from '../rules/types.js';
import { isoDate, monthNumber } from './dates.js';
import type { EncodedInputs, EncodedRecords } from './encode.js';
import { fold, initial, type Values } from './rollup.js';

/**
 * Evaluates arquero table expression strings for {@link ExpressionSource} indicators. Compiling
 * such a string generates code, so the core never does it: the host opts in by passing
 * `arqueroExpressions` from `@shouwang/scoring/expressions` (or its own evaluator) as
 * `score(…, { expressions })`, on a page whose Content-Security-Policy allows `'unsafe-eval'`.
 *
 * @example
 * const evaluator: ExpressionEvaluator = { evaluate: (table, expression) => table.derive({ v: expression }).array('v') };
 */
export interface ExpressionEvaluator {
  /**
   * The value of `expression` on every row of `table`, in row order. Throws, with the reason,
   * when the expression does not parse, names an unknown column, or cannot be compiled here.
   */
  readonly evaluate: (table: ColumnTable, expression: string) => ArrayLike<unknown>;
}

/** Whether a source is, or derives from, an arquero expression. */
export function usesExpression(source: Source): boolean {
  if (source.kind === 'expression') return true;
  return source.kind === 'derived' && source.of.some(usesExpression);
}

/**
 * Fails, naming them, when indicators use expressions and no evaluator was given: the core
 * never compiles an expression itself (that would need `'unsafe-eval'`).
 */
export function requireEvaluator(
  indicators: readonly Indicator[],
  evaluator: ExpressionEvaluator | undefined,
): void {
  if (evaluator) return;
  const ids = indicators.filter((i) => usesExpression(i.source)).map((i) => i.id);
  if (ids.length === 0) return;
  const who = ids.length === 1 ? `indicator ${ids[0]} uses` : `indicators ${ids.join(', ')} use`;
  throw new Error(
    `score: ${who} source kind "expression" (an arquero expression), ` +
      `an optional extension that needs a page whose Content-Security-Policy allows 'unsafe-eval'; ` +
      `on such a page pass score(…, { expressions: arqueroExpressions }) with arqueroExpressions ` +
      `from '@shouwang/scoring/expressions'`,
  );
}

/** A boolean as 1/0, a number as itself, anything else (null, NaN, a string) as missing. */
function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return Number.NaN;
}

/**
 * Reads an expression source: the evaluator's value on every row of its table, rolled up to the
 * household with the roll-ups of every other source. Department records dated after the `asOf`
 * month, or before its `months` window, are left out, as for department sources.
 */
export function readExpression(
  data: EncodedInputs,
  asOfDay: number,
  source: ExpressionSource,
  evaluator: ExpressionEvaluator | undefined,
): Values {
  const n = data.households.n;
  const table = data.inputs[source.table];
  // Without a members table nothing is known about members (as for member sources); without
  // records no record passes (as for department sources).
  if (!table)
    return source.table === 'members'
      ? new Float64Array(n).fill(Number.NaN)
      : initial(source.rollup, n);
  const values = evaluate(evaluator, table, source);
  const rows = table.numRows();
  const household = rowHouseholds(data, source.table);
  const months =
    source.table === 'departmentRecords' ? inRowOrder(data.records, data.records.month) : null;
  const asOfMonth = monthNumber(isoDate(asOfDay));
  const firstMonth = asOfMonth - (source.months ?? 12) + 1;
  const counting = source.rollup === 'any' || source.rollup === 'none' || source.rollup === 'count';
  const out = initial(source.rollup, n);
  const rollup = ROLLUPS.indexOf(source.rollup);
  for (let i = 0; i < rows; i++) {
    const h = household ? (household[i] ?? -1) : i;
    if (h < 0) continue;
    if (months) {
      const month = months[i] ?? 0;
      if (month > asOfMonth || month < firstMonth) continue;
    }
    const v = toNumber(values[i]);
    // any/none/count count the rows whose value is non-zero (true); sum/max/min skip missing ones.
    if (counting && !(v !== 0 && v === v)) continue;
    fold(out, h, rollup, v);
  }
  return out;
}

/** The household of every row of a table; null for households (row i is household i). */
function rowHouseholds(data: EncodedInputs, table: ExpressionSource['table']): Int32Array | null {
  if (table === 'members') return data.members.household;
  if (table === 'departmentRecords') return inRowOrder(data.records, data.records.household);
  return null;
}

/** A records column (kept grouped by item) back in the order of the table's rows. */
function inRowOrder(records: EncodedRecords, column: Int32Array): Int32Array {
  const out = new Int32Array(records.n);
  for (let k = 0; k < records.n; k++) out[records.row[k] ?? 0] = column[k] ?? 0;
  return out;
}

/** Runs the evaluator on a table; any failure is rethrown naming the expression and the table. */
function evaluate(
  evaluator: ExpressionEvaluator | undefined,
  table: ColumnTable,
  source: ExpressionSource,
): ArrayLike<unknown> {
  const what = `arquero expression ${JSON.stringify(source.expression)} on ${source.table}`;
  if (!evaluator) throw new Error(`${what}: no expression evaluator (option expressions)`);
  let values: ArrayLike<unknown>;
  try {
    values = evaluator.evaluate(table, source.expression);
  } catch (e) {
    throw new Error(`${what}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (values.length !== table.numRows()) {
    throw new Error(`${what}: ${values.length} values for ${table.numRows()} rows`);
  }
  return values;
}
