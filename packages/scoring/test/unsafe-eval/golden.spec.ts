import { describe, expect, it } from 'vitest';
import { arqueroExpressions } from '../../src/expressions/index.js';
import { dayNumber } from '../../src/kernel/dates.js';
import {
  encodeInputs,
  isFired,
  score,
  validateRuleSet,
  type ExpressionSource,
} from '../../src/index.js';
import { readExpression } from '../../src/kernel/expression-source.js';
import { expressionRuleSet, expressionSource } from '../helpers/expression-rule-set.js';
import { households, members, records } from '../helpers/fixtures.js';
import { docErrors, docRuleSet } from '../helpers/rule-set-doc.js';

const asOf = '2025-06-30';

describe('this config allows code generation (as an unsafe-eval page)', () => {
  it('can compile code from strings', () => {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const one = new Function('return 1') as () => number;
    expect(one()).toBe(1);
  });
});

/** Scores one expression indicator (20 points, alert at 20) and returns which households fired. */
function firedBy(
  inputs: Parameters<typeof score>[0],
  source: ExpressionSource,
  condition?: Parameters<typeof expressionRuleSet>[1],
): Record<string, boolean> {
  const result = score(inputs, expressionRuleSet(source, condition), {
    asOf,
    expressions: arqueroExpressions,
  });
  const ids = result.table.array('householdId') as ArrayLike<string>;
  const fired = result.kernel.fired;
  return Object.fromEntries(Array.from(ids, (id, h) => [id, isFired(fired, 0, h)]));
}

describe('an expression indicator at its boundaries', () => {
  it('on households: fires below the line, not at it, never on a missing income', () => {
    const inputs = {
      households: households([
        { householdId: 'below', incomePerCapita: 5999.99 },
        { householdId: 'at', incomePerCapita: 6000 },
        { householdId: 'missing', incomePerCapita: null },
      ]),
    };
    const source = expressionSource('households', 'd => d.incomePerCapita', 'max');
    expect(firedBy(inputs, source, { op: 'lt', value: 6000 })).toEqual({
      below: true,
      at: false,
      missing: false,
    });
  });

  it('on members: born in 1959 counts, born on 1960-01-01 does not', () => {
    const inputs = {
      households: households([{ householdId: 'old' }, { householdId: 'young' }]),
      members: members([
        { householdId: 'old', birthDate: '1959-12-31' },
        { householdId: 'young', birthDate: '1960-01-01' },
      ]),
    };
    const source = expressionSource('members', 'd => op.year(d.birthDate) < 1960', 'any');
    expect(firedBy(inputs, source)).toEqual({ old: true, young: false });
  });

  it('on person-keyed records: rolls each record up to the member’s household', () => {
    const inputs = {
      households: households([{ householdId: 'H1' }, { householdId: 'H2' }, { householdId: 'H3' }]),
      members: members([
        { householdId: 'H1', personId: 'P1' },
        { householdId: 'H2', personId: 'P2' },
        { householdId: 'H3', personId: 'P3' },
      ]),
      departmentRecords: records([
        { key: 'P1', keyType: 'person', department: 'health', indicator: 'visits', value: 3 },
        { key: 'P2', keyType: 'person', department: 'health', indicator: 'visits', value: 2.99 },
        { key: 'P3', keyType: 'person', department: 'education', indicator: 'visits', value: 9 },
      ]),
    };
    const source = expressionSource(
      'departmentRecords',
      "d => d.value >= 3 && d.department === 'health'",
      'any',
    );
    expect(firedBy(inputs, source)).toEqual({ H1: true, H2: false, H3: false });
  });

  it('on records: leaves out records after the asOf month and before the months window', () => {
    const inputs = {
      households: households([
        { householdId: 'in' },
        { householdId: 'late' },
        { householdId: 'old' },
      ]),
      departmentRecords: records([
        { key: 'in', department: 'd', indicator: 'x', period: '2025-04' },
        { key: 'late', department: 'd', indicator: 'x', period: '2025-07' },
        { key: 'old', department: 'd', indicator: 'x', period: '2025-03' },
      ]),
    };
    const source = expressionSource('departmentRecords', "d => d.indicator === 'x'", 'any', 3);
    expect(firedBy(inputs, source)).toEqual({ in: true, late: false, old: false });
  });
});

