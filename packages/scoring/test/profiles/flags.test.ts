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
