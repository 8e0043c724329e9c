/**
 * Wraps `fn` so that it runs again only when one of its arguments changes (compared with
 * `===`) and otherwise returns its last result: for rows or scales an element derives from its
 * properties and reads on every render, while most renders (a focus move, a hover) change none
 * of them. Remembers one call only; properties replaced rather than mutated, as lit expects,
 * are what make `===` enough.
 *
 * @example
 * private readonly rowsOf = memoizeLast(boardRows);
 * get rows() { return this.rowsOf(this.flags, this.regions, this.figure); }
 */
export function memoizeLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  let last: { readonly args: A; readonly result: R } | undefined;
  return (...args: A): R => {
    if (last?.args.length === args.length && last.args.every((arg, i) => arg === args[i])) {
      return last.result;
    }
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
