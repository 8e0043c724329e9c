import { isObj, list, num, oneOf, shape, str, text, type Obj } from './check.js';
import type { IssueList } from './issues.js';
import {
  OPS,
  ROLLUPS,
  CAUSES,
  EXPRESSION_TABLES,
  HOUSEHOLD_FIELDS,
  MEMBER_CODES,
  type MemberCodedField,
} from './types.js';

const SOURCE_KINDS = ['department', 'household', 'member', 'derived', 'expression'] as const;
const VALUE_TYPES = ['flag', 'amount', 'count', 'number', 'code'] as const;

/** What the indicator checks need to know about the rule set around them. */
export interface IndicatorContext {
  readonly method: 'points' | 'alkireFoster' | undefined;
  readonly departments: ReadonlySet<string>;
}

/** Which operand fields each operator needs; the others are refused as unknown. */
function operandKeys(op: string | undefined): string[] {
  if (op === 'between') return ['min', 'max'];
  if (op === 'in') return ['values'];
  return ['value'];
}

/** Checks a numeric condition `{ op, value | min,max | values, ratioTo? }`. */
export function checkCondition(issues: IssueList, v: unknown, path: string, ratio = true): void {
  const op = isObj(v) && typeof v.op === 'string' ? v.op : undefined;
  const keys = operandKeys(op);
  const o = shape(issues, v, path, ['op', ...keys], ratio ? ['ratioTo'] : []);
  if (!o) return;
  oneOf(issues, o, 'op', path, OPS);
  for (const k of ['value', 'min', 'max']) num(issues, o, k, path);
  if (op === 'in') {
    const values = list(issues, o, 'values', path);
    values.forEach((x, i) => {
      if (typeof x !== 'number') issues.add(`${path}.values[${i}]`, 'type', 'number');
    });
  }
  if (
    op === 'between' &&
    typeof o.min === 'number' &&
    typeof o.max === 'number' &&
    o.min >= o.max
  ) {
    issues.add(`${path}.max`, 'range', 'max must exceed min');
  }
  oneOf(issues, o, 'ratioTo', path, ['incomeLine']);
}

function checkMemberPredicate(issues: IssueList, v: unknown, path: string): void {
  const op = isObj(v) && typeof v.op === 'string' ? v.op : undefined;
  const o = shape(issues, v, path, ['field', 'op', ...operandKeys(op)]);
  if (!o) return;
  const field = oneOf(issues, o, 'field', path, [
    'age',
    ...(Object.keys(MEMBER_CODES) as MemberCodedField[]),
  ]);
  oneOf(issues, o, 'op', path, OPS);
  if (field === undefined) return;
  if (field === 'age') {
    for (const k of ['value', 'min', 'max']) num(issues, o, k, path, true);
    return;
  }
  // A coded field compares codes: an unknown code would silently never match, so refuse it.
  const codes: readonly string[] = MEMBER_CODES[field];
  const given = op === 'in' ? list(issues, o, 'values', path) : [o.value];
  given.forEach((x, i) => {
    if (typeof x !== 'string' || !codes.includes(x)) {
      const at = op === 'in' ? `${path}.values[${i}]` : `${path}.value`;
      issues.add(at, 'unknownCode', `${String(x)} (${field}: ${codes.join(', ')})`);
    }
  });
  if (op !== 'eq' && op !== 'ne' && op !== 'in') issues.add(`${path}.op`, 'enum', 'eq, ne, in');
}

function checkValues(issues: IssueList, v: unknown, path: string): void {
  const o = shape(issues, v, path, ['type'], ['unit', 'codes']);
  if (!o) return;
  const type = oneOf(issues, o, 'type', path, VALUE_TYPES);
  str(issues, o, 'unit', path);
  const codes = list(issues, o, 'codes', path);
  if (type === 'code' && codes.length === 0) issues.add(path, 'required', 'codes');
  codes.forEach((c, i) => {
    const p = `${path}.codes[${i}]`;
    const co = shape(issues, c, p, ['code', 'zh', 'en']);
    if (co) {
      num(issues, co, 'code', p);
      str(issues, co, 'zh', p);
      str(issues, co, 'en', p);
    }
  });
}

/** Checks an optional `months` window: a whole number ≥ 1. */
function checkMonths(issues: IssueList, o: Obj, path: string): void {
  const months = num(issues, o, 'months', path, true);
  if (months !== undefined && (!Number.isInteger(months) || months < 1)) {
    issues.add(`${path}.months`, 'range', 'a whole number of months ≥ 1');
  }
}

/**
 * Checks an arquero expression source: a known table, a non-blank expression, a roll-up, and
 * `months` only on department records. The expression itself is not parsed here (that is the
 * extension's job, and parsing is the first step of compiling).
 */
function checkExpression(issues: IssueList, v: Obj, path: string): void {
  const months = v.table === 'departmentRecords' ? ['months'] : [];
  const o = shape(issues, v, path, ['kind', 'table', 'expression', 'rollup'], months) as Obj;
  oneOf(issues, o, 'table', path, EXPRESSION_TABLES);
  const expression = str(issues, o, 'expression', path);
  if (expression !== undefined && expression.trim() === '') {
    issues.add(`${path}.expression`, 'type', 'non-empty string');
  }
  oneOf(issues, o, 'rollup', path, ROLLUPS);
  checkMonths(issues, o, path);
}

