// Work orders through the whole process (DOMAIN §6) and the assistance measures that follow:
// pushed → verified (confirmed | noRisk | dataError) → reviewed → approved → included →
// measures → eliminated, or dismissed. Delays are realistic and mostly within the deadlines;
// the village's story role makes some late, some stuck, some without measures.
import { iso } from './calendar.mjs';

/** @typedef {{orderId: string, householdId: string, stage: string, date: string, outcome: string | null, actor: string | null}} WorkEvent */
/** @typedef {{householdId: string, kind: string, date: string, amount: number | null}} Measure */
/** @typedef {import('./random.mjs').Random} Random */
/**
 * @typedef {{ orderId: string, householdId: string, villageCode: string, townshipCode: string,
 *   countyCode: string, pushDay: number, asOfDay: number, outcome: 'confirmed' | 'noRisk' | 'dataError',
 *   verifyDelay: number | null, afterConfirm: 'include' | 'rejectAtReview' | 'noMeasures',
 *   causes: string[], eliminate: boolean }} Order
 */

/** Measures that answer each cause, most usual first. */
const MEASURES_FOR = {
  illness: ['health', 'socialSecurity', 'insurance'],
  accident: ['health', 'employment', 'insurance'],
  disability: ['socialSecurity', 'health', 'other'],
  education: ['education', 'finance'],
  disaster: ['other', 'insurance', 'socialSecurity'],
  industryFailure: ['industry', 'finance', 'insurance'],
  unstableEmployment: ['employment', 'industry'],
  labourShortage: ['socialSecurity', 'education', 'employment'],
  other: ['socialSecurity', 'other'],
};

/** A typical amount per measure kind, yuan; null where the measure is a service. @param {string} kind @param {Random} r */
export function amountFor(kind, r) {
  switch (kind) {
    case 'health':
      return 1000 * r.between(2, 15);
    case 'socialSecurity':
      return 12 * 10 * r.between(60, 85);
    case 'insurance':
      return 500 * r.between(6, 20);
    case 'education':
      return 500 * r.between(3, 10);
    case 'employment':
      return r.chance(0.5) ? null : 500 * r.between(2, 6);
    case 'industry':
      return 500 * r.between(4, 16);
    case 'finance':
      return r.pick([30000, 50000]);
    default:
      return 1000 * r.between(3, 20);
  }
}

/** @param {string[]} causes @param {Random} r @returns {string[]} one to three kinds */
export function measureKinds(causes, r) {
  const pool = [
    ...new Set(
      causes.flatMap(
        (c) => MEASURES_FOR[/** @type {keyof typeof MEASURES_FOR} */ (c)] ?? ['other'],
      ),
    ),
  ];
  return pool.slice(0, 1 + r.int(Math.min(3, pool.length)));
}

/**
 * The events and measures of one order, cut at `asOf` (later steps have not happened yet).
 * @param {Order} o @param {Random} r
 * @returns {{events: WorkEvent[], measures: Measure[], includedDay: number | null}}
 */
export function runOrder(o, r) {
  const village = `cw-${o.villageCode}-${1 + r.int(2)}`;
  const township = `tw-${o.townshipCode}`;
  const county = `cty-${o.countyCode}`;
  /** @type {WorkEvent[]} */
  const events = [];
  /** @type {Measure[]} */
  const measures = [];
  const add = (
    /** @type {string} */ stage,
    /** @type {number} */ at,
    /** @type {string | null} */ actor,
    /** @type {string | null} */ outcome = null,
  ) => {
    if (at > o.asOfDay) return false;
    events.push({
      orderId: o.orderId,
      householdId: o.householdId,
      stage,
      date: iso(at),
      outcome,
      actor,
    });
    return true;
  };
  add('pushed', o.pushDay, null);
  if (o.verifyDelay === null) return { events, measures, includedDay: null };
  let at = o.pushDay + o.verifyDelay;
  if (!add('verified', at, village, o.outcome)) return { events, measures, includedDay: null };
  if (o.outcome !== 'confirmed') {
    add('dismissed', at + r.between(0, 2), township);
    return { events, measures, includedDay: null };
  }
  at += r.between(1, 3);
  if (!add('reviewed', at, village)) return { events, measures, includedDay: null };
  if (o.afterConfirm === 'rejectAtReview') {
    add('dismissed', at + r.between(0, 1), village);
    return { events, measures, includedDay: null };
  }
  at += r.between(1, 3);
  if (!add('approved', at, county)) return { events, measures, includedDay: null };
  at += r.between(0, 2);
  if (!add('included', at, township)) return { events, measures, includedDay: null };
  const includedDay = at;
  if (o.afterConfirm === 'noMeasures') return { events, measures, includedDay };
  at += r.between(1, 4);
  if (!add('measures', at, village)) return { events, measures, includedDay };
  measureKinds(o.causes, r).forEach((kind, i) => {
    const day = at + (i === 0 ? 0 : r.between(5, 60));
    if (day <= o.asOfDay)
      measures.push({
        householdId: o.householdId,
        kind,
        date: iso(day),
        amount: amountFor(kind, r),
      });
  });
  if (o.eliminate) add('eliminated', includedDay + r.between(90, 240), county);
  return { events, measures, includedDay };
}
