// Values that pass or fail a rule-set condition, in the shape of the data item (flag, amount,
// count, number or code). Records are made from these, so thresholds come from the presets.

/** @typedef {import('../../packages/scoring/src/rules/types.ts').Condition} Condition */
/** @typedef {import('../../packages/scoring/src/rules/types.ts').ValueSpec} ValueSpec */
/** @typedef {import('./random.mjs').Random} Random */

/** Rounds a drawn number to what a department would send. @param {number} x @param {ValueSpec} spec */
function shape(x, spec) {
  switch (spec.type) {
    case 'amount':
      return x >= 1000 ? Math.round(x / 10) * 10 : Math.round(x);
    case 'count':
      return Math.max(0, Math.round(x));
    case 'number':
      return Math.round(x * 10) / 10;
    default:
      return Math.round(x);
  }
}

/** A plausible positive size for "more than 0" of this item. @param {ValueSpec} spec @param {Random} r */
function somePositive(spec, r) {
  if (spec.type === 'amount') return shape(500 + r.next() * 7500, spec);
  if (spec.type === 'count') return 1 + r.int(2);
  if (spec.type === 'number') return shape(1 + r.next() * 20, spec);
  return 1;
}

/**
 * A value that passes `c`. For `ge`/`gt` thresholds it lands well above (×1.05–2.5), as real
 * cases rarely sit on the line.
 * @param {Condition} c @param {ValueSpec} spec @param {Random} r
 */
export function passing(c, spec, r) {
  const v = c.value ?? 0;
  switch (c.op) {
    case 'eq':
      return v;
    case 'ne':
      return v === 0 ? 1 : 0;
    case 'lt':
    case 'le':
      return shape(v * (0.55 + 0.4 * r.next()), spec);
    case 'gt':
      return v > 0 ? shape(v * (1.1 + 1.4 * r.next()) + 1, spec) : somePositive(spec, r);
    case 'ge':
      return spec.type === 'count' ? v : shape(Math.max(v * (1.05 + 1.45 * r.next()), v + 1), spec);
    case 'between':
      return shape((c.min ?? 0) + ((c.max ?? 1) - (c.min ?? 0)) * (0.1 + 0.8 * r.next()), spec);
    case 'in':
      return r.pick(c.values ?? [1]);
  }
}

/**
 * A value that fails `c`, or null where only the absence of a row fails (`gt 0`).
 * @param {Condition} c @param {ValueSpec} spec @param {Random} r
 */
export function failing(c, spec, r) {
  const v = c.value ?? 0;
  switch (c.op) {
    case 'eq':
      return spec.type === 'flag' ? (v === 1 ? 0 : 1) : v + 1;
    case 'ne':
      return v;
    case 'lt':
    case 'le':
      return shape(v * (1.3 + 2.5 * r.next()), spec);
    case 'gt':
      return v > 0 ? shape(v * (0.1 + 0.6 * r.next()), spec) : null;
    case 'ge':
      return spec.type === 'count' ? Math.max(0, v - 1) : shape(v * (0.05 + 0.55 * r.next()), spec);
    case 'between':
      return shape((c.max ?? 1) * 1.3, spec);
    case 'in': {
      const outside = (spec.codes ?? [])
        .map((k) => k.code)
        .filter((k) => !(c.values ?? []).includes(k));
      return outside.length > 0 ? r.pick(outside) : null;
    }
  }
}

/**
 * The hardest of several conditions to pass (for firing every tier of an item at once) or the
 * easiest (for staying under every tier), among conditions with the same operator.
 * @param {Condition[]} conditions @param {'hardest' | 'easiest'} which
 */
export function extreme(conditions, which) {
  return conditions.reduce((best, c) => {
    if (c.op !== best.op || c.value === undefined || best.value === undefined) return best;
    const harder = c.op === 'lt' || c.op === 'le' ? c.value < best.value : c.value > best.value;
    return harder === (which === 'hardest') ? c : best;
  });
}
