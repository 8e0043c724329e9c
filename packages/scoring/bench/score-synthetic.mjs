// A synthetic county or city for the scoring benchmark, generated from a seed so every run is the
// same: households in villages of 12-digit codes, members, and long department records whose
// department, indicator and value codes come from the rule set's own department sources.
import * as aq from 'arquero';

/** mulberry32: a small seeded PRNG, good enough for synthetic data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORY = ['unstable', 'marginal', 'sudden'];
const LABOR = ['full', 'full', 'full', 'partial', 'none'];
const HEALTH = ['healthy', 'healthy', 'healthy', 'healthy', 'chronic', 'serious'];
const DISABILITY = [
  'none',
  'none',
  'none',
  'none',
  'none',
  'none',
  'none',
  'none',
  '1',
  '2',
  '3',
  '4',
];
const SCHOOLING = ['none', 'none', 'primary', 'junior', 'senior', 'college', 'dropout'];

/** A sampler of a value of one department item, by its value type. */
function valueOf(values, rand, goodIsOne) {
  switch (goodIsOne ? 'good' : values.type) {
    case 'good':
      return rand() < 0.97 ? 1 : 0;
    // Mostly unremarkable values, so that a few per cent of households reach the push level.
    case 'flag':
      return rand() < 0.03 ? 1 : 0;
    case 'amount':
      return rand() < 0.1 ? Math.round(rand() * 40000) : Math.round(rand() * 2000);
    case 'count':
      return rand() < 0.1 ? 1 + Math.floor(rand() * 3) : 0;
    case 'code':
      return values.codes[rand() < 0.05 ? values.codes.length - 1 : 0].code;
    default:
      return rand() < 0.1 ? Math.round(rand() * 60) : Math.round(rand() * 10);
  }
}

/**
 * Generates `households` households (about 3.25 people each) and `records` department records
 * for the department items of `ruleSet`, in `months` months up to `lastMonth` (YYYY-MM).
 */
