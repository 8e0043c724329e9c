// One village's households, members, department records, work orders and measures. Household
// kinds follow the village's story role; every household whose score reaches the rule set's
// threshold is pushed and goes through the process, planned or not.
import { day, iso } from './calendar.mjs';
import { makeHousehold, makeIncome } from './households.mjs';
import { applyCause, escalate, makePlan } from './plan.mjs';
import { amountFor, runOrder } from './process.mjs';
import { householdRecords, mergeRows } from './records.mjs';
import { rowsFromMeasures, scoreOf } from './assistance.mjs';
import { departmentValues, score } from './rules.mjs';
import { stream } from './random.mjs';
import { buildScenario } from './scenario-household.mjs';

/** @typedef {import('./households.mjs').Household} Household */
/** @typedef {import('./records.mjs').RecordRow} RecordRow */
/** @typedef {import('./process.mjs').WorkEvent} WorkEvent */
/** @typedef {import('./process.mjs').Measure} Measure */
/** @typedef {import('./plan.mjs').Kind} Kind */
/**
 * @typedef {{ seed: string | number, asOfDay: number, months: {month: string, first: number}[], ruleSet: import('./rules.mjs').RuleSet,
 *   line: number, items: Map<string, import('./records.mjs').Item>, itemOf: Map<string, string>,
 *   household: import('./households.mjs').Context, nextOrder: (pushDay: number) => string }} Run
 * @typedef {{ household: Household, records: RecordRow[], events: WorkEvent[], measures: Measure[], score: number, lamps: number }} Generated
 */

/**
 * The kinds of a village's households, by its role (and its township's). Counts scale with
 * the village size, so a 400-household village tells the same story as a 20-household one.
 * @param {number} n @param {string | undefined} role @param {boolean} manyPushes @param {import('./random.mjs').Random} r
 * @returns {{kind: Kind, flag?: string}[]}
 */
export function householdKinds(n, role, manyPushes, r) {
  const s = Math.max(1, Math.round(n / 20));
  const binomial = (/** @type {number} */ p) =>
    Array.from({ length: n }, () => r.chance(p)).filter(Boolean).length;
  /** @type {{kind: Kind, flag?: string}[]} */
  const special = [];
  const add = (
    /** @type {Kind} */ kind,
    /** @type {number} */ count,
    /** @type {string | undefined} */ flag = undefined,
  ) => {
    for (let i = 0; i < count; i++) special.push(flag ? { kind, flag } : { kind });
  };
  const zero = role === 'zeroMonitored';
  add('legacy', zero ? 0 : Math.max(1, binomial(0.04)));
  // The many-pushes township's warnings are mostly false alarms: few new risks of its own.
  add('risk', zero || role === 'lowInclusion' || manyPushes ? 0 : binomial(0.035));
  add('falseAlarm', binomial(0.012));
  add('mild', binomial(0.08));
  add('watch', binomial(0.04));
  if (role === 'redOverdue') add('risk', 1, 'overdue');
  if (role === 'redNoMeasure') add('risk', 1, 'noMeasures');
  if (zero) add('falseAlarm', 2 * s);
  if (role === 'lowInclusion') add('risk', 4 * s);
  if (role === 'lateVerification') add('risk', 2 * s);
  if (role === 'dataError') {
    add('dataError', 2 * s);
    add('risk', s);
  }
  if (manyPushes) {
    add('falseAlarm', 3 * s);
    add('risk', 2 * s);
  }
  const kinds = special.slice(0, n);
  while (kinds.length < n) kinds.push({ kind: 'stable' });
  // Flagged households first, so they are never crowded out by scenario households.
  const flagged = kinds.filter((k) => k.flag);
  return [...flagged, ...r.shuffle(kinds.filter((k) => !k.flag))];
}

/**
 * @param {Run} run @param {Household} h @param {import('./plan.mjs').Plan} plan @param {import('./random.mjs').Random} r
 */
function recordsAndScore(run, h, plan, r) {
  const months = run.months.map((m) => m.month);
  const rows = householdRecords(h, plan.fire, run.items, run.itemOf, months, r);
  const result = score(
    run.ruleSet,
    h,
    departmentValues(run.ruleSet, rows, months),
    run.asOfDay,
    run.line,
  );
  return { rows, ...result };
}

/**
 * Generates one village.
 * @param {Run} run
 * @param {{code: string, townshipCode: string, countyCode: string, role: string | undefined, manyPushes: boolean,
 *   confirmedInTownship: {count: number},
 *   count: number, points: [number, number][], scenarios: import('./scenarios.mjs').Scenario[]}} village
 * @returns {Generated[]}
 */
