import {
  presets,
  profiles,
  score,
  workOrders,
  type PresetId,
  type Profiles,
  type ScoreResult,
  type ScoringInputs,
  type WorkOrders,
} from '@shouwang/scoring';

/** A county scored for the elements: its inputs, the result, its work orders and profiles. */
export interface ScoredCounty {
  readonly inputs: ScoringInputs;
  readonly result: ScoreResult;
  readonly orders: WorkOrders;
  readonly profiles: Profiles;
}

/**
 * Scores a county's inputs with a preset as of a date, then computes its work orders and
 * profiles: the steps a portal runs before handing results to the elements.
 *
 * @example
 * const county = scoreCounty(miniInputs(), 'jiangxi-levels', '2025-06-30');
 */
export function scoreCounty(inputs: ScoringInputs, preset: PresetId, asOf: string): ScoredCounty {
  const result = score(inputs, presets[preset], { asOf });
  const orders = workOrders(result);
  return { inputs, result, orders, profiles: profiles(result, { orders }) };
}
