import { SPLITS, type Count, type Pair, type Split } from '@shouwang/scoring';

/** The sum of several counts (e.g. the months of a trend), split by category like each of them. */
export function sumCounts(counts: readonly Count[]): Count {
  const add = (pairs: readonly Pair[]): Pair => ({
    households: pairs.reduce((s, p) => s + p.households, 0),
    people: pairs.reduce((s, p) => s + p.people, 0),
  });
  const byCategory = Object.fromEntries(
    SPLITS.map((split) => [split, add(counts.map((c) => c.byCategory[split]))]),
  ) as Record<Split, Pair>;
  return { ...add(counts), byCategory };
}
