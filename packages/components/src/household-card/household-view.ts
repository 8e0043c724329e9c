import {
  explain,
  MEASURE_KINDS,
  parentOfRegionCode,
  STAGES,
  workOrders,
  type Cause,
  type Explanation,
  type MeasureKind,
  type Outcome,
  type ScoreResult,
  type ScoringInputs,
  type Stage,
  type Text,
  type WorkOrders,
} from '@shouwang/scoring';
import type { Category } from '../i18n/translation.js';

type Table = ScoringInputs['households'];

/** One member of the household (家庭成员), values as in the members table; PII unmasked here. */
export interface MemberView {
  readonly personId: string;
  readonly name: string;
  readonly relation: string;
  /** Whole years as of the result's `asOf`; null without a birth date. */
  readonly age: number | null;
  readonly laborAbility: string;
  readonly health: string;
  readonly disability: string;
  readonly schooling: string;
}

/** One assistance measure (帮扶措施) dated on or before the result's `asOf`. */
export interface MeasureView {
  readonly kind: MeasureKind;
  readonly date: string;
  readonly amount: number | null;
}

/** One stage of a work order's timeline. */
export interface StepView {
  readonly stage: Stage;
  /** The day the stage was reached; null while it is still to come. */
  readonly date: string | null;
  /** The deadline of this stage, where the rule set sets one (verify, decide, measures). */
  readonly due: string | null;
  /** The verification outcome, on the `verified` step. */
  readonly outcome: Outcome | null;
  /** Days past the deadline as of `asOf`, on the step the order is waiting for; else null. */
  readonly overdueDays: number | null;
  /** Days the stage was reached after its deadline; null when on time or not reached. */
  readonly lateDays: number | null;
}

/** One verification work order (核实工单) of the household, as of the result's `asOf`. */
export interface OrderView {
  readonly orderId: string;
  /** Created by this scoring run (the score reached the threshold with no open order). */
  readonly isNew: boolean;
  readonly open: boolean;
  readonly stage: Stage;
  readonly outcome: Outcome | null;
  readonly steps: readonly StepView[];
  /** Days overdue as of `asOf` (0 when on time). */
  readonly daysOverdue: number;
  readonly actor: string | null;
}

/** The household row of the inputs; PII unmasked here. */
export interface HouseholdFacts {
  readonly headName: string;
  readonly phone: string | null;
  readonly size: number | null;
  readonly category: Category | null;
  readonly monitoredSince: string | null;
  readonly incomePerCapita: number | null;
  readonly village: string | null;
  readonly township: string | null;
}

/**
 * Everything `<sw-household-card>` shows about one household, gathered from a score result,
 * its work orders and (optionally) the scoring inputs. Pure: no clock, no DOM.
 */
export interface HouseholdView {
  readonly householdId: string;
  readonly regionCode: string;
  readonly asOf: string;
  readonly ruleSetLabel: Text;
  readonly levelLabel: Text;
  readonly maxLamps: number;
  readonly pointsPerLamp: number | null;
  readonly threshold: number | null;
  readonly causes: readonly Cause[];
  readonly explanation: Explanation;
  /** Labels of every indicator of the rule set, by id. */
  readonly indicatorLabels: ReadonlyMap<string, Text>;
  /** Null when no inputs were given. */
  readonly household: HouseholdFacts | null;
  /** Null when no members table was given. */
  readonly members: readonly MemberView[] | null;
  /** Null when no measures table was given. */
  readonly measures: readonly MeasureView[] | null;
  readonly orders: readonly OrderView[];
}

// Work orders of a whole county are computed once per result, however many cards show it.
const ordersCache = new WeakMap<ScoreResult, WorkOrders>();
// Row numbers by household id, once per table.
const rowsCache = new WeakMap<Table, Map<string | null, number[]>>();

function ordersOf(result: ScoreResult): WorkOrders {
  let orders = ordersCache.get(result);
  if (!orders) {
    orders = workOrders(result);
    ordersCache.set(result, orders);
  }
  return orders;
}

/** A column as an array-like, or undefined when the table lacks it (no arquero expressions: CSP). */
function col(table: Table | undefined, name: string): ArrayLike<unknown> | undefined {
  if (!table?.columnNames().includes(name)) return undefined;
  return table.array(name) as ArrayLike<unknown>;
}

/** Rows of a household; ids compare as text, so numeric ids in a table match `household-id`. */
function rowsOf(table: Table | undefined, id: string): number[] {
  if (!table) return [];
  let index = rowsCache.get(table);
  if (!index) {
    index = new Map();
    const ids = col(table, 'householdId');
    for (let r = 0; r < (ids?.length ?? 0); r++) {
      const k = str(ids?.[r]);
      const list = index.get(k);
      if (list) list.push(r);
      else index.set(k, [r]);
    }
    rowsCache.set(table, index);
  }
  return index.get(id) ?? [];
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return null;
}
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : typeof value === 'string' && value !== '' && Number.isFinite(Number(value))
      ? Number(value)
      : null;

