/**
 * 守望 Shouwang scoring, the optional extension for indicators written as arquero table
 * expressions (source kind `expression`). Compiling an expression string generates code
 * (`new Function`), which a Content-Security-Policy without `'unsafe-eval'` blocks; that is why
 * this lives outside the main entry, which never generates code. Import it only on pages that
 * allow `'unsafe-eval'`.
 *
 * @example
 * import { score } from '@shouwang/scoring';
 * import { arqueroExpressions } from '@shouwang/scoring/expressions';
 * score(inputs, ruleSet, { asOf: '2025-06-30', expressions: arqueroExpressions });
 *
 * @packageDocumentation
 */
import type { ColumnTable } from 'arquero';
import type { ExpressionEvaluator } from '../kernel/expression-source.js';

export type { ExpressionEvaluator } from '../kernel/expression-source.js';

/** The column the expression is derived into (dropped with the derived table). */
const COLUMN = '__shouwangExpressionValue';

/**
 * Evaluates an arquero table expression such as `d => d.value >= 3` on every row, with
 * `table.derive` (so `op.*` functions work, and aggregate or window functions see the whole
 * table). Throws a plain Error saying that code generation is blocked when the environment
 * forbids it (a Content-Security-Policy without `'unsafe-eval'`, or Node's
 * `--disallow-code-generation-from-strings`), instead of a bare EvalError.
 *
 * @example
 * arqueroExpressions.evaluate(aq.table({ value: [1, 4] }), 'd => d.value >= 3'); // [false, true]
 */
export const arqueroExpressions: ExpressionEvaluator = {
  evaluate(table: ColumnTable, expression: string): ArrayLike<unknown> {
    try {
      return table.derive({ [COLUMN]: expression }).array(COLUMN);
    } catch (e) {
      if (e instanceof EvalError) {
        throw new Error(
          "code generation from strings is blocked in this environment (a Content-Security-Policy without 'unsafe-eval', " +
            "or node --disallow-code-generation-from-strings); expression indicators need a page that allows 'unsafe-eval'",
          { cause: e },
        );
      }
      throw e;
    }
  },
};
