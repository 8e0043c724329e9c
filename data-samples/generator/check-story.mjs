// Reads generated tables back and computes the village and township flags of DOMAIN §7 with the
// thresholds of the jiangxi-levels preset (the preset that defines the yellow rules), so tests
// and the CLI can show that the samples tell the story they claim. This is a check of the
// sample, not the library's scoring: deadlines are counted in calendar days.
import { day } from './calendar.mjs';
import { loadPreset } from './rules.mjs';

/**
 * @param {{households: Record<string, unknown>[], workEvents: Record<string, unknown>[], regions: Record<string, unknown>[]}} t
 * @param {Map<string, number>} lamps householdId → lamps at asOf
 * @param {string} asOf
 * @returns {{villages: Map<string, string[]>, townships: Map<string, string[]>}}
 */
export function flagsOf(t, lamps, asOf) {
  const preset = loadPreset('jiangxi-levels');
  const rules = Object.fromEntries(preset.flags.village.map((f) => [f.kind, f]));
  const townshipRules = Object.fromEntries(preset.flags.township.map((f) => [f.kind, f]));
  const { verify, measures: measureDays } = preset.deadlines;
  const asOfDay = day(asOf);
  const villageOf = new Map(t.households.map((h) => [h.householdId, String(h.regionCode)]));
  const parentOf = new Map(t.regions.map((r) => [r.regionCode, r.parentCode]));
  /** @type {Map<string, Map<string, Record<string, string>>>} */
  const orders = new Map();
  for (const e of t.workEvents) {
    const village = /** @type {string} */ (villageOf.get(e.householdId));
    const byOrder = orders.get(village) ?? new Map();
    const o = byOrder.get(e.orderId) ?? { householdId: String(e.householdId) };
    o[String(e.stage)] = String(e.date);
    if (e.stage === 'verified') o.outcome = String(e.outcome);
    byOrder.set(e.orderId, o);
    orders.set(village, byOrder);
  }
  const monitored = new Map();
  for (const h of t.households)
    if (h.category) monitored.set(h.regionCode, (monitored.get(h.regionCode) ?? 0) + 1);
  const stats = new Map();
  for (const r of t.regions) {
    if (r.level !== 'village') continue;
    const list = [...(orders.get(String(r.regionCode))?.values() ?? [])];
    const verified = list.filter((o) => o.verified);
    stats.set(r.regionCode, {
      list,
      pushes: list.length,
      verified: verified.length,
      inTime: verified.filter((o) => day(String(o.verified)) - day(String(o.pushed)) <= verify)
        .length,
      dataError: verified.filter((o) => o.outcome === 'dataError').length,
      confirmed: verified.filter((o) => o.outcome === 'confirmed').length,
      included: list.filter((o) => o.included).length,
    });
  }
  const township = new Map();
  for (const [code, s] of stats) {
    const parent = parentOf.get(code);
    const agg = township.get(parent) ?? {
      pushes: 0,
      confirmed: 0,
      included: 0,
      verified: 0,
      inTime: 0,
    };
    for (const k of ['pushes', 'confirmed', 'included', 'verified', 'inTime']) agg[k] += s[k];
    township.set(parent, agg);
  }
  /** @type {Map<string, string[]>} */
  const villages = new Map();
  for (const [code, s] of stats) {
    const reasons = [];
    const tw = township.get(parentOf.get(code));
    if (
      s.list.some(
        (o) =>
          o.pushed &&
          !o.verified &&
          asOfDay - day(o.pushed) > verify &&
          (lamps.get(o.householdId) ?? 0) >= (rules.overdueHighLamps?.minLamps ?? 3),
      )
    )
      reasons.push('redOverdue');
    if (s.list.some((o) => o.included && !o.measures && asOfDay - day(o.included) > measureDays))
      reasons.push('redNoMeasure');
    if (s.pushes >= (rules.zeroMonitoredWithPushes?.minPushes ?? 1) && !monitored.get(code))
      reasons.push('zeroMonitored');
    const rule = rules.inclusionRateBelowParent;
    if (
      rule &&
      s.confirmed >= rule.minConfirmed &&
      tw.confirmed > 0 &&
      s.included / s.confirmed < rule.factor * (tw.included / tw.confirmed)
    )
      reasons.push('lowInclusion');
    if (s.verified > 0 && s.inTime / s.verified < (rules.verifiedInTimeShareBelow?.share ?? 0.8))
      reasons.push('lateVerification');
    if (s.verified > 0 && s.dataError / s.verified > (rules.dataErrorShareAbove?.share ?? 0.2))
      reasons.push('dataError');
    if (reasons.length > 0) villages.set(code, reasons);
  }
  /** @type {Map<string, string[]>} */
  const townships = new Map();
  const many = townshipRules.manyPushesFewInclusions;
  for (const [code, s] of township) {
    if (
      many &&
      s.pushes >= many.minPushes &&
      s.confirmed > 0 &&
      s.included / s.confirmed <= many.maxInclusionRate
    )
      townships.set(code, ['manyPushes']);
  }
  return { villages, townships };
}
