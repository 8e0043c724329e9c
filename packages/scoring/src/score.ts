import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { CodedColumn, ConstantColumn, requireColumn } from './kernel/columns.js';
import { requireDay } from './kernel/dates.js';
import { encodeInputs, type EncodedInputs, type ScoringInputs } from './kernel/encode.js';
import { fireIndicators } from './kernel/evaluate.js';
import type { FiredMatrix } from './kernel/fired.js';
import type { ExpressionEvaluator } from './kernel/expression-source.js';
import {
  scoreCore,
  scoreParams,
  type ScoreColumns,
  type ScoreParams,
} from './kernel/score-core.js';
import { resolveOptions } from './options.js';
import { defaultPolicy, type PolicyTables } from './policy/policy.js';
import { assertRuleSet } from './rules/validate.js';
import { CAUSES, type Cause, type RuleSet } from './rules/types.js';
import { foldOrders, openOrderMask, type EncodedOrders } from './workorders/events.js';

/** Options of {@link score}. */
export interface ScoreOptions {
  /** The day the scores are for (`YYYY-MM-DD`); required: scoring never reads the clock. */
  readonly asOf: string;
  /** Income lines and per-province deadlines. Default {@link defaultPolicy}. */
  readonly policy?: PolicyTables;
  /** Validate the rule set first and throw on any issue. Default true. */
  readonly validate?: boolean;
  /**
   * The opt-in evaluator of `expression` indicators (arquero expressions), for pages whose
   * Content-Security-Policy allows `'unsafe-eval'`: `arqueroExpressions` from
   * `@shouwang/scoring/expressions`. Without it a rule set with expression indicators is
   * refused, naming them; the built-in source kinds never need it. Default none.
   *
   * @example
   * import { arqueroExpressions } from '@shouwang/scoring/expressions';
   * score(inputs, ruleSet, { asOf: '2025-06-30', expressions: arqueroExpressions });
   */
  readonly expressions?: ExpressionEvaluator;
}

const defaults = {
  policy: defaultPolicy,
  validate: true,
  expressions: undefined as ExpressionEvaluator | undefined,
};

/** Everything the later steps (explain, work orders, profiles, what-if) reuse without re-reading inputs. */
export interface ScoreKernel {
  readonly data: EncodedInputs;
  readonly asOfDay: number;
  readonly policy: PolicyTables;
  /** Which indicator fired for which household (one bit each; read with `isFired`). */
  readonly fired: FiredMatrix;
  readonly params: ScoreParams;
  readonly columns: ScoreColumns;
  readonly orders: EncodedOrders;
  readonly openOrder: Uint8Array;
}

/** The result of {@link score}. */
export interface ScoreResult {
  /**
   * One row per household, in input order: `householdId`, `regionCode`, `score`, `lamps`,
   * `level` (band id), `causes` (cause codes of fired risk indicators), `coreRisk` (0/1),
   * `alert` (0/1: score at or over the threshold), `workOrderDue` (0/1: alert and no open order),
   * `ruleSetId`, `ruleSetVersion`, `asOf`.
   */
  readonly table: ColumnTable;
  readonly ruleSet: RuleSet;
  readonly asOf: string;
  readonly kernel: ScoreKernel;
}

/**
 * Scores every household (评分): fired indicators, score, lamps (预警灯), risk level, causes, and
 * whether a verification work order is due.
 *
 * The rule set is interpreted as data by a columnar kernel over typed arrays; no code is
 * generated from strings, so it runs under a Content-Security-Policy without `'unsafe-eval'`.
 * The one exception is opt-in: `expression` indicators (arquero expressions) are compiled by
 * the evaluator the host passes as `expressions`, and refused, by name, without it.
 * Points: risk points minus resilience points, floored at 0; lamps per `rule.lamps`; the level
 * band of the score or lamps; an alert at or over `workOrderThreshold` (inclusive), and a work
 * order due when the household has no open order as of `asOf`. For `alkireFoster` the score is
 * the weighted deprivation score and the alert is `score ≥ k`.
 *
 * @example
 * const { table } = score({ households, members, departmentRecords, workEvents }, presets['ankang-five-lamps'], { asOf: '2025-06-30' });
 * table.array('lamps'); // Uint8Array, one per household
 */
export function score(inputs: ScoringInputs, ruleSet: RuleSet, options: ScoreOptions): ScoreResult {
  const o = resolveOptions('score', defaults, options, ['asOf']);
  if (o.validate) assertRuleSet(ruleSet);
  const asOfDay = requireDay(o.asOf, 'score: asOf');
  const data = encodeInputs(inputs);
  const n = data.households.n;
  const fired = fireIndicators(data, ruleSet, asOfDay, o.policy, o.expressions);
  const orders = foldOrders(inputs.workEvents, data.households.index, asOfDay);
  const openOrder = openOrderMask(orders, n);
  const params = scoreParams(ruleSet);
  const columns = scoreCore(fired, n, params, openOrder);
  const kernel = { data, asOfDay, policy: o.policy, fired, params, columns, orders, openOrder };
  return { table: resultTable(kernel, ruleSet, o.asOf), ruleSet, asOf: o.asOf, kernel };
}

/** The cause codes of a cause mask; arrays are shared between households with the same mask. */
export function causesOf(mask: number, memo?: Map<number, readonly Cause[]>): readonly Cause[] {
  let list = memo?.get(mask);
  if (!list) {
    list = Object.freeze(CAUSES.filter((_, i) => (mask & (1 << i)) !== 0));
    memo?.set(mask, list);
  }
  return list;
}

function resultTable(k: ScoreKernel, ruleSet: RuleSet, asOf: string): ColumnTable {
  const n = k.data.households.n;
  const c = k.columns;
  const bandIds = ruleSet.levels.bands.map((b) => b.id);
  const memo = new Map<number, readonly Cause[]>();
  return aq.table({
    householdId: k.data.households.ids,
    regionCode: requireColumn(k.data.inputs.households, 'households', 'regionCode'),
    score: c.score,
    lamps: c.lamps,
    level: new CodedColumn(c.level, (band) => bandIds[band] ?? ''),
    causes: new CodedColumn(c.causeMask, (mask) => causesOf(mask, memo)),
    coreRisk: c.coreRisk,
    alert: c.alert,
    workOrderDue: c.due,
    ruleSetId: new ConstantColumn(ruleSet.id, n),
    ruleSetVersion: new ConstantColumn(ruleSet.version, n),
    asOf: new ConstantColumn(asOf, n),
  });
}
