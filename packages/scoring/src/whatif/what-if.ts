import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { EncodedHouseholds } from '../kernel/encode.js';
import { finishScores, scoreParams, shiftSums, type ScoreColumns } from '../kernel/score-core.js';
import { addPair, PairCounter, type Count } from '../profiles/counts.js';
import { LEVELS, regionTreeOf, type RegionLevel } from '../profiles/regions.js';
import { assertRuleSet } from '../rules/validate.js';
import type { LampSpec, LevelSpec, RuleSet } from '../rules/types.js';
import type { ScoreResult } from '../score.js';

/** What a what-if changes; anything left out stays as the rule set says. */
export interface WhatIfChanges {
  /** New points (or weights, for alkireFoster) by indicator id. */
  readonly points?: Readonly<Record<string, number>>;
  readonly workOrderThreshold?: number | null;
  /** Alkire–Foster poverty cutoff. */
  readonly k?: number;
  readonly lamps?: LampSpec;
  readonly levels?: LevelSpec;
}

/** Flip counts of one region. */
export interface RegionFlips {
  readonly regionCode: string;
  readonly level: RegionLevel;
  /** Households whose lamps, level or work-order status changed. */
  readonly flipped: Count;
  readonly lampsUp: Count;
  readonly lampsDown: Count;
  readonly levelChanged: Count;
  readonly newlyDue: Count;
  readonly noLongerDue: Count;
}

/** The result of {@link whatIf}. */
export interface WhatIf {
  /** The changed rule set (validated), so the change can be saved as a new version. */
  readonly ruleSet: RuleSet;
  /**
   * One row per flipped household: `householdId`, `regionCode`, `scoreBefore`, `scoreAfter`,
   * `lampsBefore`, `lampsAfter`, `levelBefore`, `levelAfter`, `dueBefore`, `dueAfter`.
   */
  readonly flips: ColumnTable;
  /** Counts per village, township and county (villages first). */
  readonly regions: readonly RegionFlips[];
  readonly columns: ScoreColumns;
}

const KNOWN = new Set(['points', 'workOrderThreshold', 'k', 'lamps', 'levels']);

/**
 * Re-scores with changed points, thresholds, lamps or levels (假如…) and lists the households
 * that flip: lamps, level or work-order status change. It reads again only the columns of the
 * fired-indicator matrix whose points changed (none for a threshold), adding the differences to
 * the kept sums, so it is fast enough to follow a slider.
 *
 * @example
 * const w = whatIf(result, { workOrderThreshold: 40, points: { dropout: 30 } });
 * w.flips.numRows(); w.regions.filter((r) => r.level === 'township');
 */
export function whatIf(result: ScoreResult, changes: WhatIfChanges): WhatIf {
  for (const key of Object.keys(changes)) {
    if (!KNOWN.has(key))
      throw new TypeError(`whatIf: unknown change ${key} (known: ${[...KNOWN].join(', ')})`);
  }
  const ruleSet = changedRuleSet(result.ruleSet, changes);
  const k = result.kernel;
  const n = k.data.households.n;
  const before = k.columns;
  const params = scoreParams(ruleSet);
  // Only the changed indicators' columns are read again; thresholds alone re-read none.
  const delta = new Map<number, number>();
  params.points.forEach((x, j) => {
    const d = x - (k.params.points[j] ?? 0);
    if (d !== 0) delta.set(j, d);
  });
  const sum = delta.size === 0 ? before.sum : shiftSums(before.sum, k.fired, delta);
  const after = finishScores(sum, before.coreRisk, before.causeMask, params, k.openOrder);
  const tree = regionTreeOf(k.data);
  const counter = new PairCounter(tree, 6);
  const flipped = new Int32Array(n);
  const hh = k.data.households;
  const count = countFlips(
    before,
    after,
    tree.householdRegion,
    hh.category,
    hh.size,
    counter.data,
    flipped,
  );
  counter.rollUp();
  const flips = flipTable(
    flipped.subarray(0, count),
    hh,
    before,
    after,
    result.ruleSet.levels.bands.map((b) => b.id),
    ruleSet.levels.bands.map((b) => b.id),
  );
  const regions = tree.codes.map((regionCode, r) => ({
    regionCode,
    level: LEVELS[tree.level[r] ?? 2] ?? 'county',
    flipped: counter.count(r, 0),
    lampsUp: counter.count(r, 1),
    lampsDown: counter.count(r, 2),
    levelChanged: counter.count(r, 3),
    newlyDue: counter.count(r, 4),
    noLongerDue: counter.count(r, 5),
  }));
  return { ruleSet, flips, regions, columns: after };
}

