import { CAUSES, type LampSpec, type RuleSet } from '../rules/types.js';
import { firedIn, type FiredMatrix } from './fired.js';

/** Households per block of the score loop (8 KB of sums per block). */
const BLOCK = 1024;

/** Tolerance of every comparison of a score with a threshold: weights such as 1/3 are inexact in binary. */
export const EPSILON = 1e-9;

/** The numbers of a rule set the score loop needs, as typed arrays (what-if swaps some). */
export interface ScoreParams {
  /** Signed points (or weights) per indicator: risk positive, resilience negative. */
  readonly points: Float64Array;
  /** 1 for a core risk indicator. */
  readonly core: Uint8Array;
  /** Bit of the indicator's cause in {@link CAUSES} (0 for none or resilience). */
  readonly causeBit: Uint16Array;
  readonly lamps: LampSpec | undefined;
  readonly threshold: number | null;
  readonly levelOn: 'score' | 'lamps';
  /** Lower bound of each level band. */
  readonly bandMins: Float64Array;
}

/** The per-household result columns. */
export interface ScoreColumns {
  /** Signed sum of fired points before the floor and rounding (what-if adds deltas to it). */
  readonly sum: Float64Array;
  readonly score: Float64Array;
  readonly lamps: Uint8Array;
  readonly coreRisk: Uint8Array;
  /** Index of the level band. */
  readonly level: Uint8Array;
  /** One bit per cause, in {@link CAUSES} order. */
  readonly causeMask: Uint16Array;
  /** 1 when the score reaches the threshold (the alert), open order or not. */
  readonly alert: Uint8Array;
  /** 1 when a new work order is due: alert and no open order. */
  readonly due: Uint8Array;
}

/** Reads the loop parameters out of a rule set, with optional replacements of points by indicator id. */
export function scoreParams(
  ruleSet: RuleSet,
  overrides: Readonly<Record<string, number>> = {},
): ScoreParams {
  const m = ruleSet.indicators.length;
  const points = new Float64Array(m);
  const core = new Uint8Array(m);
  const causeBit = new Uint16Array(m);
  ruleSet.indicators.forEach((ind, j) => {
    const magnitude =
      overrides[ind.id] ?? (ruleSet.method === 'alkireFoster' ? ind.weight : ind.points) ?? 0;
    points[j] = ind.class === 'resilience' ? -magnitude : magnitude;
    core[j] = ind.class === 'risk' && ind.core === true ? 1 : 0;
    const c = ind.class === 'risk' && ind.cause ? CAUSES.indexOf(ind.cause) : -1;
    causeBit[j] = c < 0 ? 0 : 1 << c;
  });
  const threshold =
    ruleSet.method === 'alkireFoster' ? (ruleSet.k ?? null) : ruleSet.workOrderThreshold;
  return {
    points,
    core,
    causeBit,
    lamps: ruleSet.lamps,
    threshold,
    levelOn: ruleSet.levels.on,
    bandMins: Float64Array.from(ruleSet.levels.bands, (b) => b.min),
  };
}

/** Lamps lit by a score and a core risk (the typed form of `lampsFor`, with the tolerance). */
export function lampsOf(score: number, coreRisk: boolean, spec: LampSpec | undefined): number {
  if (!spec) return 0;
  const fromPoints = Math.floor((score + EPSILON) / spec.pointsPerLamp);
  let lamps = fromPoints;
  if (coreRisk)
    lamps =
      spec.core.mode === 'add'
        ? fromPoints + spec.core.lamps
        : Math.max(fromPoints, spec.core.lamps);
  return Math.min(spec.maxLamps, lamps);
}

/**
 * The score loop: sums signed points over the fired matrix indicator by indicator (each pass a
 * scan of one bit column that skips 32 unfired households at a time), floors at 0, rounds to 1e-9 (so 0.1 + 0.2 is 0.3), then
 * derives lamps, level, causes, the alert and whether a new work order is due.
 */
