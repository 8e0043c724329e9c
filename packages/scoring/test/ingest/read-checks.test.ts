import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readTable, readTables } from '../../src/ingest/index.js';
import { column, expectBalanced } from './helpers.js';

// The row checks keep no object per accepted row (keys by number, derivations through one
// reused row, warnings counted by code and column): these pin what they report.
describe('row checks', () => {
  it('names the file and row of the first claim of a key, across many files', async () => {
    const f = (name: string, lines: string): File => new File([`户编号,村代码\n${lines}`], name);
    const bundle = await readTables([
      f('a.csv', 'H1,360121101001\n'),
      f('b.csv', 'H2,360121101001\nH3,360121101001\n'),
      f('c.csv', 'H4,360121101001\nH3,360121101001\nH1,360121101001\nH4,360121101001\n'),
    ]);
    expect(bundle.rejected.map((p) => [p.file, p.row, p.code, p.message.en])).toEqual([
      ['c.csv', 3, 'key.duplicate', 'duplicate key, same as row 3 of b.csv'],
      ['c.csv', 4, 'key.duplicate', 'duplicate key, same as row 2 of a.csv'],
      ['c.csv', 5, 'key.duplicate', 'duplicate key, same as row 2'],
    ]);
  });

  it('tells apart two files of the same name: a key repeated across them names the other file', async () => {
    const f = (lines: string): File => new File([`户编号,村代码\n${lines}`], 'a.csv');
    const bundle = await readTables([
      f('H1,360121101001\nH2,360121101001\n'),
      f('H3,360121101001\nH1,360121101001\nH3,360121101001\n'),
    ]);
    expect(bundle.rejected.map((p) => [p.file, p.row, p.message.en])).toEqual([
      ['a.csv', 3, 'duplicate key, same as row 2 of a.csv'],
      ['a.csv', 4, 'duplicate key, same as row 2'],
    ]);
  });

  it('counts warnings per sheet, code and column, and names a key of an earlier sheet', async () => {
    const wb = XLSX.utils.book_new();
    const v = '360121101001';
    const sheets: [string, string[][]][] = [
      [
        'S1',
        [
          ['H1', v, '2024-04'],
          ['H2', v, '202405'],
          ['H3', v, '2024年6月'],
        ],
      ],
      [
        'S2',
        [
          ['H4', v, '2024-07'],
          ['H1', v, '2024-08-01'],
          ['H5', v, '2024-09'],
        ],
      ],
    ];
    for (const [name, rows] of sheets) {
      const ws = XLSX.utils.aoa_to_sheet([['户编号', '村代码', '纳入监测日期'], ...rows]);
      XLSX.utils.book_append_sheet(wb, ws, name);
    }
    const bytes = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const r = await readTable(bytes, { fileName: 'h.xlsx', sheet: ['S1', 'S2'], maxWarnings: 1 });
    expectBalanced(r);
    expect(r.rejected.map((p) => [p.file, p.row, p.code, p.message.en])).toEqual([
      ['h.xlsx#S2', 3, 'key.duplicate', 'duplicate key, same as row 2 of h.xlsx#S1'],
    ]);
    expect(
      r.warnings
        .filter((p) => p.code !== 'header.missingOptional')
        .map((p) => [p.file, p.row, p.column, p.value, p.code, p.message.en]),
    ).toEqual([
      [
        'h.xlsx#S1',
        2,
        'monitoredSince',
        '2024-04',
        'date.monthOnly',
        'a month without a day: read as the 1st of the month',
      ],
      [
        'h.xlsx#S2',
        2,
        'monitoredSince',
        '2024-07',
        'date.monthOnly',
        'a month without a day: read as the 1st of the month',
      ],
      [
        'h.xlsx#S1',
        null,
        'monitoredSince',
        'date.monthOnly',
        'warnings.truncated',
        '2 more warnings of this kind were not listed one by one',
      ],
      [
        'h.xlsx#S2',
        null,
        'monitoredSince',
        'date.monthOnly',
        'warnings.truncated',
        '1 more warnings of this kind were not listed one by one',
      ],
    ]);
    expect(r.stats.warningCounts).toEqual({ 'header.missingOptional': 2, 'date.monthOnly': 5 });
  });

  it('derives a member’s birth date and warns when the given one disagrees with the ID', async () => {
    const r = await readTable(
      '身份证号,户编号,出生日期\n11010519491231002X,H1,\n360121198001010012,H1,1980-01-02\n' +
        '360121198001010012,H2,\n110105194912310021,H3,\n36012119800101001X,H1,1980-01-01\n',
      { fileName: 'm.csv' },
    );
    expectBalanced(r);
    expect(column(r.table, 'birthDate')).toEqual(['1949-12-31', '1980-01-02']);
    expect(r.rejected.map((p) => [p.row, p.code, p.value, p.message.en])).toEqual([
      [4, 'key.duplicate', null, 'duplicate key, same as row 3'],
      [5, 'personId.checkDigit', '1101051949******21', 'wrong ID number check digit (expected X)'],
      [6, 'personId.checkDigit', '3601211980******1X', 'wrong ID number check digit (expected 2)'],
    ]);
    expect(
      r.warnings
        .filter((p) => p.code !== 'header.missingOptional')
        .map((p) => [p.row, p.column, p.value, p.code, p.message.en]),
    ).toEqual([
      [
        3,
        'birthDate',
        '1980-01-02',
        'birthDate.mismatch',
        'the birth date disagrees with the ID number (which says 1980-01-01)',
      ],
      // Derivations are counted on every row checked, the rejected duplicate's too.
      [2, 'birthDate', null, 'value.derived', '"birthDate" was derived from personId (2 rows)'],
    ]);
  });

  it('derives a record’s key type from the key and keys records on four columns', async () => {
    const r = await readTable(
      'key,department,indicator,value,period\nH1,health,a,1,2024-04\n' +
        '11010519491231002X,health,a,1,2024-04\nH1,health,b,1,2024-04\nH1,health,a,1,2024-04\n',
      { fileName: 'd.csv' },
    );
    expect(column(r.table, 'keyType')).toEqual(['household', 'person', 'household']);
    expect(r.rejected.map((p) => [p.row, p.code, p.column, p.message.en])).toEqual([
      [5, 'key.duplicate', 'key+department+indicator+period', 'duplicate key, same as row 2'],
    ]);
    expect(r.warnings.map((p) => [p.row, p.column, p.code, p.message.en])).toEqual([
      [2, 'keyType', 'value.derived', '"keyType" was derived from key (4 rows)'],
    ]);
  });

  it('hands numbers over as a Float64Array, or as an array with null for a gap', async () => {
    const r = await readTable(
      '户编号,村代码,人口数,人均纯收入\nH1,360121101001,3,\nH2,360121101001,4,12.5\n',
    );
    expect(r.table.column('size')).toEqual(Float64Array.of(3, 4));
    const income = r.table.column('incomePerCapita');
    expect(Array.isArray(income)).toBe(true);
    expect(income).toEqual([null, 12.5]);
    // A column the file lacks is all null.
    expect(r.table.column('lon')).toEqual([null, null]);
  });

  it('keeps every rejected row whole, cells right of the header in columns of their own', async () => {
    const r = await readTable(
      '身份证号,户编号\n110105194912310021,H1\n11010519491231002X,H1,x,y\n360121198001010012\n',
      { households: ['H2'] },
    );
    expectBalanced(r);
    expect(r.rejectedRows.columnNames()).toEqual([
      'row',
      'file',
      '身份证号',
      '户编号',
      'column3',
      'column4',
    ]);
    expect(column(r.rejectedRows, 'column4')).toEqual([null, 'y', null]);
    expect(column(r.rejectedRows, '户编号')).toEqual(['H1', 'H1', null]);
    // A row whose cells fail is not checked further (no reference problem on row 2).
    expect(r.rejected.map((p) => [p.row, p.code, p.value])).toEqual([
      [2, 'personId.checkDigit', '1101051949******21'],
      [3, 'csv.fieldCount', null],
      [4, 'csv.fieldCount', null],
    ]);
    // Problems keep one shape, key order included (they are shown and exported as they are).
    expect(Object.keys(r.rejected[0]!)).toEqual([
      'file',
      'table',
      'row',
      'column',
      'value',
      'code',
      'message',
    ]);
  });
});
