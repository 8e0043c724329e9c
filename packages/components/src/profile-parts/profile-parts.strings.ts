import type { RegionLevel } from '@shouwang/scoring';
import type { Localized } from '../i18n/localize.js';

/** Strings both profile elements use: levels, units, rate bases, navigation. */
export interface ProfilePartsStrings {
  readonly level: Readonly<Record<RegionLevel, string>>;
  /** The "not monitored" split of a count. */
  readonly notMonitored: string;
  /** Separator between a household and a people count. */
  readonly pairSeparator: string;
  /** Column headers of the data tables. */
  readonly householdsHeader: string;
  readonly peopleHeader: string;
  /** A rate on households and on people. */
  rate(households: string, people: string): string;
  /** The base of a rate, e.g. "基数：监测户 5 户 · 21 人". */
  base(name: string, pair: string): string;
  /** Rate bases as scoring names them, translated; unknown bases are shown as given. */
  readonly bases: Readonly<Record<string, string>>;
  /** Shown for a rate with a zero base or a missing figure. */
  readonly none: string;
  /** Accessible name of the breadcrumb. */
  readonly breadcrumb: string;
  /** Heading of the sub-region list. */
  subRegions(level: string): string;
  /** A region's title with its level. */
  regionTitle(name: string, level: string): string;
  /** As-of line. */
  asOf(date: string): string;
  /** Shown when the region code is not among the profiles. */
  unknownRegion(code: string): string;
  /** Days, e.g. "3 天". */
  days(value: string): string;
  /** Yuan, e.g. "11.1万 元". */
  yuan(value: string): string;
}

export const profilePartsStrings: Localized<ProfilePartsStrings> = {
  'zh-CN': {
    level: { county: '县', township: '乡镇', village: '村' },
    notMonitored: '非监测户',
    pairSeparator: ' · ',
    householdsHeader: '户数',
    peopleHeader: '人数',
    rate: (households, people) => `按户 ${households} · 按人 ${people}`,
    base: (name, pair) => `基数：${name} ${pair}`,
    bases: {
      'monitored households': '监测户',
      'verified orders': '已核实工单',
      'confirmed verifications': '核实确认有风险的工单',
      'included orders': '已纳入监测的工单',
      'income of monitored households': '监测户收入',
    },
    none: '—',
    breadcrumb: '区域层级',
    subRegions: (level) => `下辖${level}`,
    regionTitle: (name, level) => `${name}（${level}）`,
    asOf: (date) => `数据截至 ${date}`,
    unknownRegion: (code) => `没有区划代码为 ${code} 的区域`,
    days: (value) => `${value} 天`,
    yuan: (value) => `${value} 元`,
  },
  en: {
    level: { county: 'county', township: 'township', village: 'village' },
    notMonitored: 'Not monitored',
    pairSeparator: ' · ',
    householdsHeader: 'Households',
    peopleHeader: 'People',
    rate: (households, people) => `${households} of households · ${people} of people`,
    base: (name, pair) => `Base: ${name}, ${pair}`,
    bases: {
      'monitored households': 'monitored households',
      'verified orders': 'verified work orders',
      'confirmed verifications': 'verifications confirming a risk',
      'included orders': 'orders included in monitoring',
      'income of monitored households': 'income of monitored households',
    },
    none: '—',
    breadcrumb: 'Region levels',
    subRegions: (level) => `${level.charAt(0).toUpperCase()}${level.slice(1)}s in this area`,
    regionTitle: (name, level) => `${name} (${level})`,
    asOf: (date) => `Data as of ${date}`,
    unknownRegion: (code) => `No region has the code ${code}`,
    days: (value) => `${value} ${value === '1' ? 'day' : 'days'}`,
    yuan: (value) => `${value} yuan`,
  },
};
