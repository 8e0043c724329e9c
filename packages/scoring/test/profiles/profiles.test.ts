import * as aq from 'arquero';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presets, profiles, score, suppressSmallCells, type RuleSet } from '../../src/index.js';
import { events, flagRuleSet, households, measures, records } from '../helpers/fixtures.js';

const asOf = '2025-06-30';
const V1 = '360121101001';
const V2 = '360121101002';
const V3 = '360121102001';
const flags = presets['jiangxi-levels'].flags;
const rs: RuleSet = flagRuleSet([{ id: 'big', points: 40, cause: 'illness' }], {
  flags: {
    ...flags,
    village: flags.village.map((f) => (f.kind === 'overdueHighLamps' ? { ...f, minLamps: 2 } : f)),
  },
});

const inputs = {
  households: households([
    {
      householdId: 'A',
      regionCode: V1,
      size: 4,
      category: 'unstable',
      incomeWage: 6000,
      incomeProduction: 2000,
    },
    { householdId: 'B', regionCode: V1, size: 2 },
    {
      householdId: 'C',
      regionCode: V2,
      size: 3,
      category: 'marginal',
      incomeWage: 2000,
      monitoredSince: '2025-04-03',
    },
    { householdId: 'D', regionCode: V3, size: 5 },
    { householdId: 'E', regionCode: V3, size: 1 },
  ]),
  departmentRecords: records([
    { key: 'A', department: 'd', indicator: 'big' },
    { key: 'D', department: 'd', indicator: 'big' },
  ]),
  workEvents: events([
    { orderId: 'W1', householdId: 'A', stage: 'pushed', date: '2025-06-01' },
    {
      orderId: 'W1',
      householdId: 'A',
      stage: 'verified',
      date: '2025-06-05',
      outcome: 'confirmed',
      actor: 'c1',
    },
    { orderId: 'W1', householdId: 'A', stage: 'included', date: '2025-06-10', actor: 'c1' },
    { orderId: 'W2', householdId: 'D', stage: 'pushed', date: '2025-06-01' },
    {
      orderId: 'W2',
      householdId: 'D',
      stage: 'verified',
      date: '2025-06-20',
      outcome: 'dataError',
      actor: 'c2',
    },
    { orderId: 'W3', householdId: 'E', stage: 'pushed', date: '2025-06-10' },
    {
      orderId: 'W3',
      householdId: 'E',
      stage: 'verified',
      date: '2025-06-12',
      outcome: 'confirmed',
      actor: 'c2',
    },
    { orderId: 'W3', householdId: 'E', stage: 'dismissed', date: '2025-06-15', actor: 'c2' },
  ]),
  measures: measures([{ householdId: 'C', kind: 'health', date: '2025-05-01' }]),
};

