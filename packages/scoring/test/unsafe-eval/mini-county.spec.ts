import { describe, expect, it } from 'vitest';
import { miniAsOf, miniInputs } from '../../../components/src/test-support/mini-county.js';
import { arqueroExpressions } from '@shouwang/scoring/expressions';
import {
  explain,
  firedColumn,
  presets,
  profiles,
  score,
  whatIf,
  workOrders,
  type RuleSet,
  type Source,
} from '../../src/index.js';
import { expressionSource } from '../helpers/expression-rule-set.js';

/** A departmentRecords expression picking one data item's values, as a department source reads it. */
const item = (keyType: string, department: string, indicator: string) =>
  `d => d.keyType === '${keyType}' && d.department === '${department}' && d.indicator === '${indicator}' ? d.value : null`;

/**
 * The ankang preset with seven of its declarative indicators written as arquero expressions that
 * mean the same: department items (sum, max, any with a where, count), members (any with an age
 * band, count), the household income against the income line, and an expression operand of a
 * derived ratio.
 */
const rewritten: Record<string, Source> = {
  selfPaidMedical: expressionSource(
    'departmentRecords',
    item('person', 'medicalInsurance', 'selfPaidMedical'),
    'sum',
    12,
  ),
  unsafeHousing: expressionSource(
    'departmentRecords',
    item('household', 'housing', 'safetyGrade'),
    'max',
  ),
  dropout: expressionSource(
    'departmentRecords',
    "d => d.keyType === 'person' && d.department === 'education' && d.indicator === 'dropout' && d.value === 1",
    'any',
  ),
  severeDisability: expressionSource(
    'departmentRecords',
    "d => d.keyType === 'person' && d.department === 'disabledFederation' && d.indicator === 'disabilityGrade' && (d.value === 1 || d.value === 2)",
    'count',
  ),
  // Aged 16 to under 60 on 2025-06-30: born after 1965-06-30 and on or before 2009-06-30.
  seriousIllnessLabour: expressionSource(
    'members',
    "d => d.health === 'serious' && d.birthDate > '1965-06-30' && d.birthDate <= '2009-06-30'",
    'any',
  ),
  manyDisabled: expressionSource(
    'members',
    "d => d.disability === '1' || d.disability === '2' || d.disability === '3' || d.disability === '4'",
    'count',
  ),
  incomeBelowLine: expressionSource('households', 'd => d.incomePerCapita', 'max'),
  productionIncomeShare: {
    kind: 'derived',
    op: 'ratio',
    of: [
      expressionSource('households', 'd => d.incomeProduction', 'sum'),
      { kind: 'household', field: 'incomeTotal' },
    ],
  },
};

const preset = presets['ankang-five-lamps'];
const withExpressions: RuleSet = {
  ...preset,
  indicators: preset.indicators.map((i) =>
    i.id in rewritten ? { ...i, source: rewritten[i.id]! } : i,
  ),
};

describe('expression indicators equal to the declarative ones, over the mini county', () => {
  const inputs = miniInputs();
  const declarative = score(inputs, preset, { asOf: miniAsOf });
  const expressed = score(inputs, withExpressions, {
    asOf: miniAsOf,
    expressions: arqueroExpressions,
  });
  const firedOf = (r: typeof declarative, id: string) => {
    const j = r.ruleSet.indicators.findIndex((i) => i.id === id);
    return Array.from(firedColumn(r.kernel.fired, j));
  };

  it('fires every rewritten indicator for the same households, some of them at least once', () => {
    const ids = Object.keys(rewritten);
    expect(ids).toHaveLength(8);
    for (const id of ids) expect(firedOf(expressed, id), id).toEqual(firedOf(declarative, id));
    const firing = ids.filter((id) => firedOf(declarative, id).includes(1));
    expect(firing.length).toBeGreaterThanOrEqual(5);
  });

  it('gives the same scores, lamps, levels and due orders', () => {
    for (const column of ['score', 'lamps', 'level', 'alert', 'workOrderDue']) {
      expect(Array.from(expressed.table.array(column)), column).toEqual(
        Array.from(declarative.table.array(column)),
      );
    }
    expect(Array.from(expressed.kernel.fired.bits)).toEqual(
      Array.from(declarative.kernel.fired.bits),
    );
  });

  it('explains the same, the smallest clearing change naming an expression indicator alike', () => {
    const ids = declarative.table.array('householdId') as ArrayLike<string>;
    for (const id of Array.from(ids)) {
      expect(explain(expressed, id), id).toEqual(explain(declarative, id));
    }
    const clearings = Array.from(ids, (id) => explain(expressed, id)?.clearing?.indicatorId);
    expect(clearings.some((id) => id !== undefined && id in rewritten)).toBe(true);
  });

  it('re-scores with what-if on an expression indicator exactly as on the declarative one', () => {
    const changes = { points: { incomeBelowLine: 30, severeDisability: 0 } };
    const a = whatIf(declarative, changes);
    const b = whatIf(expressed, changes);
    expect(b.flips.numRows()).toBeGreaterThan(0);
    expect(b.flips.objects()).toEqual(a.flips.objects());
    expect(b.regions).toEqual(a.regions);
  });

  it('feeds work orders and profiles the same', () => {
    const ordersA = workOrders(declarative);
    const ordersB = workOrders(expressed);
    expect(ordersB.table.objects()).toEqual(ordersA.table.objects());
    expect(profiles(expressed, { orders: ordersB }).regions).toEqual(
      profiles(declarative, { orders: ordersA }).regions,
    );
  });
});
