// Reads the scoring presets at generation time, so department records follow whatever indicator
// ids, departments, value codes and thresholds packages/scoring ships. The generator scores its
// own households with the same points, lamps and income line, to know which ones are pushed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ageAt } from './calendar.mjs';

/** @typedef {import('../../packages/scoring/src/rules/types.ts').RuleSet} RuleSet */
/** @typedef {import('../../packages/scoring/src/rules/types.ts').Indicator} Indicator */
/** @typedef {import('../../packages/scoring/src/rules/types.ts').Condition} Condition */
/** @typedef {import('../../packages/scoring/src/rules/types.ts').DepartmentSource} DepartmentSource */
/** @typedef {import('./households.mjs').Household} Household */

const SCORING = new URL('../../packages/scoring/src/', import.meta.url).pathname;

/** @param {string} id @returns {RuleSet} */
export function loadPreset(id) {
  return JSON.parse(readFileSync(join(SCORING, 'presets', `${id}.json`), 'utf8'));
}

/**
 * The income line (yuan per person per year) of a province for a year, from the scoring
 * package's policy table; the national row (`*`) where the province has none.
 * @param {string} province 2 digits @param {number} year
 */
export function incomeLine(province, year) {
  /** @type {{rows: {province: string, year: number, yuan: number}[]}} */
  const table = JSON.parse(readFileSync(join(SCORING, 'policy', 'income-lines.json'), 'utf8'));
  const row =
    table.rows.find((r) => r.province === province && r.year === year) ??
    table.rows.find((r) => r.province === '*' && r.year === year);
  if (!row) throw new Error(`no income line for ${province} ${year}`);
  return row.yuan;
}

/**
 * Every department data item named by any of the rule sets, once: `department/indicator` →
 * the sources that read it. Records are generated per item, then every source sees them.
 * @param {RuleSet[]} ruleSets
 * @returns {Map<string, {department: string, indicator: string, keyType: 'household' | 'person', sources: {source: DepartmentSource, indicator: Indicator}[]}>}
 */
export function departmentItems(ruleSets) {
  /** @type {ReturnType<typeof departmentItems>} */
  const items = new Map();
  for (const ruleSet of ruleSets) {
    for (const indicator of ruleSet.indicators) {
      if (indicator.source.kind !== 'department') continue;
      const s = indicator.source;
      const key = `${s.department}/${s.indicator}`;
      let item = items.get(key);
      if (!item) {
        item = {
          department: s.department,
          indicator: s.indicator,
          keyType: s.keyType,
          sources: [],
        };
        items.set(key, item);
      }
      item.sources.push({ source: s, indicator });
    }
  }
  return items;
}

/** Whether `x` passes a condition (as packages/scoring/src/kernel/condition.ts). @param {Condition} c @param {number} x @param {number} [scale] */
export function passes(c, x, scale = 1) {
  if (Number.isNaN(x)) return false;
  switch (c.op) {
    case 'eq':
      return x === (c.value ?? NaN) * scale;
    case 'ne':
      return x !== (c.value ?? NaN) * scale;
    case 'lt':
      return x < (c.value ?? NaN) * scale;
    case 'le':
      return x <= (c.value ?? NaN) * scale;
    case 'gt':
      return x > (c.value ?? NaN) * scale;
    case 'ge':
      return x >= (c.value ?? NaN) * scale;
    case 'between':
      return x >= (c.min ?? NaN) * scale && x < (c.max ?? NaN) * scale;
    case 'in':
      return (c.values ?? []).some((v) => x === v * scale);
  }
}

/**
 * Folds values as the scoring kernel does: 0 for an empty any/count, 1 for an empty none,
 * NaN (missing) for an empty sum/max/min.
 * @param {import('../../packages/scoring/src/rules/types.ts').Rollup} rollup @param {number[]} values
 */
export function rollUp(rollup, values) {
  switch (rollup) {
    case 'any':
      return values.length > 0 ? 1 : 0;
    case 'none':
      return values.length > 0 ? 0 : 1;
    case 'count':
      return values.length;
    case 'sum':
      return values.length > 0 ? values.reduce((a, b) => a + b, 0) : NaN;
    case 'max':
      return values.length > 0 ? Math.max(...values) : NaN;
    case 'min':
      return values.length > 0 ? Math.min(...values) : NaN;
  }
}

/**
 * The number a member source reads for one household.
 * @param {import('../../packages/scoring/src/rules/types.ts').MemberSource} source
 * @param {import('./households.mjs').Member[]} members @param {number} asOfDay
 */
