// The canonical columns of docs/data-model.md, in order, and the Chinese headers and code words
// real exports use (the same words packages/scoring's ingest reads), for the Chinese variants.

export const COLUMNS = {
  regions: ['regionCode', 'name', 'level', 'parentCode'],
  households: [
    'householdId',
    'regionCode',
    'headName',
    'phone',
    'size',
    'category',
    'monitoredSince',
    'incomePerCapita',
    'incomeWage',
    'incomeProduction',
    'incomeTransfer',
    'incomeProperty',
    'lon',
    'lat',
  ],
  members: [
    'personId',
    'householdId',
    'name',
    'relation',
    'birthDate',
    'laborAbility',
    'health',
    'disability',
    'schooling',
  ],
  departmentRecords: ['key', 'keyType', 'department', 'indicator', 'value', 'period'],
  workEvents: ['orderId', 'householdId', 'stage', 'date', 'outcome', 'actor'],
  measures: ['householdId', 'kind', 'date', 'amount'],
};

/** Chinese headers, by table and column. */
export const CHINESE_HEADERS = {
  households: {
    householdId: '户编号',
    regionCode: '村代码',
    headName: '户主姓名',
    phone: '联系电话',
    size: '家庭人口数',
    category: '监测对象类别',
    monitoredSince: '纳入监测日期',
    incomePerCapita: '人均纯收入（元）',
    incomeWage: '工资性收入（元）',
    incomeProduction: '生产经营性收入（元）',
    incomeTransfer: '转移性收入（元）',
    incomeProperty: '财产性收入（元）',
    lon: '经度',
    lat: '纬度',
  },
  departmentRecords: {
    key: '关联编号',
    keyType: '编号类型',
    department: '部门',
    indicator: '指标',
    value: '值',
    period: '月份',
  },
};

/** Code words, by table.column and code. */
export const CHINESE_CODES = {
  'households.category': {
    unstable: '脱贫不稳定户',
    marginal: '边缘易致贫户',
    sudden: '突发严重困难户',
  },
  'departmentRecords.keyType': { household: '户', person: '人' },
  'departmentRecords.department': {
    police: '公安局',
    health: '卫健委',
    medicalInsurance: '医保局',
    civilAffairs: '民政局',
    disabledFederation: '残联',
    humanResources: '人社局',
    housing: '住建局',
    water: '水利局',
    education: '教育局',
    emergency: '应急管理局',
    finance: '财政局',
    agriculture: '农业农村局',
    marketRegulation: '市场监督管理局',
    bank: '金融机构',
  },
};

/** @param {unknown} value */
function cell(value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV line (LF) of the given columns of a row.
 * @param {Record<string, unknown>} row @param {readonly string[]} columns
 */
export function csvLine(row, columns) {
  return `${columns.map((c) => cell(row[c])).join(',')}\n`;
}

/**
 * A whole CSV text: header and rows, optionally with other header names and code words.
 * @param {Record<string, unknown>[]} rows @param {readonly string[]} columns
 * @param {{headers?: Record<string, string>, codes?: Record<string, Record<string, string>>}} [variant]
 */
export function csvText(rows, columns, variant = {}) {
  const header = `${columns.map((c) => cell(variant.headers?.[c] ?? c)).join(',')}\n`;
  const codes = variant.codes ?? {};
  const translate = (/** @type {Record<string, unknown>} */ row) => {
    if (!variant.codes) return row;
    /** @type {Record<string, unknown>} */
    const out = { ...row };
    for (const c of columns) {
      const words = codes[c];
      const v = row[c];
      if (words && typeof v === 'string' && words[v]) out[c] = words[v];
    }
    return out;
  };
  return header + rows.map((row) => csvLine(translate(row), columns)).join('');
}
