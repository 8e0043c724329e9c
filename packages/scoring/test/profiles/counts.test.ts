import { describe, expect, it } from 'vitest';
import { PairCounter, SPLITS, ZERO_COUNT } from '../../src/profiles/counts.js';
import type { RegionTree } from '../../src/profiles/regions.js';

/** Two villages in one township in one county. */
const tree: RegionTree = {
  codes: ['360121101001', '360121101002', '360121101000', '360121'],
  names: [null, null, null, null],
  level: Uint8Array.from([0, 0, 1, 2]),
  parent: Int32Array.from([2, 2, 3, -1]),
  householdRegion: new Int32Array(0),
};

describe('PairCounter', () => {
  it('counts households and people per category and rolls villages up to the county', () => {
    const c = new PairCounter(tree, 2);
    c.add(0, 1, 0, 3); // unstable, 3 people
    c.add(0, 1, -1, 2); // not monitored
    c.add(1, 1, 2, 4); // sudden
    c.rollUp();
    expect(c.count(0, 1)).toEqual({
      households: 2,
      people: 5,
      byCategory: {
        unstable: { households: 1, people: 3 },
        marginal: { households: 0, people: 0 },
        sudden: { households: 0, people: 0 },
        none: { households: 1, people: 2 },
      },
    });
    expect(c.count(3, 1).households).toBe(3);
    expect(c.count(3, 1).byCategory.sudden).toEqual({ households: 1, people: 4 });
    expect(Object.keys(c.count(3, 1).byCategory)).toEqual([...SPLITS]);
  });

  it('gives the shared frozen empty count for an empty bucket', () => {
    const c = new PairCounter(tree, 2).rollUp();
    expect(c.count(1, 0)).toBe(ZERO_COUNT);
    expect(Object.isFrozen(ZERO_COUNT) && Object.isFrozen(ZERO_COUNT.byCategory)).toBe(true);
    expect(Object.keys(ZERO_COUNT.byCategory)).toEqual([...SPLITS]);
  });
});