/**
 * Lists the households whose lamps, level or due order changed in `flipped` and counts them per
 * village into `counts` (a 6-bucket pair counter's data: flipped, lamps up, lamps down, level
 * changed, newly due, no longer due); returns how many. Reads only typed arrays (see "Hot loops"
 * in docs/scoring/README.md).
 */
function countFlips(
  before: ScoreColumns,
  after: ScoreColumns,
  region: Int32Array,
  category: Int8Array,
  size: Float64Array,
  counts: Float64Array,
  flipped: Int32Array,
): number {
  const { lamps: lampsBefore, level: levelBefore, due: dueBefore } = before;
  const { lamps: lampsAfter, level: levelAfter, due: dueAfter } = after;
  let count = 0;
  for (let h = 0; h < flipped.length; h++) {
    const lb = lampsBefore[h] ?? 0;
    const la = lampsAfter[h] ?? 0;
    const levelChanged = levelBefore[h] !== levelAfter[h];
    const db = dueBefore[h] ?? 0;
    const da = dueAfter[h] ?? 0;
    if (lb === la && !levelChanged && db === da) continue;
    flipped[count++] = h;
    const r = region[h] ?? -1;
    if (r < 0) continue;
    const cat = category[h] ?? -1;
    const people = size[h] ?? 0;
    addPair(counts, 6, r, 0, cat, people);
    if (la !== lb) addPair(counts, 6, r, la > lb ? 1 : 2, cat, people);
    if (levelChanged) addPair(counts, 6, r, 3, cat, people);
    if (da !== db) addPair(counts, 6, r, da > db ? 4 : 5, cat, people);
  }
  return count;
}

/** The flip list: one row per flipped household, its scores, lamps, levels and due, before and after. */
function flipTable(
  rows: Int32Array,
  hh: EncodedHouseholds,
  before: ScoreColumns,
  after: ScoreColumns,
  bandsBefore: readonly string[],
  bandsAfter: readonly string[],
): ColumnTable {
  const m = rows.length;
  const householdId = new Array<unknown>(m);
  const regionCode = new Array<string | null>(m);
  const levelBefore = new Array<string | null>(m);
  const levelAfter = new Array<string | null>(m);
  const scoreBefore = new Float64Array(m);
  const scoreAfter = new Float64Array(m);
  const lampsBefore = new Uint8Array(m);
  const lampsAfter = new Uint8Array(m);
  const dueBefore = new Uint8Array(m);
  const dueAfter = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    const h = rows[i] ?? 0;
    householdId[i] = hh.ids[h];
    regionCode[i] = hh.villages[hh.village[h] ?? -1] ?? null;
    levelBefore[i] = bandsBefore[before.level[h] ?? 0] ?? null;
    levelAfter[i] = bandsAfter[after.level[h] ?? 0] ?? null;
    scoreBefore[i] = before.score[h] ?? 0;
    scoreAfter[i] = after.score[h] ?? 0;
    lampsBefore[i] = before.lamps[h] ?? 0;
    lampsAfter[i] = after.lamps[h] ?? 0;
    dueBefore[i] = before.due[h] ?? 0;
    dueAfter[i] = after.due[h] ?? 0;
  }
  return aq.table({
    householdId,
    regionCode,
    scoreBefore,
    scoreAfter,
    lampsBefore,
    lampsAfter,
    levelBefore,
    levelAfter,
    dueBefore,
    dueAfter,
  });
}

/** The rule set with the changes applied; validated, so a bad change fails with its JSON path. */
function changedRuleSet(ruleSet: RuleSet, c: WhatIfChanges): RuleSet {
  const ids = new Set(ruleSet.indicators.map((i) => i.id));
  for (const id of Object.keys(c.points ?? {})) {
    if (!ids.has(id)) throw new TypeError(`whatIf: unknown indicator ${id}`);
  }
  const af = ruleSet.method === 'alkireFoster';
  const changed = {
    ...ruleSet,
    version: `${ruleSet.version}+whatif`,
    indicators: ruleSet.indicators.map((i) => {
      const p = c.points?.[i.id];
      if (p === undefined) return i;
      return af ? { ...i, weight: p } : { ...i, points: p };
    }),
    ...(c.workOrderThreshold !== undefined ? { workOrderThreshold: c.workOrderThreshold } : {}),
    ...(c.k !== undefined ? { k: c.k } : {}),
    ...(c.lamps !== undefined ? { lamps: c.lamps } : {}),
    ...(c.levels !== undefined ? { levels: c.levels } : {}),
  };
  return assertRuleSet(changed);
}
