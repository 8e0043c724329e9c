import alkireFosterJson from '../presets/alkire-foster.json' with { type: 'json' };
import ankangJson from '../presets/ankang-five-lamps.json' with { type: 'json' };
import jiangxiJson from '../presets/jiangxi-levels.json' with { type: 'json' };
import type { RuleSet } from './types.js';

/**
 * The rule sets that ship with the library, by id. Each is plain JSON in `src/presets/` with a
 * page in docs/scoring/; a province copies one, edits it and passes it to `score` the same way.
 *
 * - `ankang-five-lamps`: seed 004 as written (20 points a lamp, five lamps, core risk two lamps,
 *   work order from 30 points).
 * - `jiangxi-levels`: seed 000 (44 items from 13 departments and 12 banks, four risk levels,
 *   yellow-village rules); numbers the seed does not give are marked as assumptions.
 * - `alkire-foster`: the Alkire–Foster multidimensional poverty method (k = 1/3).
 *
 * @example
 * const result = score(inputs, presets['ankang-five-lamps'], { asOf: '2025-06-30' });
 */
export const presets = {
  'ankang-five-lamps': ankangJson as RuleSet,
  'jiangxi-levels': jiangxiJson as RuleSet,
  'alkire-foster': alkireFosterJson as RuleSet,
} as const;

/** The id of a shipped preset. */
export type PresetId = keyof typeof presets;