/** Checks an indicator source of any kind; an unknown kind is `unknownSource`. */
export function checkSource(
  issues: IssueList,
  v: unknown,
  path: string,
  ctx: IndicatorContext,
): void {
  if (!isObj(v)) {
    issues.add(path, 'notObject');
    return;
  }
  const kind = v.kind;
  if (typeof kind !== 'string' || !(SOURCE_KINDS as readonly string[]).includes(kind)) {
    issues.add(`${path}.kind`, 'unknownSource', `${String(kind)} (${SOURCE_KINDS.join(', ')})`);
    return;
  }
  if (kind === 'department') {
    const o = shape(
      issues,
      v,
      path,
      ['kind', 'department', 'indicator', 'keyType', 'values', 'rollup'],
      ['months', 'where'],
    ) as Obj;
    const dep = str(issues, o, 'department', path);
    if (dep !== undefined && !ctx.departments.has(dep)) {
      issues.add(`${path}.department`, 'unknownDepartment', dep);
    }
    str(issues, o, 'indicator', path);
    oneOf(issues, o, 'keyType', path, ['household', 'person']);
    checkValues(issues, o.values, `${path}.values`);
    checkMonths(issues, o, path);
    oneOf(issues, o, 'rollup', path, ROLLUPS);
    if (o.where !== undefined) checkCondition(issues, o.where, `${path}.where`, false);
  } else if (kind === 'household') {
    const o = shape(issues, v, path, ['kind', 'field']) as Obj;
    oneOf(issues, o, 'field', path, HOUSEHOLD_FIELDS);
  } else if (kind === 'member') {
    const o = shape(issues, v, path, ['kind', 'where', 'rollup'], ['value']) as Obj;
    list(issues, o, 'where', path).forEach((p, i) => {
      checkMemberPredicate(issues, p, `${path}.where[${i}]`);
    });
    const rollup = oneOf(issues, o, 'rollup', path, ROLLUPS);
    oneOf(issues, o, 'value', path, ['age']);
    if ((rollup === 'sum' || rollup === 'max' || rollup === 'min') && o.value === undefined) {
      issues.add(path, 'required', 'value (what sum/max/min read)');
    }
  } else if (kind === 'expression') {
    checkExpression(issues, v, path);
  } else {
    const o = shape(issues, v, path, ['kind', 'op', 'of']) as Obj;
    oneOf(issues, o, 'op', path, ['ratio', 'difference']);
    const of = list(issues, o, 'of', path);
    if (of.length !== 2) issues.add(`${path}.of`, 'range', 'exactly two sources');
    of.forEach((s, i) => {
      checkSource(issues, s, `${path}.of[${i}]`, ctx);
    });
  }
}

/** Checks one indicator against the method of its rule set. */
export function checkIndicator(
  issues: IssueList,
  v: unknown,
  path: string,
  ctx: IndicatorContext,
): void {
  const o = shape(
    issues,
    v,
    path,
    ['id', 'label', 'source', 'condition', 'class'],
    ['points', 'weight', 'dimension', 'core', 'cause', 'assumption'],
  );
  if (!o) return;
  str(issues, o, 'id', path);
  text(issues, o.label, `${path}.label`);
  checkSource(issues, o.source, `${path}.source`, ctx);
  checkCondition(issues, o.condition, `${path}.condition`);
  const cls = oneOf(issues, o, 'class', path, ['risk', 'resilience']);
  // Points are magnitudes: the class gives the sign, so a negative number is always a mistake.
  num(issues, o, 'points', path, true);
  const weight = num(issues, o, 'weight', path, true);
  if (o.core !== undefined && typeof o.core !== 'boolean')
    issues.add(`${path}.core`, 'type', 'boolean');
  if (o.cause !== undefined && o.cause !== null) oneOf(issues, o, 'cause', path, CAUSES);
  str(issues, o, 'dimension', path);
  str(issues, o, 'assumption', path);
  if (ctx.method === 'points') {
    if (o.points === undefined) issues.add(path, 'required', 'points');
    if (o.weight !== undefined)
      issues.add(`${path}.weight`, 'methodField', 'points method uses points');
  } else if (ctx.method === 'alkireFoster') {
    if (o.weight === undefined) issues.add(path, 'required', 'weight');
    if (weight !== undefined && (weight <= 0 || weight > 1))
      issues.add(`${path}.weight`, 'range', '0 < weight ≤ 1');
    if (o.points !== undefined)
      issues.add(`${path}.points`, 'methodField', 'alkireFoster uses weight');
    if (cls === 'resilience')
      issues.add(`${path}.class`, 'methodField', 'alkireFoster has only deprivations');
    // Alkire–Foster: deprived means strictly below the cutoff, so the only operator is `lt`.
    if (isObj(o.condition) && o.condition.op !== 'lt') {
      issues.add(`${path}.condition.op`, 'methodField', 'alkireFoster deprivation is op "lt"');
    }
  }
}