export function scoreCore(
  fired: FiredMatrix,
  n: number,
  p: ScoreParams,
  openOrder: Uint8Array | null,
): ScoreColumns {
  const sum = new Float64Array(n);
  const coreRisk = new Uint8Array(n);
  const causeMask = new Uint16Array(n);
  // Households in blocks small enough for the block's sums to stay in cache while every
  // indicator's column of the block streams past: the matrix is indicator-major, the sums are not.
  const hits = new Int32Array(BLOCK);
  const { bits, words } = fired;
  const { points, core, causeBit } = p;
  for (let from = 0; from < n; from += BLOCK) {
    const to = Math.min(n, from + BLOCK);
    for (let j = 0; j < points.length; j++) {
      const pts = points[j] ?? 0;
      const isCore = core[j] === 1;
      const bit = causeBit[j] ?? 0;
      const count = firedIn(bits, words, j, from, to, hits);
      for (let t = 0; t < count; t++) {
        const h = hits[t] ?? 0;
        sum[h] = (sum[h] ?? 0) + pts;
        if (isCore) coreRisk[h] = 1;
        if (bit !== 0) causeMask[h] = (causeMask[h] ?? 0) | bit;
      }
    }
  }
  return finishScores(sum, coreRisk, causeMask, p, openOrder);
}

/**
 * Adds `delta[j]` to the sums of the households where indicator j fired: a what-if that changes
 * a few indicators' points touches only their columns. Households go in cache-sized blocks, as in
 * {@link scoreCore}, so that changing every indicator costs one pass, not one per indicator.
 * Returns new sums.
 */
export function shiftSums(
  sum: Float64Array,
  fired: FiredMatrix,
  delta: ReadonlyMap<number, number>,
): Float64Array {
  const n = sum.length;
  const out = Float64Array.from(sum);
  const columns = Int32Array.from(delta.keys());
  const deltas = Float64Array.from(delta.values());
  const hits = new Int32Array(BLOCK);
  const { bits, words } = fired;
  for (let from = 0; from < n; from += BLOCK) {
    const to = Math.min(n, from + BLOCK);
    for (let k = 0; k < columns.length; k++) {
      const d = deltas[k] ?? 0;
      const count = firedIn(bits, words, columns[k] ?? 0, from, to, hits);
      for (let t = 0; t < count; t++) {
        const h = hits[t] ?? 0;
        out[h] = (out[h] ?? 0) + d;
      }
    }
  }
  return out;
}

/**
 * From signed sums to the result columns: floor at 0 and round to 1e-9, lamps, level, alert and
 * due. One pass over the households; what-if calls it alone when only thresholds change.
 */
export function finishScores(
  sum: Float64Array,
  coreRisk: Uint8Array,
  causeMask: Uint16Array,
  p: ScoreParams,
  openOrder: Uint8Array | null,
): ScoreColumns {
  const n = sum.length;
  const score = new Float64Array(n);
  const lamps = new Uint8Array(n);
  const level = new Uint8Array(n);
  const alert = new Uint8Array(n);
  const due = new Uint8Array(n);
  const threshold = p.threshold === null ? Number.POSITIVE_INFINITY : p.threshold - EPSILON;
  // Lamp and band parameters hoisted out of the loop; the loop body is arithmetic only.
  const per = p.lamps?.pointsPerLamp ?? Number.POSITIVE_INFINITY;
  const maxLamps = p.lamps?.maxLamps ?? 0;
  const coreAdd = p.lamps?.core.mode === 'add';
  const coreLamps = p.lamps?.core.lamps ?? 0;
  const onLamps = p.levelOn === 'lamps';
  const mins = Array.from(p.bandMins, (m) => m - EPSILON);
  const bands = mins.length;
  for (let h = 0; h < n; h++) {
    const x = sum[h] ?? 0;
    const s = x > 0 ? Math.round(x * 1e9) / 1e9 : 0;
    score[h] = s;
    let l = Math.floor((s + EPSILON) / per);
    if (coreRisk[h] === 1) l = coreAdd ? l + coreLamps : l > coreLamps ? l : coreLamps;
    if (l > maxLamps) l = maxLamps;
    lamps[h] = l;
    const v = onLamps ? l : s;
    let b = 0;
    while (b + 1 < bands && v >= (mins[b + 1] ?? 0)) b++;
    level[h] = b;
    const a = s >= threshold ? 1 : 0;
    alert[h] = a;
    due[h] = a === 1 && openOrder?.[h] !== 1 ? 1 : 0;
  }
  return { sum, score, lamps, coreRisk, level, causeMask, alert, due };
}
