import type { FlagRule, Text } from '../rules/types.js';
import type { ScoreResult } from '../score.js';
import type { OrderFacts } from '../workorders/work-orders.js';
import type { AreaCounts } from './area-profile.js';
import { rollUpBlocks } from './counts.js';
import { LEVELS, type RegionLevel, type RegionTree } from './regions.js';
import type { WorkCount, WorkCounts } from './work-profile.js';

/** One reason a region is flagged: the rule, the figure that tripped it and the rule's threshold. */
export interface FlagReason {
  readonly kind: FlagRule['kind'];
  readonly flag: 'red' | 'yellow';
  readonly value: number;
  readonly threshold: number;
  readonly message: Text;
}

/** A flagged village or township (红色/黄色村): red when any reason is red. */
export interface RegionFlag {
  readonly regionCode: string;
  readonly name: string | null;
  readonly level: RegionLevel;
  readonly flag: 'red' | 'yellow';
  readonly reasons: readonly FlagReason[];
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * Applies the rule set's flag rules to every village and township. Each rule is data (its kind
 * and thresholds); each reason carries the figure, the threshold and a sentence in both languages.
 */
export function regionFlags(
  result: ScoreResult,
  tree: RegionTree,
  facts: OrderFacts,
  area: AreaCounts,
  work: WorkCounts,
): RegionFlag[] {
  const rules = result.ruleSet.flags;
  const out: RegionFlag[] = [];
  const overdueByLamps = new Map<number, Float64Array>();
  const stalled = perRegion(
    tree,
    facts,
    (o) => facts.outcome[o] === 0 && (facts.overdue[o] ?? -1) >= 1,
  );
  tree.codes.forEach((code, r) => {
    const level = LEVELS[tree.level[r] ?? 2] ?? 'county';
    const list = level === 'village' ? rules.village : level === 'township' ? rules.township : [];
    const reasons: FlagReason[] = [];
    const w = (figure: WorkCount) => work.households(r, figure);
    // A rate of households, as the work profile gives it: null over none.
    const share = (of: WorkCount, over: WorkCount, region = r) => {
      const base = work.households(region, over);
      return base === 0 ? null : work.households(region, of) / base;
    };
    const parent = tree.parent[r] ?? -1;
    const check = (rule: FlagRule): FlagReason | null => {
      const reason = (value: number, threshold: number, zh: string, en: string): FlagReason => ({
        kind: rule.kind,
        flag: rule.flag,
        value,
        threshold,
        message: { zh, en },
      });
      switch (rule.kind) {
        case 'overdueHighLamps': {
          let counts = overdueByLamps.get(rule.minLamps);
          if (!counts) {
            const lamps = result.kernel.columns.lamps;
            counts = perRegion(
              tree,
              facts,
              (o) =>
                (facts.overdue[o] ?? -1) >= 0 &&
                (lamps[facts.household[o] ?? -1] ?? 0) >= rule.minLamps,
            );
            overdueByLamps.set(rule.minLamps, counts);
          }
          const n = counts[r] ?? 0;
          return n > 0
            ? reason(
                n,
                rule.minLamps,
                `${n} 户亮灯 ≥ ${rule.minLamps} 盏且工单逾期`,
                `${n} households with ≥ ${rule.minLamps} lamps have an overdue order`,
              )
            : null;
        }
        case 'confirmedNoMeasureOverdue': {
          const n = stalled[r] ?? 0;
          return n > 0
            ? reason(
                n,
                0,
                `${n} 户风险已确认但逾期未落实帮扶`,
                `${n} confirmed risks past their deadline without a measure`,
              )
            : null;
        }
        case 'zeroMonitoredWithPushes': {
          const pushed = w('pushed');
          return area.monitored(r) === 0 && pushed >= rule.minPushes
            ? reason(
                pushed,
                rule.minPushes,
                `推送预警 ${pushed} 户但监测对象为零`,
                `${pushed} warnings pushed but no monitored household`,
              )
            : null;
        }
        case 'inclusionRateBelowParent': {
          const own = share('included', 'confirmed');
          const up = parent >= 0 ? share('included', 'confirmed', parent) : null;
          if (own === null || up === null || w('confirmed') < rule.minConfirmed) return null;
          return own < up * rule.factor
            ? reason(
                own,
                up * rule.factor,
                `纳入率 ${pct(own)}，远低于上级的 ${pct(up)}`,
                `inclusion rate ${pct(own)}, far below the parent's ${pct(up)}`,
              )
            : null;
        }
        case 'verifiedInTimeShareBelow': {
          const inTime = share('inTime', 'verified');
          return inTime !== null && inTime < rule.share
            ? reason(
                inTime,
                rule.share,
                `按期核实率 ${pct(inTime)}，低于 ${pct(rule.share)}`,
                `verified in time ${pct(inTime)}, below ${pct(rule.share)}`,
              )
            : null;
        }
        case 'dataErrorShareAbove': {
          const errors = share('dataError', 'verified');
          return errors !== null && errors > rule.share
            ? reason(
                errors,
                rule.share,
                `数据错误占核实 ${pct(errors)}，高于 ${pct(rule.share)}`,
                `data errors ${pct(errors)} of verifications, above ${pct(rule.share)}`,
              )
            : null;
        }
        case 'manyPushesFewInclusions': {
          const pushed = w('pushed');
          const ratio = pushed === 0 ? 0 : w('included') / pushed;
          return pushed >= rule.minPushes && ratio <= rule.maxInclusionRate
            ? reason(
                ratio,
                rule.maxInclusionRate,
                `推送 ${pushed} 户,纳入仅 ${pct(ratio)}`,
                `${pushed} pushed, only ${pct(ratio)} included`,
              )
            : null;
        }
      }
    };
    for (const rule of list) {
      const reason = check(rule);
      if (reason) reasons.push(reason);
    }
    if (reasons.length > 0) {
      const flag = reasons.some((x) => x.flag === 'red') ? 'red' : 'yellow';
      out.push({ regionCode: code, name: tree.names[r] ?? null, level, flag, reasons });
    }
  });
  return out;
}

/** Orders passing `test`, counted per region and rolled up. */
function perRegion(
  tree: RegionTree,
  f: OrderFacts,
  test: (order: number) => boolean,
): Float64Array {
  const counts = new Float64Array(tree.codes.length);
  for (let o = 0; o < f.n; o++) {
    const h = f.household[o] ?? -1;
    const r = h < 0 ? -1 : (tree.householdRegion[h] ?? -1);
    if (r >= 0 && test(o)) counts[r] = (counts[r] ?? 0) + 1;
  }
  rollUpBlocks(tree, counts, 1);
  return counts;
}