describe('profiles on a hand-worked county', () => {
  const p = profiles(score(inputs, rs, { asOf }));
  const region = (code: string) => p.regions.find((r) => r.regionCode === code)!;

  it('lists villages, then townships, then the county', () => {
    expect(p.regions.map((r) => [r.regionCode, r.level, r.parentCode])).toEqual([
      [V1, 'village', '360121101000'],
      [V2, 'village', '360121101000'],
      [V3, 'village', '360121102000'],
      ['360121101000', 'township', '360121'],
      ['360121102000', 'township', '360121'],
      ['360121', 'county', null],
    ]);
  });

  it('counts households and people, split by category, at every level', () => {
    const county = region('360121').area;
    expect([county.population.households, county.population.people]).toEqual([5, 15]);
    expect(county.population.byCategory).toEqual({
      unstable: { households: 1, people: 4 },
      marginal: { households: 1, people: 3 },
      sudden: { households: 0, people: 0 },
      none: { households: 3, people: 8 },
    });
    expect([county.monitored.households, county.monitored.people]).toEqual([2, 7]);
    expect(region('360121101000').area.population.people).toBe(9);
    expect(county.lamps.map((c) => c.households)).toEqual([3, 0, 2, 0, 0, 0]);
    expect(county.unresolvedCauses.illness.households).toBe(1);
  });

  it('gives income shares of monitored households and names the base', () => {
    const income = region(V1).area.income;
    expect(income.base).toBe('income of monitored households');
    expect(income.shares.wage).toBe(0.75);
    expect(region('360121101000').area.income.total).toBe(10000);
  });

  it('gives rates on households and on people with their base', () => {
    const w = region('360121').work;
    // Four orders (W1, W2, W3 and D's new one) from three households: D counts once.
    expect([w.pushed.households, w.pushed.people]).toEqual([3, 10]);
    expect(w.verifiedInTime).toMatchObject({
      base: 'verified orders',
      numerator: { households: 2, people: 5 },
      denominator: { households: 3, people: 10 },
    });
    expect(w.inclusionRate).toMatchObject({
      base: 'confirmed verifications',
      households: 0.5,
      people: 0.8,
    });
    expect(w.medianDaysToVerify).toBe(4);
    expect(w.dataErrorShare.households).toBeCloseTo(1 / 3, 12);
    // Open: W1 and D's new order; caseworkers named: c1 and c2.
    expect([w.overdue.households, w.overdue.people, w.backlog.households]).toEqual([1, 4, 0]);
    expect([w.casesPerCaseworker, w.measuresPerMonitored, w.eliminationRate.households]).toEqual([
      1, 0.5, 0,
    ]);
    expect(region(V2).work.casesPerCaseworker).toBeNull();
  });

  it('flags the village with an overdue high-lamp household and a confirmed risk without measures red', () => {
    expect(p.flags.find((f) => f.regionCode === V1)).toMatchObject({
      flag: 'red',
      reasons: [
        { kind: 'overdueHighLamps', value: 1 },
        { kind: 'confirmedNoMeasureOverdue', value: 1 },
      ],
    });
  });

  it('flags the village with pushes but no monitored household yellow, with every reason', () => {
    const v3 = p.flags.find((f) => f.regionCode === V3)!;
    expect(v3.flag).toBe('yellow');
    expect(v3.reasons.map((r) => [r.kind, r.value])).toEqual([
      ['zeroMonitoredWithPushes', 2],
      ['verifiedInTimeShareBelow', 0.5],
      ['dataErrorShareAbove', 0.5],
    ]);
    expect(v3.reasons[0]!.message.zh).toBe('推送预警 2 户但监测对象为零');
  });

  it('suppresses small counts for publication, keeping zeros', () => {
    const published = suppressSmallCells(p, 3);
    const v1 = published.regions[0]!.area.population;
    expect([v1.households, v1.people, v1.byCategory.sudden.households]).toEqual(['<3', 6, 0]);
    expect(p.regions[0]!.area.population.households).toBe(2);
    const strict = suppressSmallCells(p, 3, { keepZeros: false });
    expect(strict.regions[0]!.area.population.byCategory.sudden.households).toBe('<3');
    expect(() => suppressSmallCells(p, 3, { zeros: false } as never)).toThrow(
      /unknown option zeros/,
    );
  });

  it('suppresses small order and measure counts, and medians of days over few orders', () => {
    const county = p.regions.at(-1)!;
    const orders = county.work.stageDays[0]!.orders;
    expect(orders).toBeGreaterThan(0);
    expect(county.work.medianDaysToVerify).not.toBeNull();
    const threshold = orders + 1;
    const published = suppressSmallCells(p, threshold).regions.at(-1)!;
    expect(published.work.stageDays[0]).toMatchObject({
      orders: `<${threshold}`,
      medianDays: null,
    });
    expect(published.work.medianDaysToVerify).toBeNull();
    const measured = Object.values(county.area.measures).find((m) => m.measures > 0)!;
    const kind = Object.keys(county.area.measures).find(
      (k) => county.area.measures[k as keyof typeof county.area.measures] === measured,
    ) as keyof typeof county.area.measures;
    const strict = suppressSmallCells(p, measured.measures + 1).regions.at(-1)!;
    expect(strict.area.measures[kind].measures).toBe(`<${measured.measures + 1}`);
    // Above the threshold nothing is hidden.
    const open = suppressSmallCells(p, 1).regions.at(-1)!;
    expect(open.work.stageDays[0]).toEqual(county.work.stageDays[0]);
  });

  it("builds a region's area and work figures once, on first read, and they travel with copies", () => {
    const region = p.regions[0]!;
    for (const key of ['area', 'work'] as const) {
      expect(typeof Object.getOwnPropertyDescriptor(region, key)?.get).toBe('function');
      expect(region[key]).toBe(region[key]);
      expect(Object.keys(region)).toContain(key);
      expect({ ...region }[key]).toBe(region[key]);
    }
    const copies = [
      structuredClone(p.regions),
      JSON.parse(JSON.stringify(p.regions)),
    ] as (typeof p.regions)[];
    for (const copy of copies) {
      expect(copy[0]!.area.population).toEqual(region.area.population);
      expect(copy.at(-1)!.area.monitored).toEqual(p.regions.at(-1)!.area.monitored);
      expect(copy.at(-1)!.work.pushed).toEqual(p.regions.at(-1)!.work.pushed);
      expect(copy.at(-1)!.work.inclusionRate).toEqual(p.regions.at(-1)!.work.inclusionRate);
    }
  });

  it('fails on an unknown option, naming it', () => {
    expect(() => profiles(score(inputs, rs, { asOf }), { binWidth: 5 } as never)).toThrow(
      /unknown option binWidth/,
    );
  });
});

