/**
 * Resolves an options object against its defaults, as Plot does: `undefined` takes the default,
 * and a keyword the function does not know fails, naming it (a typo must not pass silently).
 *
 * @example
 * const o = resolveOptions('score', { policy: defaultPolicy }, { asOf: '2025-06-30' }, ['asOf']);
 */
export function resolveOptions<D extends object, O extends object>(
  fn: string,
  defaults: D,
  options: O,
  required: readonly string[] = [],
): D & O {
  const known = new Set([...Object.keys(defaults), ...required]);
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw new TypeError(`${fn}: unknown option ${key} (known: ${[...known].join(', ')})`);
    }
  }
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) out[key] = value;
  for (const key of required) {
    if (out[key] === undefined) throw new TypeError(`${fn}: option ${key} is required`);
  }
  return out as D & O;
}
