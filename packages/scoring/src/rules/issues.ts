import type { Text } from './types.js';

/**
 * One reason a rule set is refused. Errors are values, not exceptions: the validator returns all
 * of them at once, each with the JSON path of the offending value and a message in zh-CN and en.
 *
 * @example
 * { path: '$.indicators[2].points', code: 'negative', message: { zh: '…', en: '…' } }
 */
export interface RuleSetIssue {
  /** JSON path from the document root, e.g. `$.levels.bands[1].min`. */
  readonly path: string;
  /** A stable machine-readable code (see {@link ISSUE_CODES}). */
  readonly code: IssueCode;
  readonly message: Text;
}

/** Every code the validator can return. */
export const ISSUE_CODES = [
  'notObject',
  'notArray',
  'required',
  'unknownField',
  'type',
  'enum',
  'negative',
  'range',
  'date',
  'duplicateId',
  'unknownSource',
  'unknownDepartment',
  'unknownCode',
  'bandStart',
  'bandGap',
  'bandOverlap',
  'bandEnd',
  'weightsSum',
  'methodField',
] as const;
/** A validator issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

type Builder = (detail: string) => Text;

// Messages are data so that both languages stay side by side and translators see one table.
const MESSAGES: Record<IssueCode, Builder> = {
  notObject: () => ({ zh: '应为对象', en: 'must be an object' }),
  notArray: () => ({ zh: '应为数组', en: 'must be an array' }),
  required: (d) => ({ zh: `缺少必填字段 ${d}`, en: `missing required field ${d}` }),
  unknownField: (d) => ({ zh: `未知字段 ${d}`, en: `unknown field ${d}` }),
  type: (d) => ({ zh: `类型错误,应为${d}`, en: `wrong type, expected ${d}` }),
  enum: (d) => ({ zh: `取值无效,应为 ${d} 之一`, en: `invalid value, expected one of ${d}` }),
  negative: () => ({ zh: '此处不允许负数', en: 'must not be negative here' }),
  range: (d) => ({ zh: `超出范围:${d}`, en: `out of range: ${d}` }),
  date: () => ({ zh: '日期应为 YYYY-MM-DD', en: 'date must be YYYY-MM-DD' }),
  duplicateId: (d) => ({ zh: `编号重复:${d}`, en: `duplicate id: ${d}` }),
  unknownSource: (d) => ({ zh: `未知的指标来源 ${d}`, en: `unknown indicator source ${d}` }),
  unknownDepartment: (d) => ({
    zh: `部门 ${d} 不在规则集的部门目录中`,
    en: `department ${d} is not in the rule set's department catalogue`,
  }),
  unknownCode: (d) => ({ zh: `未知代码 ${d}`, en: `unknown code ${d}` }),
  bandStart: () => ({ zh: '第一个等级区间应从 0 开始', en: 'the first band must start at 0' }),
  bandGap: (d) => ({ zh: `等级区间之间有缺口:${d}`, en: `gap between bands: ${d}` }),
  bandOverlap: (d) => ({ zh: `等级区间重叠:${d}`, en: `bands overlap: ${d}` }),
  bandEnd: () => ({
    zh: '最后一个等级区间应无上限(max 为 null),其余区间必须有上限',
    en: 'only the last band may be open (max null), and it must be',
  }),
  weightsSum: (d) => ({ zh: `权重之和应为 1,实为 ${d}`, en: `weights must sum to 1, not ${d}` }),
  methodField: (d) => ({ zh: `与计分方法不符:${d}`, en: `does not fit the method: ${d}` }),
};

/**
 * Collects issues while a validator walks a document.
 *
 * @example
 * const issues = new IssueList();
 * issues.add('$.id', 'required', 'id');
 */
export class IssueList {
  readonly items: RuleSetIssue[] = [];

  /** Records one issue; `detail` fills the message in both languages. */
  add(path: string, code: IssueCode, detail = ''): void {
    this.items.push({ path, code, message: MESSAGES[code](detail) });
  }
}