export function synthetic({
  households: nH,
  records: nR,
  ruleSet,
  seed = 1,
  lastMonth = '2025-06',
  months = 12,
}) {
  const rand = prng(seed);
  const villagesPerTownship = 20;
  const townshipsPerCounty = 20;
  const perVillage = 190;
  const villageCount = Math.ceil(nH / perVillage);
  const villages = Array.from({ length: villageCount }, (_, v) => {
    const county = 610902 + Math.floor(v / (villagesPerTownship * townshipsPerCounty));
    const township = 100 + (Math.floor(v / villagesPerTownship) % townshipsPerCounty);
    const village = 1 + (v % villagesPerTownship);
    return `${county}${township}${String(village).padStart(3, '0')}`;
  });
  const householdId = new Array(nH);
  const regionCode = new Array(nH);
  const size = new Float64Array(nH);
  const category = new Array(nH);
  const incomePerCapita = new Float64Array(nH);
  const income = [
    new Float64Array(nH),
    new Float64Array(nH),
    new Float64Array(nH),
    new Float64Array(nH),
  ];
  const births = Array.from(
    { length: 90 * 12 },
    (_, m) => `${1935 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-15`,
  );
  const person = {
    personId: [],
    householdId: [],
    relation: [],
    birthDate: [],
    laborAbility: [],
    health: [],
    disability: [],
    schooling: [],
  };
  for (let h = 0; h < nH; h++) {
    const id = `H${String(h).padStart(8, '0')}`;
    householdId[h] = id;
    regionCode[h] = villages[Math.floor(h / perVillage)];
    const s = 1 + Math.floor(rand() * 4.5);
    size[h] = s;
    category[h] = rand() < 0.1 ? CATEGORY[Math.floor(rand() * 3)] : null;
    const pc = 3000 + Math.round(rand() * 30000);
    incomePerCapita[h] = pc;
    const parts = [rand(), rand(), rand(), rand()];
    const sum = parts[0] + parts[1] + parts[2] + parts[3];
    for (let i = 0; i < 4; i++) income[i][h] = Math.round((pc * s * parts[i]) / sum);
    for (let p = 0; p < s; p++) {
      person.personId.push(
        `${regionCode[h].slice(0, 6)}P${String(person.personId.length).padStart(11, '0')}`,
      );
      person.householdId.push(id);
      person.relation.push(p === 0 ? 'head' : 'child');
      person.birthDate.push(births[Math.floor(rand() * births.length)]);
      person.laborAbility.push(LABOR[Math.floor(rand() * LABOR.length)]);
      person.health.push(HEALTH[Math.floor(rand() * HEALTH.length)]);
      person.disability.push(DISABILITY[Math.floor(rand() * DISABILITY.length)]);
      person.schooling.push(SCHOOLING[Math.floor(rand() * SCHOOLING.length)]);
    }
  }
  const items = [];
  const seen = new Set();
  // Items a rule reads as "value 0 is the risk" (insured, safe water…) are mostly 1.
  const goodIsOne = new Set(
    ruleSet.indicators
      .filter(
        (i) =>
          i.source.kind === 'department' &&
          i.source.where?.op === 'eq' &&
          i.source.where.value === 0,
      )
      .map((i) => `${i.source.department}/${i.source.indicator}`),
  );
  for (const ind of ruleSet.indicators) {
    const s = ind.source;
    if (s.kind !== 'department' || seen.has(`${s.department}/${s.indicator}`)) continue;
    seen.add(`${s.department}/${s.indicator}`);
    items.push(s);
  }
  const [y, m] = lastMonth.split('-').map(Number);
  const periods = Array.from({ length: months }, (_, i) => {
    const k = y * 12 + m - 1 - i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
  const nP = person.personId.length;
  const rec = {
    key: new Array(nR),
    keyType: new Array(nR),
    department: new Array(nR),
    indicator: new Array(nR),
    value: new Float64Array(nR),
    period: new Array(nR),
  };
  // Records come grouped by household, as department exports sorted by key do.
  let p = 0;
  for (let r = 0; r < nR; r++) {
    const h = Math.min(nH - 1, Math.floor((r * nH) / nR));
    const item = items[Math.floor(rand() * items.length)];
    if (item.keyType === 'person') {
      while (p < nP - 1 && person.householdId[p] < householdId[h]) p++;
      rec.key[r] = person.personId[p];
    } else rec.key[r] = householdId[h];
    rec.keyType[r] = item.keyType;
    rec.department[r] = item.department;
    rec.indicator[r] = item.indicator;
    rec.value[r] = valueOf(
      item.values,
      rand,
      goodIsOne.has(`${item.department}/${item.indicator}`),
    );
    rec.period[r] = periods[Math.floor(rand() * months)];
  }
  const workEvents = { orderId: [], householdId: [], stage: [], date: [], outcome: [], actor: [] };
  for (let h = 0; h < nH; h += 97) {
    const id = `W${h}`;
    const push = (stage, date, outcome = null) => {
      workEvents.orderId.push(id);
      workEvents.householdId.push(householdId[h]);
      workEvents.stage.push(stage);
      workEvents.date.push(date);
      workEvents.outcome.push(outcome);
      workEvents.actor.push(`c${h % 330}`);
    };
    push('pushed', '2025-05-02');
    if (rand() < 0.7) push('verified', '2025-05-08', rand() < 0.8 ? 'confirmed' : 'dataError');
  }
  return {
    households: aq.table({
      householdId,
      regionCode,
      size,
      category,
      incomePerCapita,
      incomeWage: income[0],
      incomeProduction: income[1],
      incomeTransfer: income[2],
      incomeProperty: income[3],
    }),
    members: aq.table(person),
    departmentRecords: aq.table(rec),
    workEvents: aq.table(workEvents),
    items,
    people: nP,
  };
}
