import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/ingest/index.js';
import { codes, column, expectBalanced, fixture, tableRows } from './helpers.js';

describe('readTable on CSV', () => {
  it('reads a UTF-8 file with a BOM, CRLF, a title row and quoted fields into households', async () => {
    const r = await readTable(fixture('households-utf8.csv'), { fileName: 'h.csv' });
    expectBalanced(r);
    expect(r.stats).toMatchObject({
      table: 'households',
      encoding: 'utf-8',
      delimiter: ',',
      headerRow: 2,
      read: 4,
      accepted: 4,
    });
    expect(
      tableRows(r.table, [
        'householdId',
        'headName',
        'size',
        'category',
        'monitoredSince',
        'incomePerCapita',
        'incomeWage',
      ]),
    ).toEqual([
      {
        householdId: 'H001',
        headName: '魏小明',
        size: 4,
        category: 'unstable',
        monitoredSince: '2024-04-01',
        incomePerCapita: 8600,
        incomeWage: 12000,
      },
      {
        householdId: 'H002',
        headName: '李"大"华',
        size: 3,
        category: 'marginal',
        monitoredSince: '2024-04-01',
        incomePerCapita: 12000,
        incomeWage: 2400,
      },
      {
        householdId: 'H003',
        headName: '张三',
        size: 5,
        category: null,
        monitoredSince: '2024-04-01',
        incomePerCapita: 9800,
        incomeWage: null,
      },
      {
        householdId: 'H004',
        headName: '王五',
        size: 2,
        category: 'sudden',
        monitoredSince: '2024-04-01',
        incomePerCapita: 7000,
        incomeWage: 0,
      },
    ]);
  });

  it('keeps unknown columns under their own header, formula-like and HTML-like text unchanged', async () => {
    const r = await readTable(fixture('households-utf8.csv'));
    expect(r.stats.extraColumns).toEqual(['备注']);
    expect(column(r.table, '备注')).toEqual([
      '住址：东村, 3组',
      '第一行\r\n第二行',
      '=1+1',
      '<img src=x onerror=alert(1)>',
    ]);
  });

  it('says what it decided: title rows, month-only dates, Excel serials, unit conversions', async () => {
    const r = await readTable(fixture('households-utf8.csv'), { fileName: 'h.csv' });
    expect(codes(r.warnings)).toEqual([
      '2 header.titleRows -',
      '2 header.missingOptional -',
      '4 date.monthOnly monitoredSince',
      '7 date.serial monitoredSince',
      '4 number.unitConverted incomePerCapita',
    ]);
  });

  it('refuses a month in a date column when told to', async () => {
    const r = await readTable(fixture('households-utf8.csv'), { monthAsDate: 'reject' });
    expectBalanced(r);
    expect(codes(r.rejected)).toEqual(['4 date.monthOnly monitoredSince']);
  });

  it('detects GBK, semicolons and bare-CR line ends', async () => {
    const r = await readTable(fixture('households-gbk-semicolon.csv'));
    expectBalanced(r);
    expect(r.stats).toMatchObject({ encoding: 'gb18030', delimiter: ';', accepted: 3 });
    expect(column(r.table, 'headName')).toEqual(['魏小明', '李大华', '张三']);
    expect(column(r.table, 'incomePerCapita')).toEqual([8600, 12000, 9800]);
  });

  it('puts numeric columns without gaps in a Float64Array', async () => {
    const r = await readTable(fixture('households-gbk-semicolon.csv'));
    expect(r.table.column('size')).toBeInstanceOf(Float64Array);
    expect(r.table.column('incomeWage')).toBeInstanceOf(Array);
  });

  it('rejects each bad member for its own reason, masking ID numbers', async () => {
    const r = await readTable(fixture('members-gbk.tsv'), {
      fileName: 'm.tsv',
      households: ['H001', 'H002'],
    });
    expectBalanced(r);
    expect(r.stats).toMatchObject({
      table: 'members',
      encoding: 'gb18030',
      delimiter: '\t',
      read: 9,
      accepted: 3,
      rejected: 6,
    });
    expect(codes(r.rejected)).toEqual([
      '5 personId.checkDigit personId',
      '6 personId.birthDate personId',
      '7 personId.format personId',
      '8 key.duplicate personId',
      '9 ref.missingHousehold householdId',
      '10 code.unknown relation',
    ]);
    expect(r.rejected[0]).toMatchObject({
      file: 'm.tsv',
      table: 'members',
      value: '3601211980******10',
    });
    expect(r.rejected[0]!.message.en).toBe('wrong ID number check digit (expected 2)');
    expect(r.rejected[0]!.message.zh).toBe('身份证号校验码错误（应为 2）');
    expect(JSON.stringify(r.rejected)).not.toMatch(/\d{17}[\dX]/);
  });

  it('derives a missing birth date from the ID number and flags one that disagrees', async () => {
    const r = await readTable(fixture('members-gbk.tsv'), { households: ['H001', 'H002'] });
    expect(column(r.table, 'birthDate')).toEqual(['1980-01-01', '1982-02-02', '2010-03-01']);
    expect(codes(r.warnings)).toEqual([
      '4 date.monthOnly birthDate',
      '4 birthDate.mismatch birthDate',
      '3 value.derived birthDate',
    ]);
    expect(column(r.table, 'relation')).toEqual(['head', 'spouse', 'child']);
    expect(column(r.table, 'disability')).toEqual(['none', '2', null]);
  });

  it('shows personal data whole only with unmask', async () => {
    const r = await readTable(fixture('members-gbk.tsv'), { unmask: true });
    expect(r.rejected[0]!.value).toMatch(/^\d{17}[\dX]$/);
  });

  it('rejects every kind of malformed record by line, and keeps the rows unchanged', async () => {
    const r = await readTable(fixture('malformed.csv'));
    expectBalanced(r);
    // The unclosed quote on line 13 swallows the last line: one record, rejected.
    expect(r.stats).toMatchObject({ read: 11, accepted: 1, rejected: 10, blank: 1 });
    expect(codes(r.rejected)).toEqual([
      '3 csv.fieldCount -',
      '4 csv.fieldCount -',
      '6 csv.textAfterQuote -',
      '7 csv.strayQuote -',
      '8 number.invalid size',
      '9 value.required householdId',
      '10 number.range size',
      '11 number.notInteger size',
      '12 key.duplicate householdId',
      '13 csv.unclosedQuote -',
    ]);
    expect(column(r.rejectedRows, 'row')).toEqual([3, 4, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(tableRows(r.rejectedRows)[1]).toEqual({
      row: 4,
      file: 'bytes',
      householdId: 'H3',
      regionCode: '360121101001',
      size: '3',
      column4: 'extra',
    });
    expect(r.rejected[0]!.message.en).toBe('the record has 2 fields but the header has 3');
  });

  it('reads regions, deriving level and parent from the code', async () => {
    const r = await readTable(fixture('regions.csv'));
    expectBalanced(r);
    expect(tableRows(r.table)).toEqual([
      { regionCode: '360121', name: '南昌县', level: 'county', parentCode: null },
      { regionCode: '360121101000', name: '莲塘镇', level: 'township', parentCode: '360121' },
      { regionCode: '360121101001', name: '东村', level: 'village', parentCode: '360121101000' },
      { regionCode: '360121101002', name: '西村', level: 'village', parentCode: '360121101000' },
    ]);
    expect(codes(r.rejected)).toEqual(['6 regionCode.invalid regionCode']);
  });

  it('checks village codes against the regions table it is given', async () => {
    const regions = (await readTable(fixture('regions.csv'))).table;
    const r = await readTable('户编号,村代码\nH1,360121101001\nH2,360121101009\n', { regions });
    expect(codes(r.rejected)).toEqual(['3 regionCode.unknown regionCode']);
  });

  it('reads decimal commas only when told, and refuses an ambiguous comma', async () => {
    const text = '户编号;村代码;人均纯收入\nH1;360121101001;1.234,5\nH2;360121101001;7,5\n';
    const r = await readTable(text, { decimal: ',' });
    expect(column(r.table, 'incomePerCapita')).toEqual([1234.5, 7.5]);
    const r2 = await readTable('户编号,村代码,人均纯收入\nH1,360121101001,"7,5"\n');
    expect(codes(r2.rejected)).toEqual(['2 number.ambiguous incomePerCapita']);
  });

  it('sets an invalid optional value to null with a warning when asked', async () => {
    const r = await readTable('户编号,村代码,家庭人口数\nH1,360121101001,many\n', {
      onInvalid: 'null',
    });
    expect(r.stats.accepted).toBe(1);
    expect(column(r.table, 'size')).toEqual([null]);
    expect(codes(r.warnings)).toContain('2 value.nulled size');
  });

  it('warns about bytes that did not decode', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('户编号,村代码,户主姓名\nH1,360121101001,'),
      0xff,
      0x0a,
    ]);
    const r = await readTable(bytes, { encoding: 'utf-8' });
    expect(codes(r.warnings)).toContain('2 encoding.replacement headName');
  });

  it('takes host header words and code words', async () => {
    const text = '户码,村码,健康\nH1,360121101001,残疾\n';
    const r = await readTable(text, {
      table: 'households',
      headers: { households: { 户码: 'householdId', 村码: 'regionCode' } },
    });
    expect(r.stats.columns).toEqual({ householdId: '户码', regionCode: '村码' });
    const m = await readTable('身份证号,户编号,健康状况\n11010519491231002X,H1,残疾\n', {
      codes: { health: { 残疾: 'chronic' } },
    });
    expect(column(m.table, 'health')).toEqual(['chronic']);
  });

  it('refuses a file without a required column, naming it', async () => {
    const r = await readTable('户编号,户主姓名\nH1,张三\n', { table: 'households' });
    expect(r.stats.fileRejected).toBe(true);
    expect(codes(r.rejected)).toEqual(['- header.missingColumn regionCode']);
    expect(r.rejected[0]!.message.zh).toBe('缺少必需的列“regionCode”，整个文件未导入');
  });

  it('refuses a file whose header it cannot find or whose table it cannot tell', async () => {
    expect(codes((await readTable('a,b\n1,2\n')).rejected)).toEqual(['- file.noHeader -']);
    expect(codes((await readTable('')).rejected)).toEqual(['- file.empty -']);
    const both = await readTable('户编号,日期\nH1,2024-04-01\n');
    expect(codes(both.rejected)).toEqual(['- file.tableUnknown -']);
    expect(both.rejected[0]!.message.en).toMatch(/workEvents, measures/);
  });
});
