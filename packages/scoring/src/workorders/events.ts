import type { ColumnTable } from 'arquero';
import { columnValues, requireColumn } from '../kernel/columns.js';
import { dayNumber, NO_DATE } from '../kernel/dates.js';

/** Stages of a verification work order (核实工单), in process order (DOMAIN §6). */
export const STAGES = [
  'pushed',
  'verified',
  'reviewed',
  'approved',
  'included',
  'measures',
  'eliminated',
  'dismissed',
] as const;
/** One stage. */
export type Stage = (typeof STAGES)[number];

/** Outcomes of home verification (入户核实). */
export const OUTCOMES = ['confirmed', 'noRisk', 'dataError'] as const;
/** One outcome. */
export type Outcome = (typeof OUTCOMES)[number];

/** Work orders folded from the workEvents table, as of a date. */
export interface EncodedOrders {
  readonly n: number;
  readonly orderIds: readonly unknown[];
  /** Household index per order (−1 when the household is unknown). */
  readonly household: Int32Array;
  /** Day number of each stage per order, `stageDay[o × STAGES.length + s]`; NO_DATE if not reached. */
  readonly stageDay: Int32Array;
  /** Index into OUTCOMES of the verification, −1 when not verified. */
  readonly outcome: Int8Array;
  /** The caseworker of the latest event of the order. */
  readonly actor: readonly unknown[];
  /** 1 while the order is open: not eliminated, dismissed, or verified as no risk or a data error. */
  readonly open: Uint8Array;
}

/**
 * Folds work events into one row per order, ignoring events after `asOfDay` (the process as it
 * stood that day). A stage reached twice keeps its first date; the outcome is the verification's.
 *
 * @example
 * const orders = foldOrders(inputs.workEvents, encoded.households.index, dayNumber('2025-06-30'));
 */
export function foldOrders(
  table: ColumnTable | undefined,
  households: ReadonlyMap<unknown, number>,
  asOfDay: number,
): EncodedOrders {
  const orderIds: unknown[] = [];
  const byId = new Map<unknown, number>();
  const hh: number[] = [];
  const days: number[] = [];
  const outcomes: number[] = [];
  const actors: unknown[] = [];
  const latest: number[] = [];
  const S = STAGES.length;
  if (table) {
    const rows = table.numRows();
    const id = requireColumn(table, 'workEvents', 'orderId');
    const hid = requireColumn(table, 'workEvents', 'householdId');
    const stage = requireColumn(table, 'workEvents', 'stage');
    const date = requireColumn(table, 'workEvents', 'date');
    const outcome = columnValues(table, 'outcome');
    const actor = columnValues(table, 'actor');
    for (let r = 0; r < rows; r++) {
      const day = dayNumber(date[r]);
      const s = (STAGES as readonly unknown[]).indexOf(stage[r]);
      if (day === NO_DATE || day > asOfDay || s < 0) continue;
      let o = byId.get(id[r]);
      if (o === undefined) {
        o = orderIds.length;
        byId.set(id[r], o);
        orderIds.push(id[r]);
        hh.push(households.get(hid[r]) ?? -1);
        for (let k = 0; k < S; k++) days.push(NO_DATE);
        outcomes.push(-1);
        actors.push(null);
        latest.push(NO_DATE);
      }
      const at = o * S + s;
      const known = days[at] ?? NO_DATE;
      if (known === NO_DATE || day < known) days[at] = day;
      if (s === 1) outcomes[o] = (OUTCOMES as readonly unknown[]).indexOf(outcome?.[r]);
      if (day >= (latest[o] ?? NO_DATE)) {
        latest[o] = day;
        actors[o] = actor?.[r] ?? actors[o] ?? null;
      }
    }
  }
  const n = orderIds.length;
  const stageDay = Int32Array.from(days);
  const outcome = Int8Array.from(outcomes);
  const open = new Uint8Array(n);
  for (let o = 0; o < n; o++) {
    const closed =
      stageDay[o * S + 6] !== NO_DATE ||
      stageDay[o * S + 7] !== NO_DATE ||
      outcome[o] === 1 ||
      outcome[o] === 2;
    open[o] = closed ? 0 : 1;
  }
  return { n, orderIds, household: Int32Array.from(hh), stageDay, outcome, actor: actors, open };
}

/** 1 for every household with at least one open order. */
export function openOrderMask(orders: EncodedOrders, households: number): Uint8Array {
  const mask = new Uint8Array(households);
  for (let o = 0; o < orders.n; o++) {
    const h = orders.household[o] ?? -1;
    if (h >= 0 && orders.open[o] === 1) mask[h] = 1;
  }
  return mask;
}
