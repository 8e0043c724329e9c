import type { Condition } from '../rules/types.js';

/**
 * Whether one number passes a condition, `scale` multiplying the operands (the income line for
 * `ratioTo`, else 1). NaN (missing) never passes. Used where the kernel tests one value at a
 * time (record `where` clauses); {@link fireColumn} is the column form.
 */
export function passes(c: Condition, x: number, scale = 1): boolean {
  if (Number.isNaN(x)) return false;
  switch (c.op) {
    case 'eq':
      return x === (c.value ?? Number.NaN) * scale;
    case 'ne':
      return x !== (c.value ?? Number.NaN) * scale;
    case 'lt':
      return x < (c.value ?? Number.NaN) * scale;
    case 'le':
      return x <= (c.value ?? Number.NaN) * scale;
    case 'gt':
      return x > (c.value ?? Number.NaN) * scale;
    case 'ge':
      return x >= (c.value ?? Number.NaN) * scale;
    case 'between':
      return x >= (c.min ?? Number.NaN) * scale && x < (c.max ?? Number.NaN) * scale;
    case 'in':
      return (c.values ?? []).some((v) => x === v * scale);
  }
}

/**
 * Tests a whole column against a condition and writes 1/0 into `out` (one byte per row).
 * The operator is chosen once, outside the loop, so each loop is a tight typed-array scan;
 * `scale` (per row) is given only for `ratioTo` conditions.
 */
export function fireColumn(
  c: Condition,
  values: Float64Array | Uint8Array,
  scale: Float64Array | null,
  out: Uint8Array,
): void {
  const n = values.length;
  const v = c.value ?? Number.NaN;
  if (scale === null) {
    fireUnscaled(c, values, out);
    return;
  }
  const s = (i: number) => scale[i] ?? Number.NaN;
  // Comparisons with NaN are false, so missing values never fire without a separate test —
  // except `ne`, which is true for NaN and so checks it explicitly.
  switch (c.op) {
    case 'lt':
      for (let i = 0; i < n; i++) out[i] = (values[i] ?? Number.NaN) < v * s(i) ? 1 : 0;
      return;
    case 'le':
      for (let i = 0; i < n; i++) out[i] = (values[i] ?? Number.NaN) <= v * s(i) ? 1 : 0;
      return;
    case 'gt':
      for (let i = 0; i < n; i++) out[i] = (values[i] ?? Number.NaN) > v * s(i) ? 1 : 0;
      return;
    case 'ge':
      for (let i = 0; i < n; i++) out[i] = (values[i] ?? Number.NaN) >= v * s(i) ? 1 : 0;
      return;
    case 'eq':
      for (let i = 0; i < n; i++) out[i] = values[i] === v * s(i) ? 1 : 0;
      return;
    default:
      for (let i = 0; i < n; i++) out[i] = passes(c, values[i] ?? Number.NaN, s(i)) ? 1 : 0;
  }
}

/** {@link fireColumn} without a per-row scale: one comparison per row, nothing else. */
function fireUnscaled(c: Condition, values: Float64Array | Uint8Array, out: Uint8Array): void {
  if (values instanceof Uint8Array) {
    fireBytes(c, values, out);
    return;
  }
  const n = values.length;
  const v = c.value ?? Number.NaN;
  switch (c.op) {
    case 'lt':
      for (let i = 0; i < n; i++) out[i] = (values[i] ?? Number.NaN) < v ? 1 : 0;
      return;
    case 'le':
      for (let i = 0; i < n; i++) out[i] = (values[i] ?? Number.NaN) <= v ? 1 : 0;
      return;
    case 'gt':
      for (let i = 0; i < n; i++) out[i] = (values[i] ?? Number.NaN) > v ? 1 : 0;
      return;
    case 'ge':
      for (let i = 0; i < n; i++) out[i] = (values[i] ?? Number.NaN) >= v ? 1 : 0;
      return;
    case 'eq':
      for (let i = 0; i < n; i++) out[i] = values[i] === v ? 1 : 0;
      return;
    default:
      for (let i = 0; i < n; i++) out[i] = passes(c, values[i] ?? Number.NaN) ? 1 : 0;
  }
}

/**
 * {@link fireUnscaled} for the 0/1 bytes of any/none roll-ups: the condition is decided once for
 * 0 and once for 1, so the column is copied (`eq 1`), inverted (`eq 0`) or filled.
 */
function fireBytes(c: Condition, values: Uint8Array, out: Uint8Array): void {
  const onZero = passes(c, 0);
  const onOne = passes(c, 1);
  if (onZero === onOne) out.fill(onOne ? 1 : 0);
  else if (onOne) out.set(values);
  else for (let i = 0; i < values.length; i++) out[i] = (values[i] ?? 0) ^ 1;
}
