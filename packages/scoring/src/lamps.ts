import type { ColumnTable } from 'arquero';
import { lampsOf } from './kernel/score-core.js';

/**
 * How points turn into warning lamps (预警灯), as a rule set states it.
 *
 * Seed 004 (Ankang): every `pointsPerLamp` points light one lamp, at most `maxLamps`; a risk on a
 * core indicator (education, medical, housing, drinking water) lights two lamps at once. The
 * seed can be read two ways, so `core.mode` says which: `atLeast` (a core risk lights at least
 * `core.lamps` lamps) or `add` (a core risk adds `core.lamps` lamps to those the points light).
 */
export interface LampRule {
  /** Points that light one lamp. Default 20. */
  readonly pointsPerLamp: number;
  /** Lamps at most. Default 5. */
  readonly maxLamps: number;
  /** What a confirmed core risk does to the lamps. Default `{ mode: 'atLeast', lamps: 2 }`. */
  readonly core: { readonly mode: 'atLeast' | 'add'; readonly lamps: number };
}

/** The lamp rule of seed 004 as written: 20 points a lamp, five lamps, a core risk lights two. */
export const defaultLampRule: LampRule = Object.freeze({
  pointsPerLamp: 20,
  maxLamps: 5,
  core: Object.freeze({ mode: 'atLeast', lamps: 2 }),
});

/**
 * The number of lamps one household lights.
 *
 * A negative score counts as zero (resilience points never light "negative" lamps), and the
 * result never exceeds `rule.maxLamps`.
 *
 * @example
 * lampsFor(45, false); // 2
 * lampsFor(5, true); // 2: a core risk lights at least two
 * lampsFor(45, true, { ...defaultLampRule, core: { mode: 'add', lamps: 2 } }); // 4
 */
export function lampsFor(
  score: number,
  coreRisk: boolean,
  rule: LampRule = defaultLampRule,
): number {
  // The score loop (finishScores) inlines the same rule, with the same 1e-9 tolerance;
  // test/lamps.test.ts checks that the two agree.
  return lampsOf(Math.max(0, score), coreRisk, rule);
}

/**
 * Lamps for a whole column of households at once: the typed-array form of {@link lampsFor}.
 *
 * @param scores - one score per household
 * @param coreRisk - 1 where the household has a confirmed core risk, else 0; same length as `scores`
 * @example
 * lampsColumn(Float64Array.of(0, 20, 45), Uint8Array.of(0, 0, 1)); // Uint8Array [0, 1, 2]
 */
export function lampsColumn(
  scores: ArrayLike<number>,
  coreRisk: ArrayLike<number>,
  rule: LampRule = defaultLampRule,
): Uint8Array {
  if (scores.length !== coreRisk.length) {
    throw new RangeError(
      `lampsColumn: scores has ${scores.length} rows but coreRisk has ${coreRisk.length}`,
    );
  }
  const out = new Uint8Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    out[i] = lampsFor(scores[i] ?? 0, coreRisk[i] === 1, rule);
  }
  return out;
}

/**
 * Adds a `lamps` column to a table that has numeric `score` and 0/1 `coreRisk` columns.
 * Uses only arquero's code-free verbs (`array`, `assign`), so it runs under a strict
 * Content-Security-Policy.
 */
export function withLamps(table: ColumnTable, rule: LampRule = defaultLampRule): ColumnTable {
  const scores = table.array('score') as ArrayLike<number>;
  const core = table.array('coreRisk') as ArrayLike<number>;
  return table.assign({ lamps: lampsColumn(scores, core, rule) });
}