describe('measures in the area profile, worked by hand', () => {
  const p = profiles(
    score(
      {
        households: households([
          { householdId: 'M1', regionCode: V1, size: 2, category: 'unstable' },
          { householdId: 'M2', regionCode: V1, size: 3 },
          { householdId: 'M3', regionCode: V2, size: 4, category: 'marginal' },
        ]),
        departmentRecords: records([]),
        measures: measures([
          { householdId: 'M1', kind: 'health', date: '2025-05-01' },
          { householdId: 'M1', kind: 'health', date: '2025-06-01' },
          { householdId: 'M1', kind: 'industry', date: '2025-03-01' },
          { householdId: 'M2', kind: 'health', date: '2025-05-01' },
          { householdId: 'M3', kind: 'education', date: '2025-07-15' }, // after asOf: left out
          { householdId: 'M3', kind: 'employment', date: '2025-06-30' },
          { householdId: 'X', kind: 'health', date: '2025-05-01' }, // no such household
        ]),
      },
      rs,
      { asOf },
    ),
  );
  const area = (code: string) => p.regions.find((r) => r.regionCode === code)!.area;
  const pair = (c: { households: number; people: number }) => [c.households, c.people];

  it('counts measures, and each household once per kind however many it got', () => {
    const v1 = area(V1).measures;
    expect([v1.health.measures, ...pair(v1.health.households)]).toEqual([3, 2, 5]);
    expect([v1.industry.measures, ...pair(v1.industry.households)]).toEqual([1, 1, 2]);
    expect(v1.health.households.byCategory.unstable.households).toBe(1);
    expect(v1.health.households.byCategory.none.households).toBe(1);
    const v2 = area(V2).measures;
    expect([v2.employment.measures, ...pair(v2.employment.households)]).toEqual([1, 1, 4]);
    expect([v2.education.measures, ...pair(v2.education.households)]).toEqual([0, 0, 0]);
    const county = p.regions.at(-1)!.area.measures;
    expect([county.health.measures, ...pair(county.health.households)]).toEqual([3, 2, 5]);
  });

  it('covers monitored households with any measure, on the base of monitored households', () => {
    const v1 = area(V1).measureCoverage;
    expect([pair(v1.numerator), pair(v1.denominator), v1.households]).toEqual([[1, 2], [1, 2], 1]);
    const county = p.regions.at(-1)!.area.measureCoverage;
    expect([pair(county.numerator), pair(county.denominator)]).toEqual([
      [2, 6],
      [2, 6],
    ]);
    expect(county.base).toBe('monitored households');
  });
});

describe('profile laws', () => {
  it('rolled-up counts equal household counts at every level', () => {
    const village = fc.constantFrom(V1, V2, V3, '360121103007', '610921100001');
    const hh = fc.array(
      fc.record({
        village,
        size: fc.integer({ min: 1, max: 9 }),
        category: fc.constantFrom(null, 'unstable', 'marginal', 'sudden'),
      }),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(hh, (list) => {
        const table = households(
          list.map((h, i) => ({
            householdId: `H${i}`,
            regionCode: h.village,
            size: h.size,
            category: h.category,
          })),
        );
        const p = profiles(
          score({ households: table, departmentRecords: records([]) }, rs, { asOf }),
        );
        const people = list.reduce((s, h) => s + h.size, 0);
        for (const level of ['village', 'township', 'county'] as const) {
          const rows = p.regions.filter((r) => r.level === level);
          expect(rows.reduce((s, r) => s + r.area.population.households, 0)).toBe(list.length);
          expect(rows.reduce((s, r) => s + r.area.population.people, 0)).toBe(people);
          const monitored = list.filter((h) => h.category !== null).length;
          expect(rows.reduce((s, r) => s + r.area.monitored.households, 0)).toBe(monitored);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('takes names and parents from the regions table and keeps villages without households', () => {
    const regions = aq.table({
      regionCode: ['360121', '360121101000', V1, '360121101099'],
      name: ['南昌县', '莲塘镇', '甲村', '乙村'],
      level: ['county', 'township', 'village', 'village'],
      parentCode: [null, '360121', '360121101000', '360121101000'],
    });
    const p = profiles(
      score({ households: households([{ householdId: 'A', regionCode: V1 }]), regions }, rs, {
        asOf,
      }),
    );
    expect(p.regions.map((r) => [r.name, r.area.population.households])).toEqual([
      ['甲村', 1],
      ['乙村', 0],
      ['莲塘镇', 1],
      ['南昌县', 1],
    ]);
  });
});
