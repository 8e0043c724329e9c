/**
 * Problems (问题) that ingest reports: every rejected row and every warning is one of these, with
 * a code from {@link ingestMessages} and a message in both languages. docs/ingest.md lists them all.
 */

/**
 * The canonical tables of docs/data-model.md, in the order `readTables` reads them
 * (each table's references point to tables before it).
 *
 * @example
 * INGEST_TABLES.includes('members'); // true
 */
export const INGEST_TABLES = [
  'regions',
  'households',
  'members',
  'departmentRecords',
  'workEvents',
  'measures',
] as const;
/** One canonical table name. */
export type IngestTableName = (typeof INGEST_TABLES)[number];

/** Details a message template may use; all optional. */
export interface ProblemDetail {
  readonly expected?: string | number;
  readonly actual?: string | number;
  readonly min?: number;
  readonly max?: number;
  readonly firstRow?: number;
  /** The file (or sheet) of `firstRow`, when it is not the problem's own. */
  readonly firstFile?: string;
  readonly count?: number;
  readonly reason?: string;
}

type Template = (d: ProblemDetail, column: string) => string;

function entry(zh: Template, en: Template): { readonly zh: Template; readonly en: Template } {
  return { zh, en };
}

const s = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

/**
 * Every problem code ingest can report, with its message templates (zh-CN and en). The templates
 * are plain functions over the problem's details, so nothing is compiled from strings.
 *
 * Codes starting `file.` or `header.` concern a whole file (their `row` is null); the others one
 * cell or one record.
 *
 * @example
 * ingestMessages['personId.checkDigit'].en({ expected: '2', actual: '1' }, 'personId');
 */
