// Builds a scenario household (scenarios.mjs) the way the generator builds any other, but with
// its members, department rows and process as the scenario states them.
import { day } from './calendar.mjs';
import { makeMember } from './households.mjs';
import { surname } from './names.mjs';
import { stream } from './random.mjs';
import { householdRecords, mergeRows } from './records.mjs';
import { rowsFromMeasures, scoreOf } from './assistance.mjs';

/** @typedef {import('./village.mjs').Run} Run */
/** @typedef {import('./village.mjs').Generated} Generated */
/** @typedef {import('./scenarios.mjs').Scenario} Scenario */

/**
 * @param {Run} run @param {{code: string, townshipCode: string, countyCode: string}} village
 * @param {Scenario} scenario @param {number} index 1-based household number
 * @returns {Generated}
 */
export function buildScenario(run, village, scenario, index) {
  const r = stream(run.seed, 'scenario', village.code, index);
  const householdId = `H${village.code}${String(index).padStart(4, '0')}`;
  // Children carry their father's surname; wives and mothers keep their own.
  const fatherFamily = surname(r);
  const members = scenario.members.map((spec) => {
    const own =
      spec.relation === 'other' ||
      (spec.sex === 'f' && spec.relation !== 'child' && spec.relation !== 'grandchild')
        ? surname(r)
        : fatherFamily;
    const m = makeMember(run.household, r, householdId, spec.relation, spec.age, spec.sex, own);
    return Object.assign(m, {
      health: spec.health ?? 'healthy',
      disability: spec.disability ?? 'none',
      laborAbility:
        spec.laborAbility ??
        (spec.age >= 16 && spec.age < 60 ? 'full' : spec.age < 16 ? 'none' : 'partial'),
      schooling: spec.schooling ?? (spec.age >= 18 ? 'none' : m.schooling),
      ...(spec.deceased ? { deceased: true } : {}),
    });
  });
  const size = members.length;
  const total = scenario.incomePerCapita * size;
  const incomeWage = Math.round(total * scenario.wageShare);
  const incomeProduction = Math.round(total * (1 - scenario.wageShare) * 0.4);
  const incomeProperty = Math.round(total * 0.01);
  /** @type {import('./households.mjs').Household} */
  const household = {
    householdId,
    regionCode: village.code,
    headName: /** @type {import('./households.mjs').Member} */ (members[0]).name,
    phone: `100${String(r.int(1e8)).padStart(8, '0')}`,
    size,
    category: scenario.category,
    monitoredSince: scenario.process.find((p) => p.stage === 'included')?.date ?? null,
    incomePerCapita: scenario.incomePerCapita,
    incomeWage,
    incomeProduction,
    incomeTransfer: total - incomeWage - incomeProduction - incomeProperty,
    incomeProperty,
    lon: null,
    lat: null,
    members,
  };
  /** @type {import('./records.mjs').RecordRow[]} */
  const explicit = [];
  const skip = new Set();
  for (const row of scenario.rows) {
    const key = run.itemOf.get(row.id);
    const item = key ? run.items.get(key) : undefined;
    if (!key || !item) continue;
    skip.add(key);
    const who =
      row.who === 'household'
        ? householdId
        : /** @type {import('./households.mjs').Member} */ (members[row.who]).personId;
    explicit.push({
      key: who,
      keyType: item.keyType,
      department: item.department,
      indicator: item.indicator,
      value: row.value,
      period: row.period,
    });
  }
  const months = run.months.map((m) => m.month);
  const rows = [
    ...explicit,
    ...householdRecords(household, new Map(), run.items, run.itemOf, months, r, skip, true),
  ];
  const orderId = run.nextOrder(day(/** @type {{date: string}} */ (scenario.process[0]).date));
  const actors = {
    pushed: null,
    verified: `cw-${village.code}-1`,
    reviewed: `cw-${village.code}-1`,
    approved: `cty-${village.countyCode}`,
    included: `tw-${village.townshipCode}`,
    measures: `cw-${village.code}-1`,
    eliminated: `cty-${village.countyCode}`,
    dismissed: `tw-${village.townshipCode}`,
  };
  const events = scenario.process
    .filter((p) => day(p.date) <= run.asOfDay)
    .map((p) => ({
      orderId,
      householdId,
      stage: p.stage,
      date: p.date,
      outcome: p.outcome ?? null,
      actor: actors[/** @type {keyof typeof actors} */ (p.stage)],
    }));
  const measures = scenario.measures.map((m) => ({ householdId, ...m }));
  const records = mergeRows([...rows, ...rowsFromMeasures(run, household, measures)], run.items);
  const now = scoreOf(run, household, records);
  return { household, records, events, measures, score: now.score, lamps: now.lamps };
}
