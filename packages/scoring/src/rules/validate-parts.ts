import { isObj, list, num, oneOf, shape, str, text } from './check.js';
import type { IssueList } from './issues.js';

/** Checks level bands: the first starts at 0, each starts where the previous ends, the last is open. */
export function checkLevels(issues: IssueList, v: unknown, path: string): void {
  const o = shape(issues, v, path, ['on', 'bands']);
  if (!o) return;
  oneOf(issues, o, 'on', path, ['score', 'lamps']);
  const bands = list(issues, o, 'bands', path);
  if (bands.length === 0) issues.add(`${path}.bands`, 'required', 'at least one band');
  const ids = new Set<string>();
  let previousMax: number | null | undefined;
  bands.forEach((b, i) => {
    const p = `${path}.bands[${i}]`;
    const bo = shape(issues, b, p, ['id', 'label', 'min', 'max']);
    if (!bo) return;
    const id = str(issues, bo, 'id', p);
    if (id !== undefined) {
      if (ids.has(id)) issues.add(`${p}.id`, 'duplicateId', id);
      ids.add(id);
    }
    text(issues, bo.label, `${p}.label`);
    const min = num(issues, bo, 'min', p, true);
    const max = bo.max === null ? null : num(issues, bo, 'max', p, true);
    const last = i === bands.length - 1;
    if ((max === null) !== last) issues.add(`${p}.max`, 'bandEnd');
    if (min !== undefined && max !== undefined && max !== null && max <= min) {
      issues.add(`${p}.max`, 'range', 'max must exceed min');
    }
    if (min !== undefined) {
      if (i === 0 && min !== 0) issues.add(`${p}.min`, 'bandStart');
      if (i > 0 && typeof previousMax === 'number') {
        if (min > previousMax) issues.add(`${p}.min`, 'bandGap', `${previousMax}–${min}`);
        if (min < previousMax) issues.add(`${p}.min`, 'bandOverlap', `${min}–${previousMax}`);
      }
    }
    previousMax = max;
  });
}

/** Checks the lamp rule. */
export function checkLamps(issues: IssueList, v: unknown, path: string): void {
  const o = shape(issues, v, path, ['pointsPerLamp', 'maxLamps', 'core']);
  if (!o) return;
  const per = num(issues, o, 'pointsPerLamp', path, true);
  if (per === 0) issues.add(`${path}.pointsPerLamp`, 'range', 'must be > 0');
  const max = num(issues, o, 'maxLamps', path, true);
  if (max !== undefined && !Number.isInteger(max))
    issues.add(`${path}.maxLamps`, 'type', 'integer');
  const core = shape(issues, o.core, `${path}.core`, ['mode', 'lamps']);
  if (core) {
    oneOf(issues, core, 'mode', `${path}.core`, ['atLeast', 'add']);
    num(issues, core, 'lamps', `${path}.core`, true);
  }
}

/** Checks the deadlines `{ unit, verify, decide, measures }` (whole days ≥ 0). */
export function checkDeadlines(issues: IssueList, v: unknown, path: string): void {
  const o = shape(issues, v, path, ['unit', 'verify', 'decide', 'measures']);
  if (!o) return;
  oneOf(issues, o, 'unit', path, ['calendar', 'working']);
  for (const k of ['verify', 'decide', 'measures']) {
    const d = num(issues, o, k, path, true);
    if (d !== undefined && !Number.isInteger(d)) issues.add(`${path}.${k}`, 'type', 'whole days');
  }
}

// Each flag kind with the parameters it needs: the list is the schema, and the docs cite it.
const FLAG_PARAMS: Record<
  string,
  { flag: 'red' | 'yellow'; params: Record<string, 'share' | 'count' | 'factor'> }
> = {
  overdueHighLamps: { flag: 'red', params: { minLamps: 'count' } },
  confirmedNoMeasureOverdue: { flag: 'red', params: {} },
  zeroMonitoredWithPushes: { flag: 'yellow', params: { minPushes: 'count' } },
  inclusionRateBelowParent: { flag: 'yellow', params: { factor: 'share', minConfirmed: 'count' } },
  verifiedInTimeShareBelow: { flag: 'yellow', params: { share: 'share' } },
  dataErrorShareAbove: { flag: 'yellow', params: { share: 'share' } },
  manyPushesFewInclusions: {
    flag: 'yellow',
    params: { minPushes: 'count', maxInclusionRate: 'share' },
  },
};

/** Flag kinds the engine knows. */
export const FLAG_KINDS = Object.keys(FLAG_PARAMS);

/** Checks the flag rules of villages and townships. */
export function checkFlags(issues: IssueList, v: unknown, path: string): void {
  const o = shape(issues, v, path, ['village', 'township']);
  if (!o) return;
  for (const level of ['village', 'township']) {
    list(issues, o, level, path).forEach((rule, i) => {
      const p = `${path}.${level}[${i}]`;
      const kind = isObj(rule) ? rule.kind : undefined;
      const spec = typeof kind === 'string' ? FLAG_PARAMS[kind] : undefined;
      if (!spec) {
        issues.add(`${p}.kind`, 'enum', FLAG_KINDS.join(', '));
        return;
      }
      const ro = shape(issues, rule, p, ['kind', 'flag', ...Object.keys(spec.params)]);
      if (!ro) return;
      oneOf(issues, ro, 'flag', p, [spec.flag]);
      for (const [key, type] of Object.entries(spec.params)) {
        const x = num(issues, ro, key, p, true);
        if (x !== undefined && type === 'share' && x > 1)
          issues.add(`${p}.${key}`, 'range', '0 ≤ share ≤ 1');
      }
    });
  }
}
