import {
  SPLITS,
  type Count,
  type Pair,
  type Rate,
  type RegionProfile,
  type Split,
} from '@shouwang/scoring';
import type { LocalizeController } from '../i18n/localize.js';
import { profilePartsStrings, type ProfilePartsStrings } from './profile-parts.strings.js';

/** One line of a count's split by monitored category. */
export interface SplitLine {
  readonly split: Split;
  readonly label: string;
  readonly text: string;
}

/**
 * Formats profile figures as officials read them (DOMAIN §7): every count as households (户)
 * and people (人), every rate on both bases with its base named, numbers in 万 for Chinese.
 */
export class FigureFormat {
  constructor(private readonly localize: LocalizeController) {}

  /** The shared strings in the language in force. */
  get strings(): ProfilePartsStrings {
    return this.localize.pick(profilePartsStrings);
  }

  households(n: number): string {
    return this.localize.term.householdsUnit(this.localize.count(n));
  }

  people(n: number): string {
    return this.localize.term.peopleUnit(this.localize.count(n));
  }

  /** "5 户 · 21 人". */
  pair(pair: Pair): string {
    return `${this.households(pair.households)}${this.strings.pairSeparator}${this.people(pair.people)}`;
  }

  /** A share as a percentage with at most one decimal; "—" for null. */
  percent(value: number | null): string {
    if (value === null || !Number.isFinite(value)) return this.strings.none;
    return new Intl.NumberFormat(this.localize.lang, {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(value);
  }

  /** A plain number with at most one decimal; "—" for null. */
  number(value: number | null): string {
    if (value === null || !Number.isFinite(value)) return this.strings.none;
    return new Intl.NumberFormat(this.localize.lang, { maximumFractionDigits: 1 }).format(value);
  }

  /** "按户 40% · 按人 38.1%". */
  rate(rate: Rate): string {
    return this.strings.rate(this.percent(rate.households), this.percent(rate.people));
  }

  /** The base's name in the language in force. */
  baseName(base: string): string {
    return this.strings.bases[base] ?? base;
  }

  /** "基数：监测户 5 户 · 21 人". */
  base(rate: Rate): string {
    return this.strings.base(this.baseName(rate.base), this.pair(rate.denominator));
  }

  /** The name of one split: a monitored category or "not monitored". */
  splitLabel(split: Split): string {
    return split === 'none' ? this.strings.notMonitored : this.localize.term.category[split];
  }

  /** A count's split by monitored category; `none` (not monitored) only when asked and non-zero. */
  split(count: Count, withNone = false): SplitLine[] {
    return SPLITS.filter((split) => split !== 'none' || withNone)
      .filter((split) => split !== 'none' || count.byCategory.none.households > 0)
      .map((split) => ({
        split,
        label: this.splitLabel(split),
        text: this.pair(count.byCategory[split]),
      }));
  }

  /** A region's name, or its code where the regions table gave none. */
  name(region: Pick<RegionProfile, 'name' | 'regionCode'>): string {
    return region.name ?? region.regionCode;
  }

  /** "南昌县（县）". */
  title(region: RegionProfile): string {
    return this.strings.regionTitle(this.name(region), this.strings.level[region.level]);
  }
}
