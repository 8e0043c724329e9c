import type { Localized } from '../i18n/localize.js';

/** The strings of `<sw-household-card>` that the shared domain terms do not hold. */
export interface HouseholdCardStrings {
  /** Accessible name of the card, e.g. "户 H01". */
  cardLabel(householdId: string): string;
  /** The heading: masked or revealed head name and household id. */
  title(headName: string, householdId: string): string;
  /** "as of" line under the heading. */
  asOf(date: string, ruleSet: string): string;
  readonly openRecord: string;
  readonly figures: string;
  readonly score: string;
  points(value: string): string;
  readonly lamps: string;
  readonly level: string;
  readonly alert: string;
  alertYes(threshold: string): string;
  alertNo(threshold: string): string;
  readonly category: string;
  readonly notMonitored: string;
  readonly monitoredSince: string;
  readonly size: string;
  readonly incomePerCapita: string;
  yuanPerPerson(value: string): string;
  readonly phone: string;
  readonly village: string;
  readonly causes: string;
  readonly noCauses: string;
  readonly explanation: string;
  readonly risk: string;
  readonly resilience: string;
  readonly core: string;
  readonly noIndicators: string;
  floorAdjustment(points: string): string;
  lampsByPoints(from: number, to: number, perLamp: string): string;
  lampByCore(lamp: number, indicators: string): string;
  toNextLamp(points: string, lamp: number): string;
  readonly allLampsLit: string;
  clearingRemove(indicator: string, points: string, after: string, threshold: string): string;
  clearingAdd(indicator: string, points: string, after: string, threshold: string): string;
  readonly clearingNone: string;
  belowThreshold(threshold: string): string;
  readonly members: string;
  readonly noMembers: string;
  readonly personId: string;
  readonly age: string;
  years(age: number): string;
  readonly relationLabel: string;
  readonly labor: string;
  readonly health: string;
  readonly disabilityLabel: string;
  readonly schoolingLabel: string;
  readonly relation: Readonly<Record<string, string>>;
  readonly laborAbility: Readonly<Record<string, string>>;
  readonly healthStatus: Readonly<Record<string, string>>;
  disability(grade: string): string;
  readonly schooling: Readonly<Record<string, string>>;
  readonly measures: string;
  readonly noMeasures: string;
  yuan(value: string): string;
  readonly timeline: string;
  readonly noOrders: string;
  order(orderId: string): string;
  readonly newOrder: string;
  readonly closed: string;
  readonly openOrder: string;
  readonly done: string;
  readonly waiting: string;
  due(date: string): string;
  overdue(days: number): string;
  late(days: number): string;
  actor(id: string): string;
  readonly notGiven: string;
  readonly masked: string;
}

const zhRelation = {
  head: '户主',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandchild: '孙子女',
  other: '其他',
};

