// Files with deliberately bad rows, for the ingest error report: every row is either accepted
// or rejected with table, row, column and reason (DOMAIN §4). Each bad row is a real sample row
// with one fault put in; bad-rows.expected.json lists them. Rows not listed there are good,
// some of them messy in ways ingest must accept (units, thousands separators, spaces).
import { COLUMNS, csvText } from './tables.mjs';

/** @typedef {Record<string, unknown>} Row */

/**
 * Household faults: [data row (1 = first row after the header), column, bad value, reason].
 * The expected file gives spreadsheet rows (header = 1), as ingest reports them.
 * @type {[number, string, string, string][]}
 */
const HOUSEHOLD_FAULTS = [
  [2, 'householdId', '', 'missing required value'],
  [4, 'regionCode', '360121999999', 'unknown village code'],
  [6, 'regionCode', '36012110100', 'region code is not 12 digits'],
  [8, 'size', '0', 'size must be a whole number of at least 1'],
  [10, 'size', '三', 'not a number'],
  [12, 'size', '2.5', 'size must be a whole number of at least 1'],
  [14, 'category', '贫困户', 'unknown category'],
  [16, 'monitoredSince', '2024-13-05', 'not a date'],
  [18, 'incomePerCapita', '1,2O0', 'not a number'],
  [20, 'lon', '215.3', 'longitude out of range'],
  [22, 'lat', 'abc', 'not a number'],
];

/** Messy but valid: what ingest must read, not reject. @type {[number, string, (row: Row) => string][]} */
const HOUSEHOLD_MESSY = [
  [3, 'incomePerCapita', (row) => `${Number(row.incomePerCapita).toLocaleString('en-US')}元`],
  [5, 'headName', (row) => ` ${String(row.headName)} `],
  [7, 'incomeWage', (row) => Number(row.incomeWage).toLocaleString('en-US')],
];

/** @type {[number, string, string, string][]} */
const MEMBER_FAULTS = [
  [2, 'personId', '', 'missing required value'],
  [4, 'personId', 'CHECK', 'ID number check character is wrong'],
  [6, 'personId', 'SHORT', 'ID number is not 18 characters'],
  [8, 'birthDate', '1985-02-30', 'not a date'],
  [10, 'relation', '表哥', 'unknown relation'],
  [12, 'householdId', 'H360121999999001', 'household not in households'],
  [14, 'disability', '5', 'unknown disability grade'],
];

/** @param {string} id a valid ID number @returns {string} the same with a wrong check character */
function wrongCheck(id) {
  const last = id.slice(-1);
  return id.slice(0, 17) + (last === '0' ? '1' : '0');
}

/**
 * @param {Record<string, Row[]>} tables the Nanchang tables
 * @returns {[string, string][]} file path → contents
 */
export function badRowFiles(tables) {
  const households = (tables.households ?? []).slice(0, 24).map((row) => ({ ...row }));
  const expected = [];
  for (const [n, column, value, reason] of HOUSEHOLD_FAULTS) {
    const row = /** @type {Row} */ (households[n - 1]);
    row[column] = value;
    expected.push({
      file: 'households-bad-rows.csv',
      table: 'households',
      row: n + 1,
      column,
      value,
      reason,
    });
  }
  for (const [n, column, f] of HOUSEHOLD_MESSY) {
    const row = /** @type {Row} */ (households[n - 1]);
    row[column] = f(row);
  }
  // A duplicate of row 1's household number, the classic join-breaker.
  households.push({ ...households[0], householdId: households[0]?.householdId });
  expected.push({
    file: 'households-bad-rows.csv',
    table: 'households',
    row: households.length + 1,
    column: 'householdId',
    value: households[0]?.householdId,
    reason: 'duplicate household number',
  });

  const members = (tables.members ?? []).slice(0, 16).map((row) => ({ ...row }));
  for (const [n, column, value, reason] of MEMBER_FAULTS) {
    const row = /** @type {Row} */ (members[n - 1]);
    const id = String(row.personId);
    row[column] = value === 'CHECK' ? wrongCheck(id) : value === 'SHORT' ? id.slice(0, 17) : value;
    expected.push({
      file: 'members-bad-rows.csv',
      table: 'members',
      row: n + 1,
      column,
      value: row[column],
      reason,
    });
  }
  return [
    ['households-bad-rows.csv', csvText(households, COLUMNS.households)],
    ['members-bad-rows.csv', csvText(members, COLUMNS.members)],
    [
      'bad-rows.expected.json',
      `${JSON.stringify({ rowNumbers: 'spreadsheet rows: 1 = the header, 2 = the first data row', checkAgainst: { 'households-bad-rows.csv': 'regions.csv', 'members-bad-rows.csv': 'households.csv' }, accepted: { 'households-bad-rows.csv': households.length - HOUSEHOLD_FAULTS.length - 1, 'members-bad-rows.csv': members.length - MEMBER_FAULTS.length }, rejected: expected }, null, 2)}\n`,
    ],
  ];
}
