import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profiles, score } from '../../src/index.js';
import { events, flagRuleSet, households, records } from '../helpers/fixtures.js';

const asOf = '2025-06-30';
const V1 = '360121101001'; // confirmed risks, none included
const V2 = '360121101002'; // confirmed risks, all included
const V3 = '360121102001'; // another township: pushes, no inclusion

/** An order pushed on 06-01 and verified in time as a confirmed risk, included if asked. */
function order(id: string, included: boolean) {
  return [
    { orderId: `W-${id}`, householdId: id, stage: 'pushed', date: '2025-06-01' },
    {
      orderId: `W-${id}`,
      householdId: id,
      stage: 'verified',
      date: '2025-06-03',
      outcome: 'confirmed',
    },
    ...(included
      ? [{ orderId: `W-${id}`, householdId: id, stage: 'included', date: '2025-06-05' }]
      : []),
  ];
}

const ids = (prefix: string) => [1, 2, 3, 4].map((i) => `${prefix}${i}`);
const inputs = {
  households: households([
    ...ids('A').map((householdId) => ({ householdId, regionCode: V1, category: 'unstable' })),
    ...ids('B').map((householdId) => ({ householdId, regionCode: V2, category: 'unstable' })),
    ...ids('C').map((householdId) => ({ householdId, regionCode: V3, category: 'unstable' })),
  ]),
  departmentRecords: records([]),
  workEvents: events([
    ...ids('A').flatMap((id) => order(id, false)),
    ...ids('B').flatMap((id) => order(id, true)),
    ...ids('C').flatMap((id) => order(id, false)),
  ]),
};

const rs = flagRuleSet([{ id: 'big', points: 40 }], {
  flags: {
    village: [{ kind: 'inclusionRateBelowParent', flag: 'yellow', factor: 0.5, minConfirmed: 3 }],
    township: [
      { kind: 'manyPushesFewInclusions', flag: 'yellow', minPushes: 4, maxInclusionRate: 0.1 },
    ],
  },
});

describe('flags compared with the parent and over a township', () => {
  const p = profiles(score(inputs, rs, { asOf }));
  const flagOf = (code: string) => p.flags.find((f) => f.regionCode === code);

  it('flags a village whose inclusion rate is far below its township’s', () => {
    // Township 101000: 4 of 8 confirmed households included (50 %); V1 0 %, V2 100 %.
    expect(flagOf(V1)).toMatchObject({
      flag: 'yellow',
      reasons: [{ kind: 'inclusionRateBelowParent', value: 0, threshold: 0.25 }],
    });
    expect(flagOf(V1)!.reasons[0]!.message.zh).toBe('纳入率 0%，远低于上级的 50%');
    expect(flagOf(V2)).toBeUndefined();
  });

  it('needs the rule’s minimum of confirmed households before comparing', () => {
    const strict = flagRuleSet([{ id: 'big', points: 40 }], {
      flags: {
        village: [
          { kind: 'inclusionRateBelowParent', flag: 'yellow', factor: 0.5, minConfirmed: 5 },
        ],
        township: [],
      },
    });
    expect(profiles(score(inputs, strict, { asOf })).flags).toEqual([]);
  });

  it('flags a township with many pushes and few inclusions, and not one that includes', () => {
    expect(flagOf('360121102000')).toMatchObject({
      level: 'township',
      flag: 'yellow',
      reasons: [{ kind: 'manyPushesFewInclusions', value: 0, threshold: 0.1 }],
    });
    expect(flagOf('360121102000')!.reasons[0]!.message.en).toBe('4 pushed, only 0% included');
    expect(flagOf('360121101000')).toBeUndefined();
  });
});

