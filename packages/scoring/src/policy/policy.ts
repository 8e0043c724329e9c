import type { DeadlineSpec, RuleSet } from '../rules/types.js';
import deadlinesJson from './deadlines.json' with { type: 'json' };
import incomeLinesJson from './income-lines.json' with { type: 'json' };

/** One income line (防止返贫监测范围): yuan per person per year for a province (`*` = national) and year. */
export interface IncomeLine {
  readonly province: string;
  readonly year: number;
  readonly yuan: number;
  readonly assumption?: string;
}

/** Deadlines of one province, overriding the rule set's for its households. */
export interface ProvinceDeadlines extends DeadlineSpec {
  readonly province: string;
  readonly assumption?: string;
}

/**
 * Policy tables: values that depend on the province and year rather than on the rule set.
 * `holidays` and `makeupWorkdays` (`YYYY-MM-DD`) serve working-day deadlines.
 */
export interface PolicyTables {
  readonly incomeLines: readonly IncomeLine[];
  readonly deadlines: readonly ProvinceDeadlines[];
  readonly holidays: readonly string[];
  readonly makeupWorkdays: readonly string[];
}

/**
 * The policy tables that ship with the library (src/policy/*.json). Every figure there is marked
 * as an assumption; a host passes its own tables to `score` to replace them.
 *
 * @example
 * score(inputs, ruleSet, { asOf: '2025-06-30', policy: { ...defaultPolicy, incomeLines: myLines } });
 */
export const defaultPolicy: PolicyTables = Object.freeze({
  incomeLines: incomeLinesJson.rows,
  deadlines: deadlinesJson.rows as readonly ProvinceDeadlines[],
  holidays: deadlinesJson.holidays,
  makeupWorkdays: deadlinesJson.makeupWorkdays,
});

/**
 * The income line of a province in a year: the row of the latest year not after `year`, among the
 * province's own rows and the national (`*`) ones, the province's row winning a tie. So a year
 * past the table's end takes the last line (lines only rise, so this errs low), and a province
 * whose own rows stop early falls back to a newer national line. NaN when nothing applies, so
 * comparisons with it never fire.
 *
 * @example
 * incomeLineFor(defaultPolicy, '36', 2024); // 7200
 */
export function incomeLineFor(policy: PolicyTables, province: string, year: number): number {
  let best: IncomeLine | undefined;
  for (const row of policy.incomeLines) {
    if ((row.province !== province && row.province !== '*') || row.year > year) continue;
    const better =
      !best || row.year > best.year || (row.year === best.year && row.province === province);
    if (better) best = row;
  }
  return best ? best.yuan : Number.NaN;
}

/**
 * The deadlines for households of a province: the policy row of that province if there is one,
 * else the rule set's own.
 *
 * @example
 * deadlinesFor(defaultPolicy, ruleSet, '61').unit; // 'working'
 */
export function deadlinesFor(
  policy: PolicyTables,
  ruleSet: RuleSet,
  province: string,
): DeadlineSpec {
  return policy.deadlines.find((d) => d.province === province) ?? ruleSet.deadlines;
}
