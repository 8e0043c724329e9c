// What every generation run shares: the 12-month window, the presets and their department items,
// and one ID-number registry (IDs are unique within a run).
import { day, monthsEnding } from './calendar.mjs';
import { IdNumbers } from './id-number.mjs';
import { departmentItems, loadPreset } from './rules.mjs';

/** The sample's "as of" date: end of June 2025, the date seed 000's village meeting looks at. */
export const AS_OF = '2025-06-30';

/** The presets whose department items the records cover (issue 5). */
export const PRESETS = ['jiangxi-levels', 'ankang-five-lamps'];

/** @param {string | number} seed @param {string} [asOf] */
export function setup(seed, asOf = AS_OF) {
  const ruleSets = PRESETS.map(loadPreset);
  const items = departmentItems(ruleSets);
  /** @type {Map<string, string>} */
  const itemOf = new Map();
  for (const ruleSet of ruleSets) {
    for (const indicator of ruleSet.indicators) {
      const s = indicator.source;
      if (s.kind === 'department' && !itemOf.has(indicator.id))
        itemOf.set(indicator.id, `${s.department}/${s.indicator}`);
    }
  }
  return {
    seed,
    asOf,
    asOfDay: day(asOf),
    months: monthsEnding(asOf, 12),
    ruleSets,
    items,
    itemOf,
    ids: new IdNumbers(),
  };
}
