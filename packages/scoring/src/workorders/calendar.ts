import type { PolicyTables } from '../policy/policy.js';
import type { DeadlineSpec } from '../rules/types.js';
import { dayNumber } from '../kernel/dates.js';

/**
 * Working days (工作日): Monday to Friday, minus public holidays, plus the weekend days that are
 * made up as workdays (调休上班), both from the policy tables.
 */
export class WorkCalendar {
  private readonly holidays: ReadonlySet<number>;
  private readonly makeup: ReadonlySet<number>;
  /** Working-day due days already counted, by start × 4096 + days: orders share push days. */
  private readonly counted = new Map<number, number>();

  constructor(policy: Pick<PolicyTables, 'holidays' | 'makeupWorkdays'>) {
    this.holidays = new Set(policy.holidays.map(dayNumber));
    this.makeup = new Set(policy.makeupWorkdays.map(dayNumber));
  }

  /** Whether a day number is a working day. 1970-01-01 (day 0) was a Thursday. */
  isWorkingDay(day: number): boolean {
    if (this.makeup.has(day)) return true;
    if (this.holidays.has(day)) return false;
    const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
    return weekday !== 0 && weekday !== 6;
  }

  /**
   * The due day of a deadline of `days` from `start`: `start + days` in calendar mode, the
   * `days`-th working day after `start` in working mode (0 days: `start` itself).
   *
   * @example
   * // pushed Friday 2025-06-27, 1 working day → Monday 2025-06-30
   */
  due(start: number, days: number, unit: DeadlineSpec['unit']): number {
    if (unit === 'calendar') return start + days;
    const key = days < 4096 ? start * 4096 + days : Number.NaN;
    const known = this.counted.get(key);
    if (known !== undefined) return known;
    let day = start;
    for (let left = days; left > 0;) {
      day++;
      if (this.isWorkingDay(day)) left--;
    }
    if (key === key) this.counted.set(key, day);
    return day;
  }
}