describe('flags read the same figures as the work profile', () => {
  const villages = ['360121101001', '360121101002', '360121102001'];
  const orderSpec = fc.record({
    village: fc.constantFrom(...villages),
    monitored: fc.boolean(),
    verifiedAfter: fc.option(fc.integer({ min: 1, max: 14 })),
    outcome: fc.constantFrom('confirmed', 'noRisk', 'dataError'),
    included: fc.boolean(),
  });
  const rules = {
    village: [
      { kind: 'zeroMonitoredWithPushes', flag: 'yellow', minPushes: 1 },
      { kind: 'inclusionRateBelowParent', flag: 'yellow', factor: 0.9, minConfirmed: 1 },
      { kind: 'verifiedInTimeShareBelow', flag: 'yellow', share: 0.7 },
      { kind: 'dataErrorShareAbove', flag: 'yellow', share: 0.2 },
      { kind: 'manyPushesFewInclusions', flag: 'yellow', minPushes: 1, maxInclusionRate: 0.5 },
    ],
    township: [{ kind: 'verifiedInTimeShareBelow', flag: 'yellow', share: 0.7 }],
  };
  const rs = flagRuleSet([{ id: 'big', points: 40 }], { flags: rules });

  it('gives every reason the value the region’s work figures give, and misses no region that meets a rule', () => {
    fc.assert(
      fc.property(fc.array(orderSpec, { minLength: 1, maxLength: 25 }), (specs) => {
        const day = (d: number) => `2025-06-${String(d).padStart(2, '0')}`;
        const inputs = {
          households: households(
            specs.map((s, i) => ({
              householdId: `H${i}`,
              regionCode: s.village,
              category: s.monitored ? 'unstable' : null,
            })),
          ),
          departmentRecords: records([]),
          workEvents: events(
            specs.flatMap((s, i) => {
              const id = { orderId: `W${i}`, householdId: `H${i}` };
              if (s.verifiedAfter === null) return [{ ...id, stage: 'pushed', date: day(1) }];
              return [
                { ...id, stage: 'pushed', date: day(1) },
                { ...id, stage: 'verified', date: day(1 + s.verifiedAfter), outcome: s.outcome },
                ...(s.outcome === 'confirmed' && s.included
                  ? [{ ...id, stage: 'included', date: day(16) }]
                  : []),
              ];
            }),
          ),
        };
        const p = profiles(score(inputs, rs, { asOf: '2025-06-30' }));
        const byCode = new Map(p.regions.map((r) => [r.regionCode, r]));
        for (const region of p.regions) {
          if (region.level === 'county') continue;
          const w = region.work;
          const up = region.parentCode ? byCode.get(region.parentCode)?.work : undefined;
          const expected: [string, number][] = [];
          for (const rule of rules[region.level]) {
            const pushed = w.pushed.households;
            const own = w.inclusionRate.households;
            const parent = up?.inclusionRate.households ?? null;
            const inTime = w.verifiedInTime.households;
            const errors = w.dataErrorShare.households;
            const ratio = pushed === 0 ? 0 : w.included.households / pushed;
            if (
              rule.kind === 'zeroMonitoredWithPushes' &&
              region.area.monitored.households === 0 &&
              pushed >= 1
            )
              expected.push([rule.kind, pushed]);
            if (
              rule.kind === 'inclusionRateBelowParent' &&
              own !== null &&
              parent !== null &&
              w.confirmed.households >= 1 &&
              own < parent * 0.9
            )
              expected.push([rule.kind, own]);
            if (rule.kind === 'verifiedInTimeShareBelow' && inTime !== null && inTime < 0.7)
              expected.push([rule.kind, inTime]);
            if (rule.kind === 'dataErrorShareAbove' && errors !== null && errors > 0.2)
              expected.push([rule.kind, errors]);
            if (rule.kind === 'manyPushesFewInclusions' && pushed >= 1 && ratio <= 0.5)
              expected.push([rule.kind, ratio]);
          }
          const flag = p.flags.find((f) => f.regionCode === region.regionCode);
          expect(flag?.reasons.map((r) => [r.kind, r.value]) ?? []).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
