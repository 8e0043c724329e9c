import type { Count, Pair } from '@shouwang/scoring';

/**
 * A count for element tests from its split, as `[households, people]` per category in the order
 * unstable, marginal, sudden, not monitored; the totals are their sums.
 *
 * @example
 * splitCount([2, 7], [0, 0], [1, 5], [1, 1]); // 4 households, 13 people
 */
export function splitCount(...[unstable, marginal, sudden, none]: [number, number][]): Count {
  const pair = ([households, people]: [number, number] = [0, 0]): Pair => ({ households, people });
  const byCategory = {
    unstable: pair(unstable),
    marginal: pair(marginal),
    sudden: pair(sudden),
    none: pair(none),
  };
  const parts = Object.values(byCategory);
  return {
    households: parts.reduce((sum, p) => sum + p.households, 0),
    people: parts.reduce((sum, p) => sum + p.people, 0),
    byCategory,
  };
}
