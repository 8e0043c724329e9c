import type { Localized } from '../i18n/localize.js';

/** Income sources of the income structure. */
export type IncomeSource = 'wage' | 'production' | 'transfer' | 'property';

/** Trend series. */
export type TrendSeries = 'newlyMonitored' | 'pushed' | 'eliminated';

/** Every string of `<sw-area-profile>` not shared with other elements. */
export interface AreaProfileStrings {
  readonly profile: string;
  readonly figures: string;
  readonly population: string;
  readonly monitored: string;
  readonly unresolved: string;
  readonly eliminated: string;
  /** Share of the monitored households, naming them as its base. */
  share(pct: string, monitored: string): string;
  readonly lampsTitle: string;
  lampsRow(lamps: number): string;
  lampsCaption(total: string, lit: string): string;
  readonly lampsHeader: string;
  readonly causesTitle: string;
  causesCaption(base: string, top: string | null): string;
  readonly causesEmpty: string;
  readonly causeHeader: string;
  readonly incomeTitle: string;
  readonly source: Readonly<Record<IncomeSource, string>>;
  incomeCaption(total: string, production: string): string;
  readonly incomeEmpty: string;
  readonly sourceHeader: string;
  readonly yuanHeader: string;
  readonly shareHeader: string;
  readonly measuresTitle: string;
  readonly coverage: string;
  measuresUnit(n: string): string;
  measuresCaption(measures: string, reached: string): string;
  readonly measuresEmpty: string;
  readonly kindHeader: string;
  readonly measuresHeader: string;
  trendTitle(months: number): string;
  readonly series: Readonly<Record<TrendSeries, string>>;
  trendCaption(newlyMonitored: string, pushed: string, eliminated: string): string;
  readonly monthHeader: string;
  /** Caption of the table of the period's totals per series, split by category. */
  trendTotalsTitle(months: number): string;
  readonly seriesHeader: string;
  month(month: string, withYear: boolean): string;
  readonly subRegionsEmpty: string;
  subRegionFigures(monitored: string, unresolved: string): string;
}

