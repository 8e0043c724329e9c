import { describe, expect, it } from 'vitest';
import { defaultPolicy, score, workOrders, type PolicyTables } from '../../src/index.js';
import { WorkCalendar } from '../../src/workorders/calendar.js';
import { dayNumber, isoDate } from '../../src/kernel/dates.js';
import { events, flagInputs, flagRuleSet, measures } from '../helpers/fixtures.js';

const rs = flagRuleSet([{ id: 'big', points: 40 }]);
const jiangxi = '360121101001';
const shaanxi = '610921100001';

function orders(
  households: { id: string; fired: string[]; region?: string }[],
  ev: Record<string, unknown>[],
  asOf: string,
  policy: PolicyTables = defaultPolicy,
  ms: Record<string, unknown>[] = [],
) {
  const inputs = flagInputs(households, { workEvents: events(ev), measures: measures(ms) });
  const table = workOrders(score(inputs, rs, { asOf, policy })).table;
  return table.columnNames().length
    ? Array.from({ length: table.numRows() }, (_, i) => rowOf(table, i))
    : [];
}

function rowOf(table: ReturnType<typeof workOrders>['table'], i: number): Record<string, unknown> {
  return Object.fromEntries(table.columnNames().map((c) => [c, table.get(c, i)]));
}

describe('workOrders', () => {
  it('opens a new order for a household over the threshold with no open order', () => {
    const [o] = orders([{ id: 'A', fired: ['big'], region: jiangxi }], [], '2025-06-30');
    expect(o).toMatchObject({
      orderId: 'test-2025-06-30-A',
      isNew: 1,
      stage: 'pushed',
      pushed: '2025-06-30',
      verifyDue: '2025-07-07',
      decideDue: '2025-07-15',
      overdue: null,
    });
  });

  it('opens none while an order is open, and marks that order overdue after its deadline', () => {
    const list = orders(
      [{ id: 'A', fired: ['big'], region: jiangxi }],
      [{ orderId: 'W1', householdId: 'A', stage: 'pushed', date: '2025-06-20' }],
      '2025-06-30',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      orderId: 'W1',
      isNew: 0,
      verifyDue: '2025-06-27',
      overdue: 'verify',
      daysOverdue: 3,
    });
  });

  it('is not overdue on the due day itself', () => {
    const [o] = orders(
      [{ id: 'A', fired: [], region: jiangxi }],
      [{ orderId: 'W1', householdId: 'A', stage: 'pushed', date: '2025-06-23' }],
      '2025-06-30',
    );
    expect(o).toMatchObject({ verifyDue: '2025-06-30', overdue: null, daysOverdue: 0 });
  });

  it('opens a new order once the previous one was closed as no risk', () => {
    const list = orders(
      [{ id: 'A', fired: ['big'], region: jiangxi }],
      [
        { orderId: 'W1', householdId: 'A', stage: 'pushed', date: '2025-05-01' },
        {
          orderId: 'W1',
          householdId: 'A',
          stage: 'verified',
          date: '2025-05-03',
          outcome: 'noRisk',
          actor: 'c1',
        },
      ],
      '2025-06-30',
    );
    expect(list.map((o) => [o.orderId, o.open, o.outcome, o.daysToVerify])).toEqual([
      ['W1', 0, 'noRisk', 2],
      ['test-2025-06-30-A', 1, null, null],
    ]);
  });

  it('counts working days across a weekend (Shaanxi: 5 working days to verify)', () => {
    // Pushed Friday 20 June: Mon 23 … Fri 27 are the five working days.
    const [o] = orders(
      [{ id: 'A', fired: [], region: shaanxi }],
      [{ orderId: 'W1', householdId: 'A', stage: 'pushed', date: '2025-06-20' }],
      '2025-06-30',
    );
    expect(o).toMatchObject({ verifyDue: '2025-06-27', overdue: 'verify', daysOverdue: 3 });
  });

  it('lets one working day from a Friday end on Monday, one calendar day on Saturday', () => {
    const policy = (unit: 'working' | 'calendar'): PolicyTables => ({
      ...defaultPolicy,
      deadlines: [{ province: '61', unit, verify: 1, decide: 10, measures: 5 }],
    });
    const ev = [{ orderId: 'W1', householdId: 'A', stage: 'pushed', date: '2025-06-27' }];
    const hh = [{ id: 'A', fired: [], region: shaanxi }];
    expect(orders(hh, ev, '2025-06-30', policy('working'))[0]).toMatchObject({
      verifyDue: '2025-06-30',
      overdue: null,
    });
    expect(orders(hh, ev, '2025-06-30', policy('calendar'))[0]).toMatchObject({
      verifyDue: '2025-06-28',
      daysOverdue: 2,
    });
  });

  it('waits for the first measure after inclusion and counts stage durations', () => {
    const ev = [
      { orderId: 'W1', householdId: 'A', stage: 'pushed', date: '2025-06-01' },
      {
        orderId: 'W1',
        householdId: 'A',
        stage: 'verified',
        date: '2025-06-04',
        outcome: 'confirmed',
      },
      { orderId: 'W1', householdId: 'A', stage: 'included', date: '2025-06-10' },
    ];
    const hh = [{ id: 'A', fired: [], region: jiangxi }];
    expect(orders(hh, ev, '2025-06-30')[0]).toMatchObject({
      stage: 'included',
      daysToVerify: 3,
      daysToDecide: 9,
      measuresDue: '2025-06-17',
      overdue: 'measures',
      daysOverdue: 13,
    });
    // A measure in the measures table before inclusion does not count; one after it does.
    const ms = [
      { householdId: 'A', kind: 'health', date: '2025-05-01' },
      { householdId: 'A', kind: 'employment', date: '2025-06-12' },
    ];
    expect(orders(hh, ev, '2025-06-30', defaultPolicy, ms)[0]).toMatchObject({
      measured: '2025-06-12',
      daysToMeasures: 2,
      overdue: null,
    });
  });

  it('ignores events after asOf', () => {
    const ev = [
      { orderId: 'W1', householdId: 'A', stage: 'pushed', date: '2025-06-01' },
      { orderId: 'W1', householdId: 'A', stage: 'eliminated', date: '2025-07-01' },
    ];
    expect(orders([{ id: 'A', fired: [] }], ev, '2025-06-30')[0]).toMatchObject({
      open: 1,
      stage: 'pushed',
    });
  });

  it('fails on an unknown option, naming it', () => {
    const result = score(flagInputs([{ id: 'A', fired: [] }]), rs, { asOf: '2025-06-30' });
    expect(() => workOrders(result, { prefix: 'x' } as never)).toThrow(/unknown option prefix/);
  });
});

describe('WorkCalendar', () => {
  const cal = new WorkCalendar(defaultPolicy);
  const due = (from: string, days: number) => isoDate(cal.due(dayNumber(from), days, 'working'));

  it('skips the National Day holiday', () => {
    expect(due('2025-09-30', 1)).toBe('2025-10-09');
  });

  it('counts a make-up Sunday as a working day', () => {
    expect(due('2025-09-26', 1)).toBe('2025-09-28');
  });

  it('gives every start and length the same due day whether counted before or fresh', () => {
    const starts = Array.from({ length: 40 }, (_, i) => dayNumber('2025-09-20') + i);
    const asked = starts.flatMap((start) => [0, 1, 3, 5, 10].map((days) => [start, days] as const));
    const first = asked.map(([start, days]) => cal.due(start, days, 'working'));
    const again = asked.map(([start, days]) => cal.due(start, days, 'working'));
    const fresh = asked.map(([start, days]) =>
      new WorkCalendar(defaultPolicy).due(start, days, 'working'),
    );
    expect(again).toEqual(first);
    expect(first).toEqual(fresh);
    expect(new Set(first).size).toBeGreaterThan(20);
  });
});
