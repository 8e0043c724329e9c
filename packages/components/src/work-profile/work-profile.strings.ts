import type { Localized } from '../i18n/localize.js';

/** Stages of the process funnel. */
export type FunnelStage = 'pushed' | 'verified' | 'confirmed' | 'included' | 'eliminated';

/** Sortable columns of the sub-region ranking. */
export type RankingKey =
  | 'name'
  | 'pushed'
  | 'verifiedInTime'
  | 'medianDays'
  | 'overdue'
  | 'dataError'
  | 'backlog'
  | 'inclusionRate';

/** Every string of `<sw-work-profile>` not shared with other elements. */
export interface WorkProfileStrings {
  readonly profile: string;
  readonly figures: string;
  readonly pushed: string;
  readonly verifiedInTime: string;
  verifiedInTimeCount(pair: string): string;
  readonly medianDays: string;
  readonly medianDaysDetail: string;
  readonly overdue: string;
  readonly dataErrorShare: string;
  readonly backlog: string;
  readonly backlogDetail: string;
  readonly inclusionRate: string;
  readonly eliminationRate: string;
  readonly measuresPerMonitored: string;
  readonly measuresPerMonitoredDetail: string;
  readonly casesPerCaseworker: string;
  readonly casesPerCaseworkerDetail: string;
  readonly funnelTitle: string;
  readonly stage: Readonly<Record<FunnelStage, string>>;
  ofPushed(pct: string): string;
  funnelCaption(pushed: string, verified: string, included: string, eliminated: string): string;
  readonly funnelEmpty: string;
  readonly stageHeader: string;
  readonly ofPushedHeader: string;
  readonly stageDaysTitle: string;
  /** The caption of the stage-days table, naming its slowest step. */
  stageDaysCaption(slowest: string, days: string): string;
  readonly stageDaysEmpty: string;
  /** A step of the process, from one stage to the next. */
  step(from: string, to: string): string;
  readonly stepHeader: string;
  readonly medianHeader: string;
  readonly ordersHeader: string;
  /** A count of work orders with its unit, e.g. "3 单". */
  orders(count: number, formatted: string): string;
  rankingTitle(level: string): string;
  rankingCaption(level: string, column: string, descending: boolean): string;
  readonly column: Readonly<Record<RankingKey, string>>;
  readonly rankHeader: string;
  readonly flagHeader: string;
  sortBy(column: string): string;
  readonly rankingEmpty: string;
  readonly flagsTitle: string;
  readonly flagsEmpty: string;
}