export const areaProfileStrings: Localized<AreaProfileStrings> = {
  'zh-CN': {
    profile: '区域画像',
    figures: '关键指标',
    population: '农户与人口',
    monitored: '监测对象',
    unresolved: '风险未消除',
    eliminated: '风险已消除',
    share: (pct, monitored) => `占监测对象 ${monitored}的 ${pct}`,
    lampsTitle: '预警灯分布',
    lampsRow: (lamps) => `${lamps} 盏灯`,
    lampsCaption: (total, lit) => `按亮灯数统计的农户（共 ${total}），亮起至少 1 盏灯的 ${lit}。`,
    lampsHeader: '亮灯数',
    causesTitle: '风险未消除户的风险类型',
    causesCaption: (base, top) =>
      `风险未消除的监测户 ${base}，按致贫返贫风险类型统计（一户可有多种）${top ? `，最多的是${top}` : ''}。`,
    causesEmpty: '没有风险未消除的监测户。',
    causeHeader: '风险类型',
    incomeTitle: '监测户收入结构',
    source: {
      wage: '工资性收入',
      production: '生产经营性收入',
      transfer: '转移性收入',
      property: '财产性收入',
    },
    incomeCaption: (total, production) =>
      `监测户全年收入合计 ${total}，按来源的占比；生产经营性收入占 ${production}。`,
    incomeEmpty: '没有监测户，无收入结构。',
    sourceHeader: '收入来源',
    yuanHeader: '金额',
    shareHeader: '占比',
    measuresTitle: '帮扶措施',
    coverage: '已落实帮扶的监测户',
    measuresUnit: (n) => `${n} 项`,
    measuresCaption: (measures, reached) =>
      `按措施类型统计的帮扶措施（共 ${measures}）及其覆盖的农户；已落实帮扶的监测户 ${reached}。`,
    measuresEmpty: '暂无帮扶措施。',
    kindHeader: '措施类型',
    measuresHeader: '措施项数',
    trendTitle: (months) => `近 ${months} 个月趋势`,
    series: { newlyMonitored: '新纳入监测', pushed: '预警推送', eliminated: '风险消除' },
    trendCaption: (newlyMonitored, pushed, eliminated) =>
      `每月新纳入监测、预警推送和风险消除的农户；期内合计新纳入 ${newlyMonitored}，推送 ${pushed}，消除 ${eliminated}。`,
    monthHeader: '月份',
    trendTotalsTitle: (months) => `近 ${months} 个月合计，按监测类别`,
    seriesHeader: '项目',
    month: (month, withYear) => {
      const [year = '', m = ''] = month.split('-');
      return withYear ? `${year}年${Number(m)}月` : `${Number(m)}月`;
    },
    subRegionsEmpty: '没有下辖区域。',
    subRegionFigures: (monitored, unresolved) => `监测 ${monitored}；未消除 ${unresolved}`,
  },
  en: {
    profile: 'Area profile',
    figures: 'Key figures',
    population: 'Households and people',
    monitored: 'Monitored households',
    unresolved: 'Risk not yet eliminated',
    eliminated: 'Risk eliminated',
    share: (pct, monitored) => `${pct} of the ${monitored} monitored`,
    lampsTitle: 'Warning lamps',
    lampsRow: (lamps) => `${lamps} ${lamps === 1 ? 'lamp' : 'lamps'}`,
    lampsCaption: (total, lit) =>
      `Households by lamps lit (${total} in all); ${lit} have at least one lamp lit.`,
    lampsHeader: 'Lamps lit',
    causesTitle: 'Causes of unresolved risk',
    causesCaption: (base, top) =>
      `Monitored households whose risk is not eliminated (${base}), by risk cause (a household may have several)${top ? `; the most common is ${top}` : ''}.`,
    causesEmpty: 'No monitored household has an unresolved risk.',
    causeHeader: 'Risk cause',
    incomeTitle: 'Income of monitored households',
    source: {
      wage: 'Wages',
      production: 'Own production',
      transfer: 'Transfers',
      property: 'Property',
    },
    incomeCaption: (total, production) =>
      `Yearly income of monitored households, ${total} in all, by source; own production is ${production}.`,
    incomeEmpty: 'No monitored household, so no income structure.',
    sourceHeader: 'Source',
    yuanHeader: 'Amount',
    shareHeader: 'Share',
    measuresTitle: 'Assistance measures',
    coverage: 'Monitored households with a measure',
    measuresUnit: (n) => `${n} ${n === '1' ? 'measure' : 'measures'}`,
    measuresCaption: (measures, reached) =>
      `Assistance measures by kind (${measures} in all) and the households they reached; monitored households with a measure: ${reached}.`,
    measuresEmpty: 'No assistance measure yet.',
    kindHeader: 'Kind',
    measuresHeader: 'Measures',
    trendTitle: (months) => `Last ${months} months`,
    series: {
      newlyMonitored: 'Newly monitored',
      pushed: 'Warnings pushed',
      eliminated: 'Risk eliminated',
    },
    trendCaption: (newlyMonitored, pushed, eliminated) =>
      `Households newly monitored, warned and with risk eliminated each month; in the period ${newlyMonitored} newly monitored, ${pushed} warned, ${eliminated} eliminated.`,
    monthHeader: 'Month',
    trendTotalsTitle: (months) => `Totals of the last ${months} months, by category`,
    seriesHeader: 'Series',
    month: (month, withYear) => {
      const [year = '', m = '1'] = month.split('-');
      const name = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(
        new Date(Date.UTC(Number(year), Number(m) - 1, 1)),
      );
      return withYear ? `${name} ${year}` : name;
    },
    subRegionsEmpty: 'No region below this one.',
    subRegionFigures: (monitored, unresolved) => `Monitored ${monitored}; unresolved ${unresolved}`,
  },
};