export const ingestMessages = {
  'file.fetch': entry(
    (d) => `无法读取文件：${s(d.reason)}`,
    (d) => `the file could not be read: ${s(d.reason)}`,
  ),
  'file.format': entry(
    (d) => `无法识别或解析文件格式：${s(d.reason)}`,
    (d) => `the file format is not recognised or the file is damaged: ${s(d.reason)}`,
  ),
  'file.empty': entry(
    () => '文件没有任何数据',
    () => 'the file holds no data',
  ),
  'file.sheet': entry(
    (d) => `工作簿中没有名为“${s(d.expected)}”的工作表（现有：${s(d.actual)}）`,
    (d) => `the workbook has no sheet "${s(d.expected)}" (it has: ${s(d.actual)})`,
  ),
  'file.noHeader': entry(
    (d) => `前 ${s(d.count)} 行中找不到表头：没有一行包含至少两个已知列名`,
    (d) => `no header row in the first ${s(d.count)} rows: no row names at least two known columns`,
  ),
  'file.tableUnknown': entry(
    (d) => `无法判断这是哪张表（可能是：${s(d.actual)}），请用 table 选项指定`,
    (d) => `cannot tell which table this is (candidates: ${s(d.actual)}); pass the table option`,
  ),
  'header.missingColumn': entry(
    (_d, c) => `缺少必需的列“${c}”，整个文件未导入`,
    (_d, c) => `the required column "${c}" is missing, so no row of the file was imported`,
  ),
  'header.missingOptional': entry(
    (d) => `文件中没有这些列，已填为空值：${s(d.actual)}`,
    (d) => `the file lacks these columns, filled with null: ${s(d.actual)}`,
  ),
  'header.duplicate': entry(
    (d) => `有两列都对应“${s(d.expected)}”，采用第一列，此列按原列名保留`,
    (d) =>
      `two columns map to "${s(d.expected)}": the first is used, this one is kept under its own name`,
  ),
  'header.blank': entry(
    (_d, c) => `表头为空的列已命名为“${c}”`,
    (_d, c) => `a column with an empty header was named "${c}"`,
  ),
  'header.titleRows': entry(
    (d) => `表头在第 ${s(d.actual)} 行，上方 ${s(d.count)} 行（标题等）已跳过`,
    (d) =>
      `the header is on row ${s(d.actual)}; the ${s(d.count)} row(s) above it (titles) were skipped`,
  ),
  'csv.fieldCount': entry(
    (d) => `该行有 ${s(d.actual)} 个字段，表头有 ${s(d.expected)} 个`,
    (d) => `the record has ${s(d.actual)} fields but the header has ${s(d.expected)}`,
  ),
  'row.beyondHeader': entry(
    (d) => `第 ${s(d.actual)} 列有值，但表头只有 ${s(d.expected)} 列`,
    (d) => `column ${s(d.actual)} holds a value but the header has only ${s(d.expected)} columns`,
  ),
  'csv.unclosedQuote': entry(
    () => '引号未闭合：从这里到文件末尾都在一个字段里',
    () => 'a quote is never closed: everything from here to the end of the file is one field',
  ),
  'csv.textAfterQuote': entry(
    () => '引号闭合后、分隔符前还有文字',
    () => 'text follows a closing quote before the next delimiter',
  ),
  'csv.strayQuote': entry(
    () => '未加引号的字段中出现引号（RFC 4180 要求整个字段加引号并把引号写两遍）',
    () =>
      'a quote inside an unquoted field (RFC 4180 wants the field quoted and the quote doubled)',
  ),
  'value.required': entry(
    (_d, c) => `必填项“${c}”为空`,
    (_d, c) => `the required value "${c}" is empty`,
  ),
  'value.nulled': entry(
    (d) => `值无效（${s(d.reason)}），按设置改为空值`,
    (d) => `invalid value (${s(d.reason)}) set to null as configured`,
  ),
  'value.derived': entry(
    (d) => `“${s(d.expected)}”由${s(d.reason)}推出（共 ${s(d.count)} 行）`,
    (d) => `"${s(d.expected)}" was derived from ${s(d.reason)} (${s(d.count)} rows)`,
  ),
  'number.invalid': entry(
    () => '不是数字',
    () => 'not a number',
  ),
  'number.ambiguous': entry(
    () => '数字中的逗号含义不明（千位分隔符还是小数点？），请用 decimal 选项说明',
    () => 'the comma is ambiguous (thousands separator or decimal mark?); set the decimal option',
  ),
  'number.unit': entry(
    (d) => `单位“${s(d.actual)}”不适用于此列`,
    (d) => `the unit "${s(d.actual)}" does not fit this column`,
  ),
  'number.unitConverted': entry(
    (d) => `已按单位换算：${s(d.reason)}（共 ${s(d.count)} 个值）`,
    (d) => `converted by unit: ${s(d.reason)} (${s(d.count)} values)`,
  ),
  'number.notInteger': entry(
    () => '应为整数',
    () => 'must be a whole number',
  ),
  'number.range': entry(
    (d) => `超出允许范围 [${s(d.min)}, ${s(d.max)}]`,
    (d) => `out of range [${s(d.min)}, ${s(d.max)}]`,
  ),
  'date.invalid': entry(
    () => '不是有效日期（可用：2024-04-01、2024/4/1、2024年4月1日、20240401、Excel 日期）',
    () => 'not a valid date (accepted: 2024-04-01, 2024/4/1, 2024年4月1日, 20240401, Excel dates)',
  ),
  'date.monthOnly': entry(
    (d) => `只有年月，没有日${d.reason === 'first' ? '：按当月 1 日处理' : ''}`,
    (d) => `a month without a day${d.reason === 'first' ? ': read as the 1st of the month' : ''}`,
  ),
  'date.time': entry(
    () => '日期带有时刻，时刻已舍去',
    () => 'the date carries a time of day, which was dropped',
  ),
  'date.serial': entry(
    () => '按 Excel 日期序号读取',
    () => 'read as an Excel date serial number',
  ),
  'month.invalid': entry(
    () => '不是有效月份（可用：2024-04、2024年4月、202404）',
    () => 'not a valid month (accepted: 2024-04, 2024年4月, 202404)',
  ),
  'code.unknown': entry(
    (d) => `无法识别的取值（可用：${s(d.expected)}）`,
    (d) => `unrecognised value (accepted: ${s(d.expected)})`,
  ),
  'id.invalid': entry(
    (d) => `编号无效：${s(d.reason)}`,
    (d) => `invalid identifier: ${s(d.reason)}`,
  ),
  'personId.format': entry(
    () => '身份证号应为 18 位：17 位数字加 1 位数字或 X',
    () => 'an ID number has 18 characters: 17 digits, then a digit or X',
  ),
  'personId.checkDigit': entry(
    (d) => `身份证号校验码错误（应为 ${s(d.expected)}）`,
    (d) => `wrong ID number check digit (expected ${s(d.expected)})`,
  ),
  'personId.birthDate': entry(
    () => '身份证号中的出生日期无效',
    () => 'the birth date inside the ID number is not a valid date',
  ),
  'birthDate.mismatch': entry(
    (d) => `出生日期与身份证号不符（身份证号为 ${s(d.expected)}）`,
    (d) => `the birth date disagrees with the ID number (which says ${s(d.expected)})`,
  ),
  'regionCode.invalid': entry(
    (d) => `区划代码应为 ${s(d.expected)} 位数字`,
    (d) => `a region code has ${s(d.expected)} digits`,
  ),
  'regionCode.unknown': entry(
    () => '区划代码不在区划表中',
    () => 'the region code is not in the regions table',
  ),
  'key.duplicate': entry(
    (d) => `重复的键，与${d.firstFile ? `「${d.firstFile}」` : ''}第 ${s(d.firstRow)} 行相同`,
    (d) => `duplicate key, same as row ${s(d.firstRow)}${d.firstFile ? ` of ${d.firstFile}` : ''}`,
  ),
  'ref.missingHousehold': entry(
    () => '指向不存在的户（户编号不在户表中）',
    () => 'points at a household that is not in the households table',
  ),
  'ref.missingPerson': entry(
    () => '指向不存在的人（身份证号不在成员表中）',
    () => 'points at a person who is not in the members table',
  ),
  'encoding.replacement': entry(
    () => '含有无法解码的字节（显示为 �），请检查文件编码',
    () => 'holds bytes that could not be decoded (shown as �); check the file encoding',
  ),
  'warnings.truncated': entry(
    (d) => `同类警告还有 ${s(d.count)} 条未逐条列出`,
    (d) => `${s(d.count)} more warnings of this kind were not listed one by one`,
  ),
} as const;

