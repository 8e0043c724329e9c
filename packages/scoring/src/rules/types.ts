/**
 * The rule set (规则集): a declarative, versioned JSON document that says how households are
 * scored. A preset is one of these files; a province writes its own and the same engine runs it.
 * Every field is listed in docs/scoring/rule-set.md.
 */

/** A text in both languages the library speaks. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** Risk causes (致贫返贫风险类型), as data-model.md names them. */
export const CAUSES = [
  'illness',
  'disability',
  'education',
  'disaster',
  'accident',
  'industryFailure',
  'unstableEmployment',
  'labourShortage',
  'other',
] as const;
/** One risk cause code. */
export type Cause = (typeof CAUSES)[number];

/** Columns of the households table a rule may read (data-model.md), plus `incomeTotal` = per capita × size. */
export const HOUSEHOLD_FIELDS = [
  'size',
  'incomePerCapita',
  'incomeWage',
  'incomeProduction',
  'incomeTransfer',
  'incomeProperty',
  'incomeTotal',
] as const;
/** A numeric household field. */
export type HouseholdField = (typeof HOUSEHOLD_FIELDS)[number];

/** Member fields and their codes (data-model.md); `age` is whole years at `asOf`, from `birthDate`. */
export const MEMBER_CODES = {
  relation: ['head', 'spouse', 'child', 'parent', 'grandchild', 'other'],
  laborAbility: ['full', 'partial', 'none'],
  health: ['healthy', 'chronic', 'serious'],
  disability: ['none', '1', '2', '3', '4'],
  schooling: ['none', 'preschool', 'primary', 'junior', 'senior', 'college', 'dropout'],
} as const;
/** A coded member field. */
export type MemberCodedField = keyof typeof MEMBER_CODES;
/** A member field a predicate may test. */
export type MemberField = MemberCodedField | 'age';

/**
 * How many rows of one household become one number:
 * `any` 1 if a row passes else 0 · `none` 1 if no row passes else 0 · `count` rows that pass ·
 * `sum` / `max` / `min` of the values of rows that pass (null when no row passes).
 */
export type Rollup = (typeof ROLLUPS)[number];

/** Every roll-up, in the order the kernel numbers them. */
export const ROLLUPS = ['any', 'none', 'count', 'sum', 'max', 'min'] as const;

/** Comparison operators. `between` is `min ≤ x < max`; `in` tests membership. */
export type Op = (typeof OPS)[number];

/** Every comparison operator, in the order the kernel numbers them (from 1). */
export const OPS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'between', 'in'] as const;

/**
 * A test on one number. `ratioTo: 'incomeLine'` multiplies `value`, `min` and `max` by the
 * income line of the household's province for the `asOf` year (policy table), so
 * `{ op: 'lt', value: 1.5, ratioTo: 'incomeLine' }` reads "below 1.5 × the income line".
 * A missing value (null) never passes.
 */
export interface Condition {
  readonly op: Op;
  readonly value?: number;
  readonly values?: readonly number[];
  readonly min?: number;
  readonly max?: number;
  readonly ratioTo?: 'incomeLine';
}

/** A test on one member: every clause must pass (AND). Codes are strings, `age` a number. */
export interface MemberPredicate {
  readonly field: MemberField;
  readonly op: Op;
  readonly value?: number | string;
  readonly values?: readonly (number | string)[];
  readonly min?: number;
  readonly max?: number;
}

/** What a department sends for one data item: a 1/0 flag, an amount, a count, or a code. */
export interface ValueSpec {
  readonly type: 'flag' | 'amount' | 'count' | 'number' | 'code';
  /** Unit of an amount or number, e.g. `yuan`, `days`, `mu`. */
  readonly unit?: string;
  /** The codes of a `code` value, each with its label. */
  readonly codes?: readonly { readonly code: number; readonly zh: string; readonly en: string }[];
}

/** A department data item, rolled up over the records of a household and its members. */
export interface DepartmentSource {
  readonly kind: 'department';
  readonly department: string;
  /** The `indicator` column of departmentRecords. */
  readonly indicator: string;
  /** Whether records are keyed by household or by person (rolled up to the household). */
  readonly keyType: 'household' | 'person';
  readonly values: ValueSpec;
  /** Months counted back from the `asOf` month, that month included. Default 12. */
  readonly months?: number;
  readonly rollup: Rollup;
  /** Rows counted by `any`/`none`/`count`, or summed by `sum`/`max`/`min`; default every row. */
  readonly where?: Condition;
}

/** A numeric column of the household itself. */
export interface HouseholdSource {
  readonly kind: 'household';
  readonly field: HouseholdField;
}

/** Members of the household, filtered by `where` and rolled up; `value` is what sum/max/min read. */
export interface MemberSource {
  readonly kind: 'member';
  readonly where: readonly MemberPredicate[];
  readonly rollup: Rollup;
  readonly value?: 'age';
}

/** A value derived from two others: their ratio (null when the denominator is 0) or difference. */
export interface DerivedSource {
  readonly kind: 'derived';
  readonly op: 'ratio' | 'difference';
  readonly of: readonly [Source, Source];
}

/** The input tables an {@link ExpressionSource} may read, one expression value per row. */
export const EXPRESSION_TABLES = ['households', 'members', 'departmentRecords'] as const;
/** An input table an expression indicator reads. */
export type ExpressionTable = (typeof EXPRESSION_TABLES)[number];

