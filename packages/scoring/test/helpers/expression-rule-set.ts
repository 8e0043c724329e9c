import type { Condition, ExpressionSource, RuleSet, Source } from '../../src/index.js';
import { flagRuleSet } from './fixtures.js';

/** An expression source on `table` with roll-up `rollup` (and `months` for records, if given). */
export function expressionSource(
  table: ExpressionSource['table'],
  expression: string,
  rollup: ExpressionSource['rollup'],
  months?: number,
): ExpressionSource {
  return { kind: 'expression', table, expression, rollup, ...(months ? { months } : {}) };
}

/**
 * The flag rule set of fixtures.ts with one 20-point risk indicator `expr` reading `source`
 * under `condition` (default: fires at 1), threshold 20 so it alone raises the alert.
 */
export function expressionRuleSet(
  source: Source,
  condition: Condition = { op: 'eq', value: 1 },
): RuleSet {
  const base = flagRuleSet([{ id: 'other', points: 5 }], { workOrderThreshold: 20 });
  const expr = { ...base.indicators[0]!, id: 'expr', points: 20, source, condition };
  return { ...base, indicators: [expr, ...base.indicators] };
}
