import { describe, expect, it } from 'vitest';
import { profiles, score, STAGE_STEPS } from '../../src/index.js';
import { median } from '../../src/profiles/stage-days.js';
import { events, flagRuleSet, households, measures, records } from '../helpers/fixtures.js';

const asOf = '2025-06-30';
const V1 = '360121101001';
const V2 = '360121101002';
const V3 = '360121102001';
const rs = flagRuleSet([{ id: 'big', points: 40 }]);

/** One order's stages, dated in June 2025 (day of the month). */
function order(orderId: string, householdId: string, stages: Record<string, number>) {
  return Object.entries(stages).map(([stage, day]) => ({
    orderId,
    householdId,
    stage,
    date: `2025-06-${String(day).padStart(2, '0')}`,
    outcome: stage === 'verified' ? (orderId === 'W3' ? 'noRisk' : 'confirmed') : null,
  }));
}

// Days per step, worked by hand:
//   W1 (A, V1): 2 → 3 → 2 → 2 → 2 → 8   W2 (B, V1): 4 → 5 → 1 → 4 → 3 (first measure row) → –
//   W3 (C, V1): 7                       W4 (D, V2): 1 → 1
//   W5 (E, V3): pushed only             W6 (F, V3): pushed and eliminated, no step between
const inputs = {
  households: households([
    { householdId: 'A', regionCode: V1, size: 4, category: 'unstable' },
    { householdId: 'B', regionCode: V1, size: 3, category: 'unstable' },
    { householdId: 'C', regionCode: V1, size: 2, category: 'marginal' },
    { householdId: 'D', regionCode: V2, size: 5, category: 'marginal' },
    { householdId: 'E', regionCode: V3, size: 1 },
    { householdId: 'F', regionCode: V3, size: 2 },
  ]),
  departmentRecords: records([]),
  workEvents: events([
    ...order('W1', 'A', {
      pushed: 1,
      verified: 3,
      reviewed: 6,
      approved: 8,
      included: 10,
      measures: 12,
      eliminated: 20,
    }),
    ...order('W2', 'B', { pushed: 1, verified: 5, reviewed: 10, approved: 11, included: 15 }),
    ...order('W3', 'C', { pushed: 2, verified: 9 }),
    ...order('W4', 'D', { pushed: 3, verified: 4, reviewed: 5 }),
    ...order('W5', 'E', { pushed: 10 }),
    ...order('W6', 'F', { pushed: 1, eliminated: 20 }),
  ]),
  // B's first measure after inclusion dates its measures stage; the earlier one does not count.
  measures: measures([
    { householdId: 'B', kind: 'health', date: '2025-06-12' },
    { householdId: 'B', kind: 'health', date: '2025-06-18' },
  ]),
};

describe('median days per stage step', () => {
  const p = profiles(score(inputs, rs, { asOf }));
  const steps = (code: string) =>
    p.regions
      .find((r) => r.regionCode === code)!
      .work.stageDays.map((s) => [`${s.from}→${s.to}`, s.medianDays, s.orders]);

  it('lists the six steps in STAGES order, without dismissed', () => {
    expect(STAGE_STEPS.map((s) => `${s.from}→${s.to}`)).toEqual([
      'pushed→verified',
      'verified→reviewed',
      'reviewed→approved',
      'approved→included',
      'included→measures',
      'measures→eliminated',
    ]);
  });

  it('gives each step of a village its median over the orders that reached both stages', () => {
    expect(steps(V1)).toEqual([
      ['pushed→verified', 4, 3],
      ['verified→reviewed', 4, 2],
      ['reviewed→approved', 1.5, 2],
      ['approved→included', 3, 2],
      ['included→measures', 2.5, 2],
      ['measures→eliminated', 8, 1],
    ]);
  });

  it('gives null, not 0, for a step no order reached, with a count of 0', () => {
    expect(steps(V3).map(([, days, n]) => [days, n])).toEqual(STAGE_STEPS.map(() => [null, 0]));
    expect(steps(V2).slice(1, 3)).toEqual([
      ['verified→reviewed', 1, 1],
      ['reviewed→approved', null, 0],
    ]);
  });

  it('takes the median of all the orders below a township or county, not of medians', () => {
    // Pushed → verified in 101000: 1, 2, 4, 7 → (2 + 4) / 2; the county adds nothing from V3.
    expect(steps('360121101000').slice(0, 2)).toEqual([
      ['pushed→verified', 3, 4],
      ['verified→reviewed', 3, 3],
    ]);
    expect(steps('360121')).toEqual(steps('360121101000'));
    expect(steps('360121102000')).toEqual(steps(V3));
  });

  it('keeps the median days to verify equal to the first step', () => {
    const county = p.regions.find((r) => r.regionCode === '360121')!.work;
    expect(county.medianDaysToVerify).toBe(3);
    expect(p.regions.find((r) => r.regionCode === V3)!.work.medianDaysToVerify).toBeNull();
  });

  it('splits eliminated orders by category in households and people', () => {
    const county = p.regions.find((r) => r.regionCode === '360121')!.work;
    expect([county.eliminated.households, county.eliminated.people]).toEqual([2, 6]);
    expect(county.eliminated.byCategory).toEqual({
      unstable: { households: 1, people: 4 },
      marginal: { households: 0, people: 0 },
      sudden: { households: 0, people: 0 },
      none: { households: 1, people: 2 },
    });
    expect(county.eliminationRate.numerator).toEqual({ households: 2, people: 6 });
  });

  it('splits households whose risk was eliminated by category in the area profile too', () => {
    const area = p.regions.find((r) => r.regionCode === '360121')!.area;
    expect(area.eliminated.byCategory.unstable).toEqual({ households: 1, people: 4 });
    expect(area.eliminated.byCategory.none).toEqual({ households: 1, people: 2 });
  });

  it('leaves out a step whose later stage is dated before the earlier one, never a negative median', () => {
    const outOfOrder = {
      ...inputs,
      workEvents: events(order('W1', 'A', { pushed: 1, verified: 3, included: 20, measures: 10 })),
      measures: measures([]),
    };
    const q = profiles(score(outOfOrder, rs, { asOf }));
    const v1 = q.regions.find((r) => r.regionCode === V1)!.work.stageDays;
    expect(v1[0]).toMatchObject({ medianDays: 2, orders: 1 });
    expect(v1[4]).toMatchObject({ from: 'included', to: 'measures', medianDays: null, orders: 0 });
  });

  it('takes the mean of the middle two for an even count and null for none', () => {
    expect([median([7, 1, 4, 2]), median([5]), median([])]).toEqual([3, 5, null]);
  });
});
