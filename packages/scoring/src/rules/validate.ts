import { isObj, list, num, oneOf, shape, str, text } from './check.js';
import { IssueList, type RuleSetIssue } from './issues.js';
import type { RuleSet } from './types.js';
import { checkIndicator } from './validate-indicator.js';
import { checkDeadlines, checkFlags, checkLamps, checkLevels } from './validate-parts.js';

/** The result of {@link validateRuleSet}: the typed rule set, or every issue found. */
export type RuleSetValidation =
  | { readonly ok: true; readonly ruleSet: RuleSet; readonly issues: readonly [] }
  | { readonly ok: false; readonly ruleSet: undefined; readonly issues: readonly RuleSetIssue[] };

const TOP_REQUIRED = [
  'id',
  'version',
  'effectiveFrom',
  'label',
  'method',
  'departments',
  'indicators',
  'workOrderThreshold',
  'levels',
  'deadlines',
  'flags',
];
const TOP_OPTIONAL = ['lamps', 'k', 'notes'];

/**
 * Validates a parsed JSON rule set and returns it typed, or every issue at once.
 *
 * Refuses, each with its JSON path and a zh-CN/en reason: unknown fields at any depth, missing
 * fields, wrong types, unknown codes (causes, member codes, rollups, operators), negative points,
 * weights or thresholds, indicator sources of unknown kind or naming a department missing from
 * the catalogue, duplicate ids, level bands that do not start at 0, leave a gap, overlap or are
 * not open at the top, and fields that do not fit the method (`points` needs `lamps` and
 * points; `alkireFoster` needs `k`, weights summing to 1 and `lt` conditions).
 *
 * @example
 * const v = validateRuleSet(JSON.parse(text));
 * if (!v.ok) for (const i of v.issues) console.log(i.path, i.message.zh);
 */
export function validateRuleSet(json: unknown): RuleSetValidation {
  const issues = new IssueList();
  const o = shape(issues, json, '$', TOP_REQUIRED, TOP_OPTIONAL);
  if (o) {
    str(issues, o, 'id', '$');
    str(issues, o, 'version', '$');
    const from = str(issues, o, 'effectiveFrom', '$');
    if (from !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(from))
      issues.add('$.effectiveFrom', 'date');
    text(issues, o.label, '$.label');
    const method = oneOf(issues, o, 'method', '$', ['points', 'alkireFoster']);
    const departments = checkDepartments(issues, o.departments);
    const ids = new Set<string>();
    const indicators = list(issues, o, 'indicators', '$');
    let weightSum = 0;
    indicators.forEach((ind, i) => {
      const path = `$.indicators[${i}]`;
      checkIndicator(issues, ind, path, { method, departments });
      if (isObj(ind) && typeof ind.id === 'string') {
        if (ids.has(ind.id)) issues.add(`${path}.id`, 'duplicateId', ind.id);
        ids.add(ind.id);
      }
      if (isObj(ind) && typeof ind.weight === 'number') weightSum += ind.weight;
    });
    if (o.workOrderThreshold !== null) num(issues, o, 'workOrderThreshold', '$', true);
    checkLevels(issues, o.levels, '$.levels');
    checkDeadlines(issues, o.deadlines, '$.deadlines');
    checkFlags(issues, o.flags, '$.flags');
    list(issues, o, 'notes', '$').forEach((n, i) => {
      if (typeof n !== 'string') issues.add(`$.notes[${i}]`, 'type', 'string');
    });
    // Levels on lamps need lamps: without them every household would sit in the first band.
    if (isObj(o.levels) && o.levels.on === 'lamps' && o.lamps === undefined) {
      issues.add('$.levels.on', 'methodField', 'levels on lamps need a lamps rule');
    }
    if (method === 'points') {
      if (o.lamps === undefined) issues.add('$', 'required', 'lamps');
      else checkLamps(issues, o.lamps, '$.lamps');
      if (o.k !== undefined) issues.add('$.k', 'methodField', 'k belongs to alkireFoster');
    } else if (method === 'alkireFoster') {
      const k = num(issues, o, 'k', '$', true);
      if (o.k === undefined) issues.add('$', 'required', 'k');
      if (k !== undefined && (k <= 0 || k > 1)) issues.add('$.k', 'range', '0 < k ≤ 1');
      if (o.lamps !== undefined) checkLamps(issues, o.lamps, '$.lamps');
      // Weights are often thirds and sixths, which binary floats cannot hold exactly.
      if (indicators.length > 0 && Math.abs(weightSum - 1) > 1e-9) {
        issues.add('$.indicators', 'weightsSum', String(weightSum));
      }
    }
  }
  return issues.items.length === 0
    ? { ok: true, ruleSet: json as RuleSet, issues: [] }
    : { ok: false, ruleSet: undefined, issues: issues.items };
}

function checkDepartments(issues: IssueList, v: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(v)) {
    if (v !== undefined) issues.add('$.departments', 'notArray');
    return ids;
  }
  v.forEach((d, i) => {
    const path = `$.departments[${i}]`;
    const o = shape(issues, d, path, ['id', 'zh', 'en'], ['institutions']);
    if (!o) return;
    const id = str(issues, o, 'id', path);
    str(issues, o, 'zh', path);
    str(issues, o, 'en', path);
    list(issues, o, 'institutions', path).forEach((inst, j) => {
      const p = `${path}.institutions[${j}]`;
      const io = shape(issues, inst, p, ['id', 'zh']);
      if (io) {
        str(issues, io, 'id', p);
        str(issues, io, 'zh', p);
      }
    });
    if (id !== undefined) {
      if (ids.has(id)) issues.add(`${path}.id`, 'duplicateId', id);
      ids.add(id);
    }
  });
  return ids;
}

/**
 * Like {@link validateRuleSet}, but throws a `TypeError` listing every issue (in English) when
 * the rule set is bad. For rule sets that ship with the code, where a bad one is a bug.
 *
 * @example
 * const ruleSet = assertRuleSet(JSON.parse(text));
 */
export function assertRuleSet(json: unknown): RuleSet {
  const v = validateRuleSet(json);
  if (v.ok) return v.ruleSet;
  const lines = v.issues.map((i) => `${i.path}: ${i.message.en}`);
  throw new TypeError(`invalid rule set:\n${lines.join('\n')}`);
}