export const householdCardStrings: Localized<HouseholdCardStrings> = {
  'zh-CN': {
    cardLabel: (id) => `户 ${id}`,
    title: (name, id) => `${name} 户（${id}）`,
    asOf: (date, ruleSet) => `截至 ${date} · ${ruleSet}`,
    openRecord: '查看档案',
    figures: '概况',
    score: '风险积分',
    points: (value) => `${value} 分`,
    lamps: '预警灯',
    level: '风险等级',
    alert: '核实工单',
    alertYes: (t) => `达到预警线（${t} 分）`,
    alertNo: (t) => `未达预警线（${t} 分）`,
    category: '监测类别',
    notMonitored: '未纳入监测',
    monitoredSince: '纳入监测日期',
    size: '家庭人口',
    incomePerCapita: '人均纯收入',
    yuanPerPerson: (v) => `${v} 元/人·年`,
    phone: '联系电话',
    village: '所在村',
    causes: '风险类型',
    noCauses: '无风险类型',
    explanation: '积分说明',
    risk: '风险指标',
    resilience: '抵御风险指标',
    core: '核心指标',
    noIndicators: '没有指标触发',
    floorAdjustment: (p) => `积分不低于 0：补 ${p} 分`,
    lampsByPoints: (from, to, per) =>
      from === to
        ? `第 ${from} 盏灯：积分（每 ${per} 分一盏）`
        : `第 ${from}–${to} 盏灯：积分（每 ${per} 分一盏）`,
    lampByCore: (lamp, ind) => `第 ${lamp} 盏灯：核心指标（${ind}）`,
    toNextLamp: (p, lamp) => `再加 ${p} 分亮第 ${lamp} 盏灯`,
    allLampsLit: '预警灯已全亮',
    clearingRemove: (ind, p, after, t) =>
      `若「${ind}」不再出现（减 ${p} 分），积分降到 ${after} 分，低于预警线 ${t} 分，预警解除`,
    clearingAdd: (ind, p, after, t) =>
      `若出现「${ind}」（减 ${p} 分），积分降到 ${after} 分，低于预警线 ${t} 分，预警解除`,
    clearingNone: '没有单项变化能解除预警',
    belowThreshold: (t) => `积分低于预警线 ${t} 分，无需核实`,
    members: '家庭成员',
    noMembers: '无成员数据',
    personId: '身份证号',
    age: '年龄',
    years: (age) => `${age} 岁`,
    relationLabel: '与户主关系',
    labor: '劳动能力',
    health: '健康状况',
    disabilityLabel: '残疾等级',
    schoolingLabel: '在校情况',
    relation: zhRelation,
    laborAbility: { full: '有劳动能力', partial: '弱劳动能力', none: '无劳动能力' },
    healthStatus: { healthy: '健康', chronic: '慢性病', serious: '重病' },
    disability: (g) => (g === 'none' || g === '' ? '无' : `${g} 级`),
    schooling: {
      none: '不在校',
      preschool: '学前',
      primary: '小学',
      junior: '初中',
      senior: '高中',
      college: '大学',
      dropout: '失学辍学',
    },
    measures: '帮扶措施',
    noMeasures: '暂无帮扶措施',
    yuan: (v) => `${v} 元`,
    timeline: '工作流程',
    noOrders: '暂无核实工单',
    order: (id) => `工单 ${id}`,
    newOrder: '本次评分新生成，待推送',
    closed: '已办结',
    openOrder: '办理中',
    done: '已完成',
    waiting: '待办',
    due: (d) => `期限 ${d}`,
    overdue: (days) => `逾期 ${days} 天`,
    late: (days) => `超期 ${days} 天完成`,
    actor: (id) => `专干 ${id}`,
    notGiven: '未提供',
    masked: '已脱敏',
  },
  en: {
    cardLabel: (id) => `Household ${id}`,
    title: (name, id) => `${name} household (${id})`,
    asOf: (date, ruleSet) => `As of ${date} · ${ruleSet}`,
    openRecord: 'Open record',
    figures: 'Overview',
    score: 'Risk score',
    points: (value) => `${value} points`,
    lamps: 'Warning lamps',
    level: 'Risk level',
    alert: 'Verification',
    alertYes: (t) => `At or over the threshold (${t} points)`,
    alertNo: (t) => `Under the threshold (${t} points)`,
    category: 'Monitored category',
    notMonitored: 'Not monitored',
    monitoredSince: 'Monitored since',
    size: 'Household size',
    incomePerCapita: 'Income per capita',
    yuanPerPerson: (v) => `¥${v} per person a year`,
    phone: 'Phone',
    village: 'Village',
    causes: 'Risk causes',
    noCauses: 'No risk cause',
    explanation: 'Why this score',
    risk: 'Risk',
    resilience: 'Resilience',
    core: 'Core indicator',
    noIndicators: 'No indicator fired',
    floorAdjustment: (p) => `Score floored at 0: ${p} points added`,
    lampsByPoints: (from, to, per) =>
      from === to
        ? `Lamp ${from}: points (one per ${per} points)`
        : `Lamps ${from}–${to}: points (one per ${per} points)`,
    lampByCore: (lamp, ind) => `Lamp ${lamp}: core indicator (${ind})`,
    toNextLamp: (p, lamp) => `${p} more points light lamp ${lamp}`,
    allLampsLit: 'All lamps are lit',
    clearingRemove: (ind, p, after, t) =>
      `If “${ind}” stopped (−${p} points), the score would fall to ${after}, under the threshold of ${t}: the alert clears`,
    clearingAdd: (ind, p, after, t) =>
      `If “${ind}” applied (−${p} points), the score would fall to ${after}, under the threshold of ${t}: the alert clears`,
    clearingNone: 'No single change clears the alert',
    belowThreshold: (t) => `Under the threshold of ${t} points: no verification needed`,
    members: 'Members',
    noMembers: 'No member data',
    personId: 'ID number',
    age: 'Age',
    years: (age) => `${age}`,
    relationLabel: 'Relation',
    labor: 'Labour ability',
    health: 'Health',
    disabilityLabel: 'Disability',
    schoolingLabel: 'Schooling',
    relation: {
      head: 'Head',
      spouse: 'Spouse',
      child: 'Child',
      parent: 'Parent',
      grandchild: 'Grandchild',
      other: 'Other',
    },
    laborAbility: { full: 'Full', partial: 'Partial', none: 'None' },
    healthStatus: { healthy: 'Healthy', chronic: 'Chronic illness', serious: 'Serious illness' },
    disability: (g) => (g === 'none' || g === '' ? 'None' : `Grade ${g}`),
    schooling: {
      none: 'Not in school',
      preschool: 'Preschool',
      primary: 'Primary',
      junior: 'Junior secondary',
      senior: 'Senior secondary',
      college: 'College',
      dropout: 'Dropped out',
    },
    measures: 'Assistance measures',
    noMeasures: 'No measures yet',
    yuan: (v) => `¥${v}`,
    timeline: 'Process',
    noOrders: 'No verification work order',
    order: (id) => `Work order ${id}`,
    newOrder: 'New from this scoring, to be pushed',
    closed: 'Closed',
    openOrder: 'Open',
    done: 'Done',
    waiting: 'To do',
    due: (d) => `due ${d}`,
    overdue: (days) => `${days} ${days === 1 ? 'day' : 'days'} overdue`,
    late: (days) => `done ${days} ${days === 1 ? 'day' : 'days'} late`,
    actor: (id) => `caseworker ${id}`,
    notGiven: 'Not given',
    masked: 'masked',
  },
};
