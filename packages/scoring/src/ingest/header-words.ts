import { countUnits, moneyUnits, numberUnits } from './coerce-number.js';
import type { IngestTableName } from './problems.js';

/**
 * Header names (Chinese and English, with common synonyms) for each canonical column, by table.
 * Matching ignores case, width, spaces, `_`, `-`, a leading `*` (required-field marks in
 * templates) and a trailing unit in brackets, so `人均纯收入（元）` and `income_per_capita` match.
 *
 * @example
 * ingestHeaderWords.members.personId; // ['身份证号', '身份证号码', …]
 */
export const ingestHeaderWords: Readonly<
  Record<IngestTableName, Readonly<Record<string, readonly string[]>>>
> = {
  regions: {
    regionCode: [
      '区划代码',
      '行政区划代码',
      '区划编码',
      '行政区划编码',
      '统计用区划代码',
      '代码',
      'code',
      'adcode',
      'region_code',
    ],
    name: ['名称', '区划名称', '地区名称', '行政区划名称', '单位名称', 'region_name'],
    level: ['级别', '层级', '区划级别', '行政级别'],
    parentCode: ['上级代码', '上级区划代码', '父级代码', '上级编码', 'parent', 'parent_code'],
  },
  households: {
    householdId: ['户编号', '户号', '户编码', '家庭编号', '户id', 'household_id', 'hh_id'],
    regionCode: [
      '村代码',
      '村编码',
      '所在村代码',
      '行政区划代码',
      '区划代码',
      '村级区划代码',
      'village_code',
      'villagecode',
      'region_code',
    ],
    headName: ['户主姓名', '户主', 'head_name', 'head'],
    phone: ['联系电话', '电话', '手机号', '手机号码', '电话号码', 'tel', 'mobile'],
    size: [
      '家庭人口数',
      '人口数',
      '家庭人数',
      '户籍人口数',
      '家庭人口',
      '人数',
      'household_size',
      'members',
    ],
    category: ['监测对象类别', '监测对象类型', '户类型', '户类别', '监测类型', '监测类别'],
    monitoredSince: [
      '纳入监测日期',
      '纳入监测时间',
      '纳入监测年月',
      '纳入时间',
      '识别时间',
      '识别日期',
      'monitored_since',
    ],
    incomePerCapita: [
      '人均纯收入',
      '家庭人均纯收入',
      '人均收入',
      '年人均纯收入',
      'income_per_capita',
    ],
    incomeWage: ['工资性收入', '务工收入', 'income_wage', 'wage_income'],
    incomeProduction: ['生产经营性收入', '生产经营收入', '经营性收入', 'income_production'],
    incomeTransfer: ['转移性收入', 'income_transfer'],
    incomeProperty: ['财产性收入', 'income_property'],
    lon: ['经度', 'lng', 'longitude', 'x'],
    lat: ['纬度', 'latitude', 'y'],
  },
  members: {
    personId: [
      '身份证号',
      '身份证号码',
      '证件号码',
      '公民身份号码',
      '身份证',
      '证件号',
      'id_number',
      'idnumber',
      'person_id',
    ],
    householdId: ['户编号', '户号', '户编码', '家庭编号', '户id', 'household_id', 'hh_id'],
    name: ['姓名', '成员姓名', '人员姓名', 'person_name'],
    relation: ['与户主关系', '与户主的关系', '家庭关系', '关系'],
    birthDate: ['出生日期', '出生年月', '出生年月日', '生日', 'birth_date', 'dob', 'birthday'],
    laborAbility: ['劳动能力', '劳动技能', 'labor_ability', 'labour_ability'],
    health: ['健康状况', '健康情况', 'health_status'],
    disability: ['残疾等级', '残疾级别', '残疾情况', 'disability_grade'],
    schooling: ['在校生情况', '在校情况', '在校生状况', '就学情况', 'school_status'],
  },
  departmentRecords: {
    key: ['关联编号', '户编号或身份证号', '主键', '对象编号', '编号'],
    keyType: ['编号类型', '主键类型', '对象类型', 'key_type'],
    department: ['部门', '数据来源部门', '来源部门', '行业部门', 'dept'],
    indicator: ['指标', '指标代码', '指标编码', '指标名称', 'indicator_id'],
    value: ['值', '指标值', '数值', 'val'],
    period: ['月份', '统计月份', '数据月份', '期间', '年月', 'month'],
  },
  workEvents: {
    orderId: ['工单号', '工单编号', '工单id', 'order_id', 'work_order'],
    householdId: ['户编号', '户号', '户编码', 'household_id', 'hh_id'],
    stage: ['环节', '阶段', '工单环节', '流程环节', '办理环节'],
    date: ['日期', '办理日期', '办理时间', '时间'],
    outcome: ['结果', '核实结果', '办理结果'],
    actor: ['办理人', '经办人', '专干', '处理人', '核实人'],
  },
  measures: {
    householdId: ['户编号', '户号', '户编码', 'household_id', 'hh_id'],
    kind: ['措施类型', '帮扶措施', '帮扶措施类型', '措施', '帮扶类型'],
    date: ['日期', '实施日期', '落实日期', '帮扶日期', '帮扶时间'],
    amount: ['金额', '帮扶金额', '资金', '资金金额', '补助金额'],
  },
};

/**
 * Units a header may carry in brackets: exactly those a column can apply to its values (money,
 * number and count units, with their multipliers in coerce-number), so that a unit ingest
 * recognises in a header is one it can convert.
 */
const headerUnits: ReadonlySet<string> = new Set([
  ...Object.keys(moneyUnits),
  ...Object.keys(numberUnits),
  ...Object.keys(countUnits),
]);

/**
 * Splits a header into its normalised name and the unit in trailing brackets, if it is one
 * ingest knows: `人均纯收入（万元）` → `{ key: '人均纯收入', unit: '万元' }`.
 *
 * @example
 * normalizeHeader(' *Household_ID '); // { key: 'householdid', unit: null }
 */
export function normalizeHeader(header: string): { key: string; unit: string | null } {
  let text = header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^\*+/, '');
  let unit: string | null = null;
  const m = /^(.*?)[([]\s*([^()[\]]+?)\s*[)\]]$/.exec(text);
  if (m?.[1] && m[2] !== undefined && headerUnits.has(m[2])) {
    unit = m[2];
    text = m[1];
  }
  return { key: text.replace(/[\s_\-*]+/g, '').toLowerCase(), unit };
}