describe('each roll-up of expression values', () => {
  // H1: values 4, 0, missing, 7 · H2: 0 · H3: no record.
  const inputs = {
    households: households([{ householdId: 'H1' }, { householdId: 'H2' }, { householdId: 'H3' }]),
    departmentRecords: records(
      [
        ['H1', 4],
        ['H1', 0],
        ['H1', null],
        ['H1', 7],
        ['H2', 0],
      ].map(([key, value]) => ({ key, value, department: 'd', indicator: 'x' })),
    ),
  };
  const read = (expression: string, rollup: ExpressionSource['rollup']) =>
    Array.from(
      readExpression(
        encodeInputs(inputs),
        dayNumber(asOf),
        expressionSource('departmentRecords', expression, rollup),
        arqueroExpressions,
      ),
    );

  it.each([
    ['any', [1, 0, 0]],
    ['none', [0, 1, 1]],
    ['count', [2, 0, 0]],
    ['sum', [11, 0, Number.NaN]],
    ['max', [7, 0, Number.NaN]],
    ['min', [0, 0, Number.NaN]],
  ] as const)('%s reads the numbers (missing skipped, non-zero counted)', (rollup, expected) => {
    expect(read('d => d.value', rollup)).toEqual(expected);
  });

  it('counts true as 1 and false as 0', () => {
    expect(read('d => d.value > 3', 'sum')).toEqual([2, 0, Number.NaN]);
    expect(read('d => d.value > 3', 'count')).toEqual([2, 0, 0]);
    expect(read('d => d.value > 3', 'min')).toEqual([0, 0, Number.NaN]);
  });

  it('takes a string value as missing', () => {
    expect(read("d => d.value > 3 ? 'yes' : null", 'count')).toEqual([0, 0, 0]);
    expect(read("d => d.value > 3 ? 'yes' : null", 'max')).toEqual([
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
  });
});

/** Scoring one households expression (as indicator `expr`), to be called by `toThrow`. */
const onHouseholds = (expression: string) => () =>
  score(
    { households: households([{ householdId: 'H1' }]) },
    expressionRuleSet(expressionSource('households', expression, 'any')),
    { asOf, expressions: arqueroExpressions },
  );

describe('expression errors name the indicator and the expression', () => {
  it('a syntax error', () => {
    expect(onHouseholds('d => d.size >')).toThrow(
      'score: indicator expr: arquero expression "d => d.size >" on households: Expression parse error: d => d.size >',
    );
  });

  it('a call arquero does not allow (nothing outside columns, op and Math runs)', () => {
    expect(onHouseholds('d => process.exit(3)')).toThrow(
      'score: indicator expr: arquero expression "d => process.exit(3)" on households: Invalid function call: "process.exit(3)"',
    );
  });

  it('an unknown column', () => {
    expect(onHouseholds('d => d.sise > 3')).toThrow(
      'score: indicator expr: arquero expression "d => d.sise > 3" on households: Invalid column reference: "d.sise"',
    );
  });
});

describe('the example of docs/scoring/rule-set.md', () => {
  const ruleSet = docRuleSet();
  const inputs = {
    households: households([{ householdId: 'two' }, { householdId: 'one' }]),
    members: members([
      { householdId: 'two', birthDate: '1955-03-01' },
      { householdId: 'two', birthDate: '1959-12-31' },
      { householdId: 'one', birthDate: '1950-01-01' },
      { householdId: 'one', birthDate: '1960-01-01' },
    ]),
  };

  it('validates, and fires for two members born before 1960, not one', () => {
    expect(validateRuleSet(ruleSet).issues).toEqual([]);
    const result = score(inputs, ruleSet, { asOf, expressions: arqueroExpressions });
    expect(Array.from(result.table.array('score'))).toEqual([10, 0]);
  });

  it('quotes the errors score throws without the option and on bad expressions', () => {
    expect(() => score(inputs, ruleSet, { asOf })).toThrow(docErrors[0]);
    expect(onHouseholds('d => d.sise > 3')).toThrow(docErrors[2]);
    expect(onHouseholds('d => d.size >')).toThrow(docErrors[3]);
    expect(docErrors).toHaveLength(4);
  });
});
