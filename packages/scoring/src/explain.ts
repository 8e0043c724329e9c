import { firedAt } from './kernel/fired.js';
import { EPSILON } from './kernel/score-core.js';
import type { ScoreResult } from './score.js';
import type { Cause, Text } from './rules/types.js';

/** One indicator that fired for a household, with the points it contributed (signed). */
export interface FiredIndicator {
  readonly indicatorId: string;
  readonly label: Text;
  readonly class: 'risk' | 'resilience';
  /** Risk positive, resilience negative (weights for alkireFoster). */
  readonly points: number;
  readonly core: boolean;
  readonly cause: Cause | null;
}

/** Which rule lit one lamp: the points (every `pointsPerLamp`) or the core rule, with the indicators behind it. */
export interface LitLamp {
  readonly lamp: number;
  readonly rule: 'points' | 'core';
  readonly indicatorIds: readonly string[];
}

/** The smallest single change that would clear the alert (take the score under the threshold). */
export interface ClearingChange {
  /** `remove`: the risk stops firing; `add`: the resilience indicator starts firing. */
  readonly action: 'remove' | 'add';
  readonly indicatorId: string;
  /** How many points the score falls by. */
  readonly points: number;
  readonly scoreAfter: number;
}

/** Why a household scored as it did (解释). */
export interface Explanation {
  readonly householdId: unknown;
  readonly score: number;
  readonly lamps: number;
  readonly level: string;
  readonly alert: boolean;
  readonly workOrderDue: boolean;
  readonly fired: readonly FiredIndicator[];
  /** Points added by the floor at 0: `sum(fired.points) + floorAdjustment === score` (to 1e-9). */
  readonly floorAdjustment: number;
  readonly litLamps: readonly LitLamp[];
  /** Points still needed for one more lamp from points; null at `maxLamps` or without lamps. */
  readonly toNextLamp: number | null;
  /** Null when there is no alert, or when no single change clears it. */
  readonly clearing: ClearingChange | null;
}

/**
 * Explains one household of a score result: each indicator that fired and its points, which rule
 * lit each lamp, the points to the next lamp, and the smallest single change that clears the
 * alert. Returns undefined for an unknown household id.
 *
 * @example
 * const why = explain(result, 'H001');
 * why.fired.map((f) => [f.indicatorId, f.points]); // [['dropout', 20], ['disasterLoss', 15]]
 */
export function explain(result: ScoreResult, householdId: unknown): Explanation | undefined {
  const k = result.kernel;
  const h = k.data.households.index.get(householdId);
  if (h === undefined) return undefined;
  const p = k.params;
  const rs = result.ruleSet;
  const fired: FiredIndicator[] = [];
  let sum = 0;
  rs.indicators.forEach((ind, j) => {
    if (!firedAt(k.fired, j, h)) return;
    const points = p.points[j] ?? 0;
    sum += points;
    fired.push({
      indicatorId: ind.id,
      label: ind.label,
      class: ind.class,
      points,
      core: p.core[j] === 1,
      cause: ind.class === 'risk' ? (ind.cause ?? null) : null,
    });
  });
  const score = k.columns.score[h] ?? 0;
  const lamps = k.columns.lamps[h] ?? 0;
  return {
    householdId,
    score,
    lamps,
    level: rs.levels.bands[k.columns.level[h] ?? 0]?.id ?? '',
    alert: k.columns.alert[h] === 1,
    workOrderDue: k.columns.due[h] === 1,
    fired,
    floorAdjustment: Math.max(0, -sum),
    litLamps: litLamps(result, fired, score, lamps),
    toNextLamp: toNextLamp(result, score, lamps),
    clearing: k.columns.alert[h] === 1 ? clearing(result, h, sum) : null,
  };
}

function litLamps(
  result: ScoreResult,
  fired: readonly FiredIndicator[],
  score: number,
  lamps: number,
): LitLamp[] {
  const spec = result.kernel.params.lamps;
  if (!spec) return [];
  const fromPoints = Math.min(lamps, Math.floor((score + EPSILON) / spec.pointsPerLamp));
  const risks = fired.filter((f) => f.points > 0).map((f) => f.indicatorId);
  const cores = fired.filter((f) => f.core).map((f) => f.indicatorId);
  const out: LitLamp[] = [];
  for (let lamp = 1; lamp <= lamps; lamp++) {
    const byPoints = lamp <= fromPoints;
    out.push({ lamp, rule: byPoints ? 'points' : 'core', indicatorIds: byPoints ? risks : cores });
  }
  return out;
}

function toNextLamp(result: ScoreResult, score: number, lamps: number): number | null {
  const spec = result.kernel.params.lamps;
  if (!spec || lamps >= spec.maxLamps) return null;
  const next = (Math.floor((score + EPSILON) / spec.pointsPerLamp) + 1) * spec.pointsPerLamp;
  return Math.round((next - score) * 1e9) / 1e9;
}

/**
 * Tries every single change (a fired risk stops, an unfired resilience starts) and keeps the one
 * that clears the alert with the fewest points, the first in rule order on a tie.
 */
function clearing(result: ScoreResult, h: number, sum: number): ClearingChange | null {
  const k = result.kernel;
  const threshold = k.params.threshold;
  if (threshold === null) return null;
  let best: ClearingChange | null = null;
  result.ruleSet.indicators.forEach((ind, j) => {
    const pts = k.params.points[j] ?? 0;
    const on = firedAt(k.fired, j, h);
    const action = on && pts > 0 ? 'remove' : !on && pts < 0 ? 'add' : null;
    if (!action) return;
    const after = Math.round(Math.max(0, sum - Math.abs(pts)) * 1e9) / 1e9;
    if (after >= threshold - EPSILON) return;
    if (!best || Math.abs(pts) < best.points) {
      best = { action, indicatorId: ind.id, points: Math.abs(pts), scoreAfter: after };
    }
  });
  return best;
}
