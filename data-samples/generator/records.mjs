// Department records (行业部门数据) of one household: rows that make the planned indicators fire,
// rows that follow from who the members are (a member with a serious illness appears in the
// health data), and ordinary rows that fire nothing. Item names, windows, rollups and thresholds
// all come from the presets (rules.mjs), so the records follow the rule sets.
import { extreme, failing, passing } from './values.mjs';

/** @typedef {{key: string, keyType: 'household' | 'person', department: string, indicator: string, value: number, period: string}} RecordRow */
/** @typedef {ReturnType<typeof import('./rules.mjs').departmentItems> extends Map<string, infer V> ? V : never} Item */
/** @typedef {import('./households.mjs').Household} Household */
/** @typedef {import('./households.mjs').Member} Member */
/** @typedef {import('./random.mjs').Random} Random */
/** @typedef {{ members?: Member[], monthIndex: number }} Firing */

/** @param {Member} m @param {number} age */
const isAge = (m, age) => m._age >= age;

/**
 * Rows that follow from the roster, by data item (indicator name): who is concerned, the value,
 * and in which months of the window (`last` = the latest month only, `recent3` = the last three).
 * @type {Record<string, {who: (m: Member) => boolean, p?: number, value: (m: Member, r: Random) => number, when: 'any' | 'last' | 'recent3'}>}
 */
const FROM_ROSTER = {
  seriousIllness: {
    who: (m) => m.health === 'serious' && !m.deceased,
    value: () => 1,
    when: 'any',
  },
  chronicDisease: {
    who: (m) => m.health === 'chronic' && !m.deceased,
    value: () => 1,
    when: 'any',
  },
  disabilityGrade: {
    who: (m) => m.disability !== 'none',
    value: (m) => Number(m.disability),
    when: 'any',
  },
  enrolled: {
    who: (m) => ['primary', 'junior', 'senior', 'college'].includes(m.schooling),
    value: () => 1,
    when: 'last',
  },
  collegeStudent: { who: (m) => m.schooling === 'college', value: () => 1, when: 'last' },
  dropout: { who: (m) => m.schooling === 'dropout', value: () => 1, when: 'any' },
  disabilitySubsidy: {
    who: (m) => m.disability === '1' || m.disability === '2',
    p: 0.7,
    value: () => 1,
    when: 'last',
  },
  stableEmployment: {
    who: (m) => m.laborAbility === 'full' && m._age >= 18 && m._age < 60,
    p: 0.3,
    value: () => 1,
    when: 'last',
  },
  pension: {
    who: (m) => isAge(m, 60) && !m.deceased,
    p: 0.5,
    value: (_, r) => 1800 + 40 * r.int(20),
    when: 'any',
  },
};

/**
 * Ordinary rows that fire nothing (risk items) or fire with probability `pass` (resilience
 * items): `p` per household, or per adult member for person items.
 * @type {Record<string, {p: number, pass?: number}>}
 */
const BACKGROUND = {
  selfPaidMedical: { p: 0.05 },
  hospitalDays: { p: 0.015 },
  safetyGrade: { p: 0.15 },
  floorAreaPerCapita: { p: 0.06 },
  safeDrinkingWater: { p: 0.04 },
  supplyInterruptedDays: { p: 0.02 },
  disasterLoss: { p: 0.015 },
  subsidies: { p: 0.2, pass: 0.4 },
  farmlandArea: { p: 0.2, pass: 0.4 },
  depositBalance: { p: 0.2, pass: 0.35 },
  vehicles: { p: 0.15, pass: 1 },
  businessRegistered: { p: 0.03, pass: 1 },
};

/**
 * Rows that make one item pass the given sources' conditions, for `keys`, from `monthIndex`.
 * Items read over a short window (≤ 3 months) repeat monthly to the end of the window, as
 * status data (being unemployed, uninsured) does.
 * @param {Item} item @param {Item['sources']} sources @param {string[]} keys
 * @param {number} monthIndex 0..11 @param {string[]} months @param {Random} r @returns {RecordRow[]}
 */
export function firingRows(item, sources, keys, monthIndex, months, r) {
  const s = /** @type {Item['sources'][number]} */ (sources[0]).source;
  const spec = s.values;
  const window = Math.min(...sources.map((x) => x.source.months ?? 12));
  const start = Math.max(monthIndex, months.length - window);
  const cond = extreme(
    sources.map((x) => x.indicator.condition),
    'hardest',
  );
  const span = window <= 3 ? months.slice(start) : [/** @type {string} */ (months[start])];
  const rowValue = () =>
    s.where ? passing(s.where, spec, r) : spec.type === 'flag' ? 1 : passing(cond, spec, r);
  /** @type {RecordRow[]} */
  const rows = [];
  const push = (
    /** @type {string} */ key,
    /** @type {string} */ period,
    /** @type {number} */ value,
  ) =>
    rows.push({
      key,
      keyType: item.keyType,
      department: item.department,
      indicator: item.indicator,
      value,
      period,
    });
  switch (s.rollup) {
    case 'none':
      return rows;
    case 'any':
    case 'max':
    case 'min':
      for (const key of keys)
        for (const period of span)
          push(key, period, s.rollup === 'any' ? rowValue() : passing(cond, spec, r));
      return rows;
    case 'count': {
      const needed =
        cond.op === 'ge' ? (cond.value ?? 1) : cond.op === 'gt' ? (cond.value ?? 0) + 1 : 1;
      for (const key of keys) for (const period of span) push(key, period, rowValue());
      // More rows than keys × months: further months of the first key, inside the window.
      for (
        let extra = start - 1;
        rows.length < needed && extra >= months.length - window;
        extra--
      ) {
        push(
          /** @type {string} */ (keys[0]),
          /** @type {string} */ (months[Math.min(extra, months.length - 1)]),
          rowValue(),
        );
      }
      return rows;
    }
    case 'sum': {
      const total = passing(cond, spec, r);
      const parts = Math.min(1 + r.int(3), months.length - start);
      let left = total;
      for (let i = 0; i < parts; i++) {
        const value = i === parts - 1 ? left : Math.round((total / parts) * (0.6 + 0.8 * r.next()));
        left -= value;
        push(
          /** @type {string} */ (keys[0]),
          /** @type {string} */ (months[start + i]),
          Math.max(value, 1),
        );
      }
      return rows;
    }
  }
}