export const workProfileStrings: Localized<WorkProfileStrings> = {
  'zh-CN': {
    profile: '工作画像',
    figures: '工作指标',
    pushed: '预警推送',
    verifiedInTime: '按期核实率',
    verifiedInTimeCount: (pair) => `按期核实 ${pair}`,
    medianDays: '核实用时中位数',
    medianDaysDetail: '从推送到入户核实',
    overdue: '逾期工单',
    dataErrorShare: '数据错误占比',
    backlog: '评议审批积压',
    backlogDetail: '已确认风险、尚未审批纳入',
    inclusionRate: '纳入率',
    eliminationRate: '风险消除率',
    measuresPerMonitored: '户均帮扶措施',
    measuresPerMonitoredDetail: '基数：监测户（按户计，措施不计人）',
    casesPerCaseworker: '专干人均在办工单',
    casesPerCaseworkerDetail: '基数：工单中记录的专干',
    funnelTitle: '工作流程漏斗',
    stage: {
      pushed: '预警推送',
      verified: '入户核实',
      confirmed: '确认有风险',
      included: '纳入监测',
      eliminated: '风险消除',
    },
    ofPushed: (pct) => `占推送 ${pct}`,
    funnelCaption: (pushed, verified, included, eliminated) =>
      `从预警推送到风险消除各环节的工单：推送 ${pushed}，核实 ${verified}，纳入 ${included}，消除 ${eliminated}。`,
    funnelEmpty: '暂无预警推送。',
    stageHeader: '环节',
    ofPushedHeader: '占推送（按户）',
    stageDaysTitle: '各环节用时',
    stageDaysCaption: (slowest, days) =>
      `每个环节从上一环节办结到本环节办结所用天数的中位数，及其所依据的工单数；没有工单经过的环节记为“—”。用时最长的环节是${slowest}（${days}）。`,
    stageDaysEmpty: '暂无工单经过任何环节。',
    step: (from, to) => `${from} → ${to}`,
    stepHeader: '环节',
    medianHeader: '用时中位数',
    ordersHeader: '依据工单',
    orders: (_count, formatted) => `${formatted} 单`,
    rankingTitle: (level) => `下辖${level}排名`,
    rankingCaption: (level, column, descending) =>
      `下辖${level}，按${column}${descending ? '从高到低' : '从低到高'}排列；点击表头可重新排序。`,
    column: {
      name: '名称',
      pushed: '推送',
      verifiedInTime: '按期核实率（按户）',
      medianDays: '核实中位天数',
      overdue: '逾期',
      dataError: '数据错误占比（按户）',
      backlog: '积压',
      inclusionRate: '纳入率（按户）',
    },
    rankHeader: '序号',
    flagHeader: '标记',
    sortBy: (column) => `按${column}排序`,
    rankingEmpty: '没有下辖区域。',
    flagsTitle: '红黄标记及原因',
    flagsEmpty: '本区域没有红色或黄色标记。',
  },
  en: {
    profile: 'Work profile',
    figures: 'Work figures',
    pushed: 'Warnings pushed',
    verifiedInTime: 'Verified in time',
    verifiedInTimeCount: (pair) => `${pair} verified in time`,
    medianDays: 'Median time to verify',
    medianDaysDetail: 'From the push to the home visit',
    overdue: 'Overdue work orders',
    dataErrorShare: 'Data-error share',
    backlog: 'Review and approval backlog',
    backlogDetail: 'Risk confirmed, not yet approved',
    inclusionRate: 'Inclusion rate',
    eliminationRate: 'Elimination rate',
    measuresPerMonitored: 'Measures per monitored household',
    measuresPerMonitoredDetail: 'Base: monitored households (measures count no people)',
    casesPerCaseworker: 'Open orders per caseworker',
    casesPerCaseworkerDetail: 'Base: caseworkers named in the orders',
    funnelTitle: 'Process funnel',
    stage: {
      pushed: 'Warning pushed',
      verified: 'Verified at home',
      confirmed: 'Risk confirmed',
      included: 'Included',
      eliminated: 'Risk eliminated',
    },
    ofPushed: (pct) => `${pct} of pushed`,
    funnelCaption: (pushed, verified, included, eliminated) =>
      `Work orders at each stage from warning to elimination: ${pushed} pushed, ${verified} verified, ${included} included, ${eliminated} eliminated.`,
    funnelEmpty: 'No warning pushed yet.',
    stageHeader: 'Stage',
    ofPushedHeader: 'Of pushed (households)',
    stageDaysTitle: 'Time per step',
    stageDaysCaption: (slowest, days) =>
      `Median days from one stage of the process to the next, with the number of work orders each median rests on; a step no order went through shows "—". The slowest step is ${slowest} (${days}).`,
    stageDaysEmpty: 'No work order has gone through any step yet.',
    step: (from, to) => `${from} → ${to}`,
    stepHeader: 'Step',
    medianHeader: 'Median time',
    ordersHeader: 'Orders',
    orders: (count, formatted) => `${formatted} ${count === 1 ? 'order' : 'orders'}`,
    rankingTitle: (level) => `Ranking of ${level}s`,
    rankingCaption: (level, column, descending) =>
      `The ${level}s in this area by ${column}, ${descending ? 'highest' : 'lowest'} first; choose a column header to sort again.`,
    column: {
      name: 'Name',
      pushed: 'Pushed',
      verifiedInTime: 'Verified in time (households)',
      medianDays: 'Median days to verify',
      overdue: 'Overdue',
      dataError: 'Data errors (households)',
      backlog: 'Backlog',
      inclusionRate: 'Inclusion rate (households)',
    },
    rankHeader: 'No.',
    flagHeader: 'Flag',
    sortBy: (column) => `Sort by ${column}`,
    rankingEmpty: 'No region below this one.',
    flagsTitle: 'Red and yellow flags with reasons',
    flagsEmpty: 'No red or yellow flag in this area.',
  },
};
