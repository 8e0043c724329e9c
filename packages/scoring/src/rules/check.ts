import type { IssueList } from './issues.js';

/** A plain JSON object as the validator sees it. */
export type Obj = Record<string, unknown>;

/** True for a plain object (not null, not an array). */
export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks that `v` is an object with every `required` key and no key outside `required` and
 * `optional`; reports each problem and returns the object, or undefined when `v` is not one.
 */
export function shape(
  issues: IssueList,
  v: unknown,
  path: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Obj | undefined {
  if (!isObj(v)) {
    issues.add(path, 'notObject');
    return undefined;
  }
  for (const key of required) if (!(key in v)) issues.add(path, 'required', key);
  for (const key of Object.keys(v)) {
    if (!required.includes(key) && !optional.includes(key)) {
      issues.add(`${path}.${key}`, 'unknownField', key);
    }
  }
  return v;
}

/** Checks a string field that is present; returns it or undefined. */
export function str(issues: IssueList, o: Obj, key: string, path: string): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') {
    issues.add(`${path}.${key}`, 'type', 'non-empty string');
    return undefined;
  }
  return v;
}

/** Checks a finite number field that is present, optionally ≥ 0; returns it or undefined. */
export function num(
  issues: IssueList,
  o: Obj,
  key: string,
  path: string,
  nonNegative = false,
): number | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    issues.add(`${path}.${key}`, 'type', 'number');
    return undefined;
  }
  if (nonNegative && v < 0) issues.add(`${path}.${key}`, 'negative');
  return v;
}

/** Checks a present field against a closed list of values; returns it or undefined. */
export function oneOf<T extends string>(
  issues: IssueList,
  o: Obj,
  key: string,
  path: string,
  allowed: readonly T[],
): T | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    issues.add(`${path}.${key}`, 'enum', allowed.join(', '));
    return undefined;
  }
  return v as T;
}

/** Checks a `{ zh, en }` text. */
export function text(issues: IssueList, v: unknown, path: string): void {
  const o = shape(issues, v, path, ['zh', 'en']);
  if (o) {
    str(issues, o, 'zh', path);
    str(issues, o, 'en', path);
  }
}

/** Checks an array field; returns its items or an empty list. */
export function list(issues: IssueList, o: Obj, key: string, path: string): unknown[] {
  const v = o[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    issues.add(`${path}.${key}`, 'notArray');
    return [];
  }
  return v as unknown[];
}
