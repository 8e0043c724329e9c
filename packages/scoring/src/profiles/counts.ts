import { CATEGORIES } from '../kernel/encode.js';
import type { RegionTree } from './regions.js';

/** Monitored categories plus `none` (not monitored), the split of every count (DOMAIN §7). */
export const SPLITS = [...CATEGORIES, 'none'] as const;
/** One split. */
export type Split = (typeof SPLITS)[number];

/** Households (户) and people (人). */
export interface Pair {
  readonly households: number;
  readonly people: number;
}

/** A count as officials read it: households and people, in total and per monitored category. */
export interface Count extends Pair {
  readonly byCategory: Readonly<Record<Split, Pair>>;
}

/** A rate that names its base: the same rate on households and on people, with both parts. */
export interface Rate {
  /** What the denominator counts, e.g. `confirmed verifications`. */
  readonly base: string;
  readonly households: number | null;
  readonly people: number | null;
  readonly numerator: Pair;
  readonly denominator: Pair;
}

const W = SPLITS.length * 2;

/**
 * Counts households and people per region, bucket and category in one Float64Array, then rolls
 * villages up into townships and townships into counties by adding each region's block into its
 * parent's (the tree lists children before parents, so one pass suffices).
 */
export class PairCounter {
  readonly data: Float64Array;

  constructor(
    private readonly tree: RegionTree,
    readonly buckets: number,
  ) {
    this.data = new Float64Array(tree.codes.length * buckets * W);
  }

  /** Adds one household (`people` its size) in `category` (−1 = none) to a bucket of a region. */
  add(region: number, bucket: number, category: number, people: number): void {
    addPair(this.data, this.buckets, region, bucket, category, people);
  }

  /** Adds every region's counts into its parent's. Call once, after all `add`s. */
  rollUp(): this {
    rollUpBlocks(this.tree, this.data, this.buckets * W);
    return this;
  }

  /** The households of one bucket of one region, all categories (no object built). */
  households(region: number, bucket = 0): number {
    const at = (region * this.buckets + bucket) * W;
    let sum = 0;
    for (let i = 0; i < W; i += 2) sum += this.data[at + i] ?? 0;
    return sum;
  }

  /**
   * The count of one bucket of one region. Counts are plain frozen-shape objects; an empty one is
   * the shared {@link ZERO_COUNT}, as most buckets of most villages are (a county has thousands).
   */
  count(region: number, bucket = 0): Count {
    const d = this.data;
    const at = (region * this.buckets + bucket) * W;
    const h0 = d[at] ?? 0;
    const p0 = d[at + 1] ?? 0;
    const h1 = d[at + 2] ?? 0;
    const p1 = d[at + 3] ?? 0;
    const h2 = d[at + 4] ?? 0;
    const p2 = d[at + 5] ?? 0;
    const h3 = d[at + 6] ?? 0;
    const p3 = d[at + 7] ?? 0;
    const households = h0 + h1 + h2 + h3;
    const people = p0 + p1 + p2 + p3;
    if (households === 0 && people === 0) return ZERO_COUNT;
    // Keys in SPLITS order (test/profiles/counts.test.ts checks), written out so that every count
    // has the same object shape.
    return {
      households,
      people,
      byCategory: {
        unstable: pair(h0, p0),
        marginal: pair(h1, p1),
        sudden: pair(h2, p2),
        none: pair(h3, p3),
      },
    };
  }
}

/**
 * {@link PairCounter.add} on a counter's `data` and `buckets`, for loops over many households:
 * they read no property of a counter (see "Hot loops" in docs/scoring/README.md).
 */
export function addPair(
  data: Float64Array,
  buckets: number,
  region: number,
  bucket: number,
  category: number,
  people: number,
): void {
  const at = (region * buckets + bucket) * W + (category < 0 ? SPLITS.length - 1 : category) * 2;
  data[at] = (data[at] ?? 0) + 1;
  data[at + 1] = (data[at + 1] ?? 0) + people;
}

/**
 * Counts each household once in every bucket its bits reach (`reached[h]`: bit b for bucket b),
 * into a counter's `data` of `buckets` buckets per region: how work orders and measures count
 * households (户) and people (人), not orders or measures. Reads only typed arrays.
 */
export function addReached(
  data: Float64Array,
  buckets: number,
  reached: Uint16Array,
  region: Int32Array,
  category: Int8Array,
  size: Float64Array,
): void {
  for (let h = 0; h < reached.length; h++) {
    const bits = reached[h] ?? 0;
    if (bits === 0) continue;
    const r = region[h] ?? -1;
    if (r < 0) continue;
    const cat = category[h] ?? -1;
    const people = size[h] ?? 0;
    for (let bucket = 0; bucket < buckets; bucket++)
      if ((bits & (1 << bucket)) !== 0) addPair(data, buckets, r, bucket, cat, people);
  }
}

const ZERO_PAIR: Pair = Object.freeze({ households: 0, people: 0 });

/** The empty count, shared (and frozen) wherever a bucket holds no one. */
export const ZERO_COUNT: Count = Object.freeze({
  households: 0,
  people: 0,
  byCategory: Object.freeze({
    unstable: ZERO_PAIR,
    marginal: ZERO_PAIR,
    sudden: ZERO_PAIR,
    none: ZERO_PAIR,
  }),
});

function pair(households: number, people: number): Pair {
  return households === 0 && people === 0 ? ZERO_PAIR : { households, people };
}

/** A rate of two counts on both bases; null where the denominator is 0. */
export function rate(base: string, numerator: Pair, denominator: Pair): Rate {
  const div = (a: number, b: number) => (b === 0 ? null : a / b);
  return {
    base,
    households: div(numerator.households, denominator.households),
    people: div(numerator.people, denominator.people),
    numerator: { households: numerator.households, people: numerator.people },
    denominator: { households: denominator.households, people: denominator.people },
  };
}

/**
 * Adds each region's block of `block` numbers into its parent's block. The tree lists children
 * before parents, so one pass carries villages into townships and townships into counties.
 */
export function rollUpBlocks(tree: RegionTree, data: Float64Array, block: number): void {
  for (let r = 0; r < tree.codes.length; r++) {
    const p = tree.parent[r] ?? -1;
    if (p < 0) continue;
    for (let i = 0; i < block; i++)
      data[p * block + i] = (data[p * block + i] ?? 0) + (data[r * block + i] ?? 0);
  }
}