function memberValue(source, members, asOfDay) {
  const kept = members.filter((m) =>
    source.where.every((p) => {
      const x = p.field === 'age' ? ageAt(m.birthDate, asOfDay) : m[p.field];
      switch (p.op) {
        case 'eq':
          return x === p.value;
        case 'ne':
          return x !== p.value;
        case 'in':
          return (p.values ?? []).includes(x);
        case 'between':
          return typeof x === 'number' && x >= (p.min ?? NaN) && x < (p.max ?? NaN);
        case 'lt':
          return typeof x === 'number' && x < Number(p.value);
        case 'le':
          return typeof x === 'number' && x <= Number(p.value);
        case 'gt':
          return typeof x === 'number' && x > Number(p.value);
        case 'ge':
          return typeof x === 'number' && x >= Number(p.value);
      }
      return false;
    }),
  );
  return rollUp(
    source.rollup,
    kept.map((m) => (source.value === 'age' ? ageAt(m.birthDate, asOfDay) : 1)),
  );
}

/**
 * Scores one household with a points rule set at `asOf`: which indicators fire, the score
 * (risk − resilience, floored at 0) and the lamps (points per lamp, at most max, a core risk
 * lighting at least / adding its lamps).
 * @param {RuleSet} ruleSet @param {Household} household
 * @param {Map<DepartmentSource, number>} departmentValues each department source → its rolled-up value
 * @param {number} asOfDay @param {number} line the income line
 */
export function score(ruleSet, household, departmentValues, asOfDay, line) {
  /** @param {import('../../packages/scoring/src/rules/types.ts').Source} s @returns {number} */
  const read = (s) => {
    switch (s.kind) {
      case 'department':
        return departmentValues.get(s) ?? rollUp(s.rollup, []);
      case 'household':
        return s.field === 'incomeTotal'
          ? household.incomePerCapita * household.size
          : household[s.field];
      case 'member':
        return memberValue(s, household.members, asOfDay);
      case 'derived': {
        const a = read(s.of[0]);
        const b = read(s.of[1]);
        return s.op === 'difference' ? a - b : b === 0 ? NaN : a / b;
      }
    }
  };
  let risk = 0;
  let resilience = 0;
  let core = false;
  /** @type {string[]} */
  const fired = [];
  for (const indicator of ruleSet.indicators) {
    const scale = indicator.condition.ratioTo === 'incomeLine' ? line : 1;
    if (!passes(indicator.condition, read(indicator.source), scale)) continue;
    fired.push(indicator.id);
    if (indicator.class === 'risk') {
      risk += indicator.points ?? 0;
      if (indicator.core) core = true;
    } else {
      resilience += indicator.points ?? 0;
    }
  }
  const total = Math.max(0, risk - resilience);
  const spec = ruleSet.lamps ?? {
    pointsPerLamp: 20,
    maxLamps: 5,
    core: { mode: 'atLeast', lamps: 2 },
  };
  let lamps = Math.floor(total / spec.pointsPerLamp);
  if (core)
    lamps = spec.core.mode === 'add' ? lamps + spec.core.lamps : Math.max(lamps, spec.core.lamps);
  return { score: total, lamps: Math.min(lamps, spec.maxLamps), fired };
}

/**
 * Rolls one household's department rows up for every department source of a rule set, over
 * each source's window ending with the last of `months`, as the scoring kernel does.
 * @param {RuleSet} ruleSet @param {import('./records.mjs').RecordRow[]} rows @param {string[]} months
 * @returns {Map<DepartmentSource, number>}
 */
export function departmentValues(ruleSet, rows, months) {
  /** @type {Map<DepartmentSource, number>} */
  const out = new Map();
  for (const indicator of ruleSet.indicators) {
    /** @type {DepartmentSource[]} */
    const sources = [];
    const collect = (
      /** @type {import('../../packages/scoring/src/rules/types.ts').Source} */ s,
    ) => {
      if (s.kind === 'department') sources.push(s);
      if (s.kind === 'derived') s.of.forEach(collect);
    };
    collect(indicator.source);
    for (const s of sources) {
      const from = months[months.length - (s.months ?? 12)] ?? '';
      const values = rows
        .filter(
          (row) =>
            row.department === s.department &&
            row.indicator === s.indicator &&
            row.keyType === s.keyType &&
            row.period >= from &&
            (!s.where || passes(s.where, row.value)),
        )
        .map((row) => row.value);
      out.set(s, rollUp(s.rollup, values));
    }
  }
  return out;
}