/**
 * An arquero table expression evaluated on every row of one input table and rolled up to the
 * household (the optional extension for pages that allow `'unsafe-eval'`: compiling the
 * expression generates code from a string, so `score` runs it only with the `expressions` option
 * from `@shouwang/scoring/expressions`). A row's value is the expression's: `true`/`false` count
 * as 1/0, numbers as themselves, anything else (null, NaN, a string) is missing. `any`, `none`
 * and `count` count the rows whose value is non-zero; `sum`, `max` and `min` read the values.
 *
 * @example
 * { kind: 'expression', table: 'members', expression: "d => op.year(d.birthDate) < 1960", rollup: 'count' }
 */
export interface ExpressionSource {
  readonly kind: 'expression';
  /** The table whose rows the expression reads; person-keyed records and members roll up to their household. */
  readonly table: ExpressionTable;
  /** An arquero table expression such as `d => d.value >= 3 && d.department === 'health'`. */
  readonly expression: string;
  /** How a household's rows become one number; `any`/`none`/`count` count the non-zero rows. */
  readonly rollup: Rollup;
  /** `departmentRecords` only: months counted back from the `asOf` month, that month included. Default 12. */
  readonly months?: number;
}

/** Where an indicator's number comes from. */
export type Source =
  DepartmentSource | HouseholdSource | MemberSource | DerivedSource | ExpressionSource;

/** One indicator (指标): a source, a condition that fires it, and what firing means. */
export interface Indicator {
  readonly id: string;
  readonly label: Text;
  readonly source: Source;
  readonly condition: Condition;
  /** `risk` adds points, `resilience` subtracts them (抵御风险指标). */
  readonly class: 'risk' | 'resilience';
  /** Points when fired (points method), ≥ 0. */
  readonly points?: number;
  /** Weight in (0, 1] (alkireFoster method); weights sum to 1. */
  readonly weight?: number;
  /** Dimension of an alkireFoster indicator, e.g. `health`. */
  readonly dimension?: string;
  /** A core indicator (核心指标: education, medical, housing, drinking water). */
  readonly core?: boolean;
  readonly cause?: Cause | null;
  /** Our assumption behind this indicator's numbers, where the seed gives none. */
  readonly assumption?: string;
}

/** How points light lamps. */
export interface LampSpec {
  readonly pointsPerLamp: number;
  readonly maxLamps: number;
  readonly core: { readonly mode: 'atLeast' | 'add'; readonly lamps: number };
}

/** One risk level band: `min ≤ x < max` (`max: null` = no upper bound). */
export interface LevelBand {
  readonly id: string;
  readonly label: Text;
  readonly min: number;
  readonly max: number | null;
}

/** Risk levels (风险等级): contiguous bands on score or lamps, from 0 up. */
export interface LevelSpec {
  readonly on: 'score' | 'lamps';
  readonly bands: readonly LevelBand[];
}

/** Deadlines of the process in days (DOMAIN §6). */
export interface DeadlineSpec {
  readonly unit: 'calendar' | 'working';
  /** Push → verified. */
  readonly verify: number;
  /** Push → included or dismissed. */
  readonly decide: number;
  /** Included → first measure. */
  readonly measures: number;
}

/** The kinds of village and township flag rules (DOMAIN §7); each carries its own thresholds. */
export type FlagRule =
  | { readonly kind: 'overdueHighLamps'; readonly flag: 'red'; readonly minLamps: number }
  | { readonly kind: 'confirmedNoMeasureOverdue'; readonly flag: 'red' }
  | {
      readonly kind: 'zeroMonitoredWithPushes';
      readonly flag: 'yellow';
      readonly minPushes: number;
    }
  | {
      readonly kind: 'inclusionRateBelowParent';
      readonly flag: 'yellow';
      readonly factor: number;
      readonly minConfirmed: number;
    }
  | { readonly kind: 'verifiedInTimeShareBelow'; readonly flag: 'yellow'; readonly share: number }
  | { readonly kind: 'dataErrorShareAbove'; readonly flag: 'yellow'; readonly share: number }
  | {
      readonly kind: 'manyPushesFewInclusions';
      readonly flag: 'yellow';
      readonly minPushes: number;
      readonly maxInclusionRate: number;
    };

/** Flag rules per level. */
export interface FlagSpec {
  readonly village: readonly FlagRule[];
  readonly township: readonly FlagRule[];
}

/** A department or data provider in the rule set's catalogue. */
export interface DepartmentEntry {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** For `bank`: the institutions whose records arrive under this code. */
  readonly institutions?: readonly { readonly id: string; readonly zh: string }[];
}

/** A rule set. */
export interface RuleSet {
  readonly id: string;
  readonly version: string;
  /** `YYYY-MM-DD`. */
  readonly effectiveFrom: string;
  readonly label: Text;
  /** `points`: risk minus resilience points; `alkireFoster`: weighted deprivations. */
  readonly method: 'points' | 'alkireFoster';
  readonly departments: readonly DepartmentEntry[];
  readonly indicators: readonly Indicator[];
  /** Points method: how points light lamps. */
  readonly lamps?: LampSpec;
  /** Score at or over which a verification work order is due (inclusive); null = none. */
  readonly workOrderThreshold: number | null;
  /** Alkire–Foster poverty cutoff k in (0, 1]: poor when the weighted deprivation score ≥ k. */
  readonly k?: number;
  readonly levels: LevelSpec;
  readonly deadlines: DeadlineSpec;
  readonly flags: FlagSpec;
  /** Our assumptions, where the seed gives no number. */
  readonly notes?: readonly string[];
}