function dayOf(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole days from `from` to `to` (ISO dates); pure arithmetic, no clock. */
function daysBetween(from: string, to: string): number {
  return Math.round(dayOf(to) - dayOf(from));
}

function ageOn(birth: string | null, asOf: string): number | null {
  if (!birth || !/^\d{4}-\d{2}-\d{2}/.test(birth)) return null;
  const [by = 0, bm = 0, bd = 0] = birth.split('-').map(Number);
  const [ay = 0, am = 0, ad = 0] = asOf.split('-').map(Number);
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

/** Region names and parents from the regions table; a parent it lacks comes from the code. */
function regionsOf(inputs: ScoringInputs): {
  name: (code: string) => string | null;
  parent: (code: string) => string | null;
} {
  const names = new Map<string, string>();
  const parents = new Map<string, string>();
  const codes = col(inputs.regions, 'regionCode');
  const values = col(inputs.regions, 'name');
  const parentCodes = col(inputs.regions, 'parentCode');
  for (let r = 0; r < (codes?.length ?? 0); r++) {
    const code = str(codes?.[r]);
    if (!code) continue;
    const name = str(values?.[r]);
    const parent = str(parentCodes?.[r]);
    if (name) names.set(code, name);
    if (parent) parents.set(code, parent);
  }
  return {
    name: (code) => names.get(code) ?? null,
    parent: (code) => parents.get(code) ?? parentOfRegionCode(code),
  };
}

function householdFacts(inputs: ScoringInputs, id: string, regionCode: string): HouseholdFacts {
  const [r = -1] = rowsOf(inputs.households, id);
  const at = (name: string) => col(inputs.households, name)?.[r];
  const regions = regionsOf(inputs);
  const township = regions.parent(regionCode);
  const category = str(at('category'));
  return {
    headName: str(at('headName')) ?? '',
    phone: str(at('phone')),
    size: num(at('size')),
    category:
      category === 'unstable' || category === 'marginal' || category === 'sudden' ? category : null,
    monitoredSince: str(at('monitoredSince')),
    incomePerCapita: num(at('incomePerCapita')),
    village: regions.name(regionCode),
    township: township === null ? null : regions.name(township),
  };
}

function memberViews(inputs: ScoringInputs, id: string, asOf: string): MemberView[] | null {
  const table = inputs.members;
  if (!table) return null;
  const at = (name: string, r: number) => str(col(table, name)?.[r]) ?? '';
  return rowsOf(table, id).map((r) => ({
    personId: at('personId', r),
    name: at('name', r),
    relation: at('relation', r),
    age: ageOn(at('birthDate', r), asOf),
    laborAbility: at('laborAbility', r),
    health: at('health', r),
    disability: at('disability', r),
    schooling: at('schooling', r),
  }));
}

function measureKind(value: string | null): MeasureKind {
  return MEASURE_KINDS.find((kind) => kind === value) ?? 'other';
}

function measureViews(inputs: ScoringInputs, id: string, asOf: string): MeasureView[] | null {
  const table = inputs.measures;
  if (!table) return null;
  const kinds = col(table, 'kind');
  const dates = col(table, 'date');
  const amounts = col(table, 'amount');
  return rowsOf(table, id)
    .map((r) => ({
      kind: measureKind(str(kinds?.[r])),
      date: str(dates?.[r]) ?? '',
      amount: num(amounts?.[r]),
    }))
    .filter((m) => m.date !== '' && m.date <= asOf)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** First date of each stage per order from the work events, ignoring events after `asOf`. */
function stageDates(inputs: ScoringInputs | undefined, id: string, asOf: string) {
  const out = new Map<string, Map<Stage, string>>();
  const table = inputs?.workEvents;
  const orderIds = col(table, 'orderId');
  const stages = col(table, 'stage');
  const dates = col(table, 'date');
  for (const r of rowsOf(table, id)) {
    const date = str(dates?.[r]);
    const stage = str(stages?.[r]) as Stage | null;
    if (!date || date > asOf || !stage || !STAGES.includes(stage)) continue;
    const order = String(orderIds?.[r]);
    const map = out.get(order) ?? new Map<Stage, string>();
    const before = map.get(stage);
    if (!before || date < before) map.set(stage, date);
    out.set(order, map);
  }
  return out;
}

/** The stages of a case in order; `dismissed` ends a case early and is not one of them. */
const mainStages: readonly Stage[] = STAGES.filter((stage) => stage !== 'dismissed');

function orderViews(
  result: ScoreResult,
  orders: WorkOrders,
  inputs: ScoringInputs | undefined,
  id: string,
): OrderView[] {
  const t = orders.table;
  const at = (name: string, r: number) => col(t, name)?.[r];
  const fromEvents = stageDates(inputs, id, result.asOf);
  return rowsOf(t, id).map((r) => {
    const orderId = String(at('orderId', r));
    const events = fromEvents.get(orderId);
    const stage = (str(at('stage', r)) ?? 'pushed') as Stage;
    const outcome = str(at('outcome', r)) as Outcome | null;
    const open = num(at('open', r)) === 1;
    const overdueStep = str(at('overdue', r));
    const daysOverdue = num(at('daysOverdue', r)) ?? 0;
    const tableDate: Partial<Record<Stage, string | null>> = {
      pushed: str(at('pushed', r)),
      verified: str(at('verified', r)),
      included: str(at('included', r)),
      measures: str(at('measured', r)),
      eliminated: str(at('eliminated', r)),
      dismissed: stage === 'dismissed' ? str(at('decided', r)) : null,
    };
    const due: Partial<Record<Stage, string | null>> = {
      verified: str(at('verifyDue', r)),
      included: str(at('decideDue', r)),
      dismissed: str(at('decideDue', r)),
      measures: str(at('measuresDue', r)),
    };
    const waitingOn: Partial<Record<string, Stage>> = {
      verify: 'verified',
      decide: 'included',
      measures: 'measures',
    };
    const dateOf = (s: Stage) => tableDate[s] ?? events?.get(s) ?? null;
    const dismissed = dateOf('dismissed');
    // A closed order shows the stages it reached and how it ended; an open one the whole road.
    const shown = open
      ? mainStages
      : [
          ...mainStages.filter((s) => dateOf(s) !== null),
          ...(dismissed ? ['dismissed' as const] : []),
        ];
    const steps = shown.map((s): StepView => {
      const date = dateOf(s);
      const deadline = due[s] ?? null;
      const late = date && deadline ? daysBetween(deadline, date) : 0;
      return {
        stage: s,
        date,
        due: deadline,
        outcome: s === 'verified' ? outcome : null,
        overdueDays: open && overdueStep && waitingOn[overdueStep] === s ? daysOverdue : null,
        lateDays: late > 0 ? late : null,
      };
    });
    return {
      orderId,
      isNew: num(at('isNew', r)) === 1,
      open,
      stage,
      outcome,
      steps,
      daysOverdue,
      actor: str(at('actor', r)),
    };
  });
}

/**
 * Gathers what the card shows about one household. `orders` defaults to `workOrders(result)`
 * (computed once per result); without `inputs` the household facts, members and measures are
 * null and the timeline has no review and approval dates.
 *
 * @example
 * const view = householdView(result, 'H01', { inputs });
 * view?.explanation.fired.map((f) => f.points);
 */
export function householdView(
  result: ScoreResult,
  householdId: string,
  options: { readonly orders?: WorkOrders; readonly inputs?: ScoringInputs } = {},
): HouseholdView | undefined {
  const [r] = rowsOf(result.table, householdId);
  if (r === undefined) return undefined;
  // explain() looks the household up by the id as stored (a string or a number).
  const explanation = explain(result, col(result.table, 'householdId')?.[r]);
  if (!explanation) return undefined;
  const regionCode = str(col(result.table, 'regionCode')?.[r]) ?? '';
  const causes = (col(result.table, 'causes')?.[r] ?? []) as readonly Cause[];
  const rs = result.ruleSet;
  const band = rs.levels.bands.find((b) => b.id === explanation.level);
  const { inputs } = options;
  return {
    householdId,
    regionCode,
    asOf: result.asOf,
    ruleSetLabel: rs.label,
    levelLabel: band?.label ?? { zh: explanation.level, en: explanation.level },
    maxLamps: rs.lamps?.maxLamps ?? 5,
    pointsPerLamp: rs.lamps?.pointsPerLamp ?? null,
    threshold: rs.workOrderThreshold,
    causes,
    explanation,
    indicatorLabels: new Map(rs.indicators.map((i) => [i.id, i.label])),
    household: inputs ? householdFacts(inputs, householdId, regionCode) : null,
    members: inputs ? memberViews(inputs, householdId, result.asOf) : null,
    measures: inputs ? measureViews(inputs, householdId, result.asOf) : null,
    orders: orderViews(result, options.orders ?? ordersOf(result), inputs, householdId),
  };
}