/** One problem code. */
export type IngestCode = keyof typeof ingestMessages;

/** A problem with one file, row or cell: a rejected row's reason, or a warning. */
export interface IngestProblem {
  /** The file name (or `#sheet` suffixed for a workbook sheet). */
  readonly file: string;
  /** The canonical table the file was read as, or null if that could not be told. */
  readonly table: IngestTableName | null;
  /** Row number as the file shows it (CSV line, Excel row, JSON record from 1); null for a file. */
  readonly row: number | null;
  /** The canonical column (or the file's own header for unknown columns); null for a record. */
  readonly column: string | null;
  /** The offending value as text, masked where it is personal data (unless `unmask`). */
  readonly value: string | null;
  readonly code: IngestCode;
  readonly message: { readonly zh: string; readonly en: string };
}

/**
 * Builds a problem with its messages.
 *
 * @example
 * makeProblem({ file: 'a.csv', table: 'members', row: 3, column: 'personId', value: null }, 'value.required');
 */
export function makeProblem(
  where: Omit<IngestProblem, 'code' | 'message'>,
  code: IngestCode,
  detail: ProblemDetail = {},
): IngestProblem {
  return { ...where, code, message: messageOf(code, detail, where.column) };
}

const NO_DETAIL: ProblemDetail = Object.freeze({});

/**
 * {@link makeProblem} from its parts, for the row loop: the problem is built in one literal
 * (same keys, same order), not spread from a `where` object made for it.
 */
export function newProblem(
  file: string,
  table: IngestTableName | null,
  row: number | null,
  column: string | null,
  value: string | null,
  code: IngestCode,
  detail: ProblemDetail = NO_DETAIL,
): IngestProblem {
  return { file, table, row, column, value, code, message: messageOf(code, detail, column) };
}

function messageOf(
  code: IngestCode,
  detail: ProblemDetail,
  column: string | null,
): IngestProblem['message'] {
  const t = ingestMessages[code];
  const c = column ?? '';
  return { zh: t.zh(detail, c), en: t.en(detail, c) };
}