export function generateVillage(run, village) {
  const r = stream(run.seed, 'village', village.code);
  const kinds = householdKinds(village.count, village.role, village.manyPushes, r);
  const threshold = run.ruleSet.workOrderThreshold ?? Infinity;
  const known = new Set(run.ruleSet.indicators.map((x) => x.id));
  /** @type {Generated[]} */
  const out = [];
  let confirmedInVillage = 0;
  for (let i = 0; i < village.count; i++) {
    const point = village.points[i] ?? null;
    const scenario = village.scenarios[i];
    if (scenario) {
      const g = buildScenario(run, village, scenario, i + 1);
      out.push({
        ...g,
        household: { ...g.household, lon: point?.[0] ?? null, lat: point?.[1] ?? null },
      });
      continue;
    }
    const { kind, flag } = /** @type {{kind: Kind, flag?: string}} */ (
      kinds[i - village.scenarios.length] ?? kinds[i] ?? { kind: 'stable' }
    );
    const hr = stream(run.seed, 'household', village.code, i);
    let h = makeHousehold(run.household, hr, village.code, i + 1);
    // A dropout alarm needs a pupil: draw the family again until it has one.
    const pupil = () => h.members.some((m) => m._age >= 7 && m._age < 16);
    for (let k = 0; kind === 'dataError' && !pupil() && k < 20; k++) {
      h = makeHousehold(run.household, hr, village.code, i + 1);
    }
    if (point) [h.lon, h.lat] = point;
    const currentKind = kind === 'dataError' && !pupil() ? 'risk' : kind;
    const plan = makePlan(
      currentKind,
      h,
      hr,
      flag === 'overdue' ? 10 : flag === 'noMeasures' ? 9 : undefined,
    );
    if (flag) plan.flags.add(flag);
    const wantsPush = ['risk', 'falseAlarm', 'dataError'].includes(currentKind);
    let result = recordsAndScore(run, h, plan, hr);
    for (let attempt = 0; wantsPush && attempt < 8; attempt++) {
      const enough = result.score >= threshold && (flag !== 'overdue' || result.lamps >= 3);
      if (enough) break;
      const grew =
        currentKind === 'falseAlarm' && plan.extras.length === 0
          ? false
          : escalate(plan, h, run.line, hr, known);
      if (!grew) {
        const keep = { ...h };
        applyCause(plan, h, hr.pick(['illness', 'unstableEmployment', 'industryFailure']), hr);
        if (currentKind === 'falseAlarm')
          Object.assign(
            h,
            makeIncome(hr, h.members, keep.incomePerCapita, 1, keep.incomePerCapita),
          );
      }
      result = recordsAndScore(run, h, plan, hr);
    }
    h.headName = /** @type {import('./households.mjs').Member} */ (
      h.members.find((m) => m.relation === 'head')
    ).name;
    /** @type {WorkEvent[]} */
    let events = [];
    /** @type {Measure[]} */
    let measures = [];
    if (currentKind === 'legacy') {
      h.category = hr.weighted([
        ['unstable', 45],
        ['marginal', 45],
        ['sudden', 10],
      ]);
      h.monitoredSince = iso(
        day('2021-03-01') + hr.int((run.months[0]?.first ?? 0) - 30 - day('2021-03-01')),
      );
      const kindsOf = hr.chance(0.4)
        ? ['socialSecurity']
        : [hr.pick(['industry', 'employment', 'finance', 'health', 'education'])];
      measures = kindsOf.map((k) => ({
        householdId: h.householdId,
        kind: k,
        date: iso(run.asOfDay - hr.int(360)),
        amount: amountFor(k, hr),
      }));
    } else if (result.score >= threshold) {
      const pushMonth = Math.min(plan.monthIndex + 1, run.months.length - 1);
      const pushDay =
        /** @type {{first: number}} */ (run.months[pushMonth]).first + hr.between(2, 7);
      const outcome =
        currentKind === 'dataError'
          ? 'dataError'
          : currentKind === 'falseAlarm' ||
              village.role === 'zeroMonitored' ||
              (village.manyPushes && currentKind !== 'risk')
            ? 'noRisk'
            : currentKind === 'risk' || hr.chance(0.55)
              ? 'confirmed'
              : 'noRisk';
      let afterConfirm = /** @type {'include' | 'rejectAtReview' | 'noMeasures'} */ ('include');
      if (flag === 'noMeasures') afterConfirm = 'noMeasures';
      else if (village.role === 'lowInclusion' && outcome === 'confirmed') {
        // The village includes its first confirmed case and rejects the rest at review.
        afterConfirm = confirmedInVillage++ === 0 ? 'include' : 'rejectAtReview';
      } else if (village.manyPushes && outcome === 'confirmed') {
        // The township includes one confirmed case in 15 (its first), spread over its villages,
        // so no village of it falls far below the township's own low rate.
        afterConfirm =
          village.confirmedInTownship.count++ % 15 === 0 ? 'include' : 'rejectAtReview';
      }
      // Late verifications belong to earlier months: a late one still open would be overdue (red).
      const late =
        village.role === 'lateVerification' &&
        pushDay < run.asOfDay - 40 &&
        (out.every((g) => g.events.length === 0) || hr.chance(0.75));
      const order = runOrder(
        {
          orderId: run.nextOrder(pushDay),
          householdId: h.householdId,
          villageCode: village.code,
          townshipCode: village.townshipCode,
          countyCode: village.countyCode,
          pushDay,
          asOfDay: run.asOfDay,
          outcome,
          verifyDelay: flag === 'overdue' ? null : late ? hr.between(9, 20) : hr.between(1, 4),
          afterConfirm,
          causes: plan.causes.length > 0 ? plan.causes : ['illness'],
          eliminate: pushDay < run.asOfDay - 130 && hr.chance(0.5),
        },
        hr,
      );
      events = order.events;
      measures = order.measures;
      if (order.includedDay !== null) {
        h.category = plan.causes.some((c) => ['disaster', 'accident', 'labourShortage'].includes(c))
          ? 'sudden'
          : hr.weighted([
              ['marginal', 6],
              ['unstable', 3],
              ['sudden', 1],
            ]);
        h.monitoredSince = iso(order.includedDay);
      }
    }
    // The push followed the score before any help; the score as of today counts the help too.
    const records = mergeRows([...result.rows, ...rowsFromMeasures(run, h, measures)], run.items);
    const now = scoreOf(run, h, records);
    out.push({ household: h, records, events, measures, score: now.score, lamps: now.lamps });
  }
  return out;
}
