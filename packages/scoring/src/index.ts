/**
 * 守望 Shouwang scoring: rule sets, scored and explained households, roll-ups, flags and work
 * orders, on arquero tables. No DOM, no network, no clock reads: it runs in a page, a Web Worker
 * and Node.
 *
 * @packageDocumentation
 */
export { defaultLampRule, lampsColumn, lampsFor, withLamps } from './lamps.js';
export type { LampRule } from './lamps.js';
export { validateRuleSet, assertRuleSet } from './rules/validate.js';
export type { RuleSetValidation } from './rules/validate.js';
export { ISSUE_CODES } from './rules/issues.js';
export type { RuleSetIssue, IssueCode } from './rules/issues.js';
export { presets } from './rules/presets.js';
export type { PresetId } from './rules/presets.js';
export { CAUSES, HOUSEHOLD_FIELDS, MEMBER_CODES } from './rules/types.js';
export { EXPRESSION_TABLES } from './rules/types.js';
export type * from './rules/types.js';
export { defaultPolicy, incomeLineFor, deadlinesFor } from './policy/policy.js';
export type { IncomeLine, PolicyTables, ProvinceDeadlines } from './policy/policy.js';
export { score, causesOf } from './score.js';
export type { ScoreOptions, ScoreResult, ScoreKernel } from './score.js';
export type { ExpressionEvaluator } from './kernel/expression-source.js';
export { explain } from './explain.js';
export type { Explanation, FiredIndicator, LitLamp, ClearingChange } from './explain.js';
export { encodeInputs, CATEGORIES } from './kernel/encode.js';
export { isFired, firedColumn } from './kernel/fired.js';
export type { FiredMatrix } from './kernel/fired.js';
export type { ScoringInputs, EncodedInputs } from './kernel/encode.js';
export { STAGES, OUTCOMES } from './workorders/events.js';
export type { Stage, Outcome } from './workorders/events.js';
export { workOrders, OVERDUE_STEPS } from './workorders/work-orders.js';
export type { WorkOrderOptions, WorkOrders, OrderFacts } from './workorders/work-orders.js';
export { profiles } from './profiles/profiles.js';
export type { ProfileOptions, Profiles, RegionProfile } from './profiles/profiles.js';
export { MEASURE_KINDS } from './profiles/area-profile.js';
export type {
  AreaFigures,
  IncomeStructure,
  TrendMonth,
  MeasureKind,
} from './profiles/area-profile.js';
export type { WorkFigures } from './profiles/work-profile.js';
export { STAGE_STEPS, type StageDays, type StageStep } from './profiles/stage-days.js';
export type { RegionFlag, FlagReason } from './profiles/flags.js';
export { LEVELS } from './profiles/regions.js';
export type { RegionLevel } from './profiles/regions.js';
export { SPLITS } from './profiles/counts.js';
export type { Count, Pair, Rate, Split } from './profiles/counts.js';
export { suppressSmallCells } from './profiles/suppress.js';
export type { Suppressed, SuppressOptions } from './profiles/suppress.js';
export { whatIf } from './whatif/what-if.js';
export type { WhatIf, WhatIfChanges, RegionFlips } from './whatif/what-if.js';
export { alkireFoster } from './alkire/alkire-foster.js';
export type {
  AlkireFosterOptions,
  AlkireFosterMeasures,
  AlkireFosterResult,
} from './alkire/alkire-foster.js';
export * from './ingest/index.js';