/**
 * One row for `key` that passes no source of the item, or none where only no row passes.
 * @param {Item} item @param {string} key @param {string[]} months @param {Random} r @returns {RecordRow[]}
 */
function quietRow(item, key, months, r) {
  const first = /** @type {Item['sources'][number]} */ (item.sources[0]).source;
  if ((first.rollup === 'any' || first.rollup === 'count') && !first.where) return [];
  const window = Math.min(...item.sources.map((x) => x.source.months ?? 12));
  const value = first.where
    ? failing(first.where, first.values, r)
    : failing(
        extreme(
          item.sources.map((x) => x.indicator.condition),
          'easiest',
        ),
        first.values,
        r,
      );
  if (value === null) return [];
  const period = /** @type {string} */ (months[months.length - window + r.int(window)]);
  return [
    {
      key,
      keyType: item.keyType,
      department: item.department,
      indicator: item.indicator,
      value,
      period,
    },
  ];
}

/**
 * All department rows of one household.
 * @param {Household} household
 * @param {Map<string, Firing>} fire indicator id → who and from which month
 * @param {Map<string, Item>} items @param {Map<string, string>} itemOf indicator id → item key
 * @param {string[]} months the 12 months, oldest first @param {Random} r
 * @param {Set<string>} [skip] item keys the caller writes itself (scenario households)
 * @param {boolean} [quiet] only rows that follow for certain from the roster (scenario households)
 * @returns {RecordRow[]}
 */
export function householdRecords(
  household,
  fire,
  items,
  itemOf,
  months,
  r,
  skip = new Set(),
  quiet = false,
) {
  /** @type {RecordRow[]} */
  const rows = [];
  const firedItems = new Set();
  const byItem = new Map();
  for (const [id, firing] of fire) {
    const key = itemOf.get(id);
    if (!key) continue;
    const entry = byItem.get(key) ?? { firing, ids: new Set() };
    entry.ids.add(id);
    byItem.set(key, entry);
  }
  for (const [key, { firing, ids }] of byItem) {
    const item = /** @type {Item} */ (items.get(key));
    const sources = item.sources.filter((x) => ids.has(x.indicator.id));
    const who =
      item.keyType === 'household'
        ? [household.householdId]
        : (firing.members ?? [household.members[0]]).map((m) => /** @type {Member} */ (m).personId);
    rows.push(...firingRows(item, sources, who, firing.monthIndex, months, r));
    firedItems.add(key);
  }
  for (const [key, item] of items) {
    if (firedItems.has(key) || skip.has(key)) continue;
    const roster = FROM_ROSTER[item.indicator];
    if (roster && item.keyType === 'person') {
      if (quiet && roster.p !== undefined) continue;
      for (const m of household.members) {
        if (!roster.who(m) || (roster.p !== undefined && !r.chance(roster.p))) continue;
        const index = roster.when === 'any' ? r.int(months.length) : months.length - 1;
        rows.push({
          key: m.personId,
          keyType: 'person',
          department: item.department,
          indicator: item.indicator,
          value: roster.value(m, r),
          period: /** @type {string} */ (months[index]),
        });
      }
      continue;
    }
    const background = BACKGROUND[item.indicator];
    if (quiet || !background || !r.chance(background.p)) continue;
    const adults = household.members.filter((m) => m._age >= 18 && !m.deceased);
    const key2 =
      item.keyType === 'household'
        ? household.householdId
        : r.pick(adults.length > 0 ? adults : household.members).personId;
    if (background.pass !== undefined && r.chance(background.pass)) {
      rows.push(...firingRows(item, item.sources, [key2], r.int(months.length), months, r));
    } else {
      rows.push(...quietRow(item, key2, months, r));
    }
  }
  return mergeRows(rows, items);
}

/**
 * One row per key, item and month, as a department sends it (ingest rejects repeats): amounts of
 * items read as sums add up, other values keep the largest.
 * @param {RecordRow[]} rows @param {Map<string, Item>} items @returns {RecordRow[]}
 */
export function mergeRows(rows, items) {
  /** @type {Map<string, RecordRow>} */
  const seen = new Map();
  /** @type {RecordRow[]} */
  const out = [];
  for (const row of rows) {
    const id = `${row.key}|${row.department}|${row.indicator}|${row.period}`;
    const first = seen.get(id);
    if (!first) {
      const copy = { ...row };
      seen.set(id, copy);
      out.push(copy);
      continue;
    }
    const item = items.get(`${row.department}/${row.indicator}`);
    const sums = item?.sources.some((x) => x.source.rollup === 'sum') ?? false;
    first.value = sums ? first.value + row.value : Math.max(first.value, row.value);
  }
  return out;
}
