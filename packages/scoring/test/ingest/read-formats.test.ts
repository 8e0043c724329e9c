import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/ingest/index.js';
import { codes, column, expectBalanced, fixture, tableRows } from './helpers.js';

describe('readTable on workbooks', () => {
  it('rejects a row with a value right of the header instead of losing the value', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['户编号', '村代码'],
        ['H1', '360121101001'],
        ['H2', '360121101001', '13812341234'],
        ['H3', '360121101001', ''],
      ]),
      '户',
    );
    const bytes = XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
    const r = await readTable(new Uint8Array(bytes), { fileName: 'h.xlsx', table: 'households' });
    expect(column(r.table, 'householdId')).toEqual(['H1', 'H3']);
    expect(codes(r.rejected)).toEqual(['3 row.beyondHeader column3']);
    expect(r.rejected[0]!.value).not.toContain('12341234');
    expect(r.rejected[0]!.message.en).toBe(
      'column 3 holds a value but the header has only 2 columns',
    );
    expect(tableRows(r.rejectedRows)[0]).toMatchObject({ row: 3, column3: '13812341234' });
    expectBalanced(r);
  });

  it('reads the national roster: title rows skipped, one row per person, types kept', async () => {
    const r = await readTable(fixture('national-roster.xlsx'), { fileName: 'roster.xlsx' });
    expectBalanced(r);
    expect(r.stats).toMatchObject({
      table: 'members',
      format: 'xlsx',
      sheets: ['家庭成员'],
      headerRow: 3,
      accepted: 3,
    });
    expect(
      tableRows(r.table, [
        'householdId',
        'relation',
        'birthDate',
        'laborAbility',
        '人编号',
        '纳入监测年月',
      ]),
    ).toEqual([
      {
        householdId: 'H001',
        relation: 'head',
        birthDate: '1980-01-01',
        laborAbility: 'full',
        人编号: 'P1',
        纳入监测年月: '202404',
      },
      {
        householdId: 'H001',
        relation: 'spouse',
        birthDate: '1982-02-02',
        laborAbility: 'partial',
        人编号: 'P2',
        纳入监测年月: '202404',
      },
      {
        householdId: 'H002',
        relation: 'child',
        birthDate: '2010-03-03',
        laborAbility: 'none',
        人编号: 'P3',
        纳入监测年月: '202404',
      },
    ]);
    expect(codes(r.warnings)[0]).toBe('3 header.titleRows -');
    expect(r.warnings[0]!.file).toBe('roster.xlsx#家庭成员');
  });

  it('keeps a text cell reading =1+1 and HTML-like text as plain text', async () => {
    const r = await readTable(fixture('national-roster.xlsx'));
    expect(column(r.table, '备注')).toEqual(['=1+1', '<b>x</b>', null]);
  });

  it('reads date-formatted cells by UTC arithmetic, dropping (and noting) a time', async () => {
    const r = await readTable(fixture('national-roster.xlsx'), { sheet: '户' });
    expect(column(r.table, 'monitoredSince')).toEqual(['2024-04-01', '2024-04-01', null]);
    expect(column(r.table, 'incomePerCapita')).toEqual([8600.5, 12000, 9800]);
    expect(column(r.table, 'regionCode')).toEqual(['360121101001', '360121101001', '360121101002']);
    expect(codes(r.warnings)).toContain('3 date.time monitoredSince');
  });

  it('reads several named sheets into one table', async () => {
    const r = await readTable(fixture('national-roster.xlsx'), { sheet: ['户', '户2'] });
    expectBalanced(r);
    expect(r.stats.sheets).toEqual(['户', '户2']);
    expect(column(r.table, 'householdId')).toEqual(['H001', 'H002', 'H003', 'H010']);
  });

  it('reads the old .xls format the same way', async () => {
    const r = await readTable(fixture('national-roster.xls'), { sheet: 1 });
    expect(r.stats.format).toBe('xlsx');
    expect(column(r.table, 'monitoredSince')).toEqual(['2024-04-01', '2024-04-01', null]);
  });

  it('names a missing sheet and the sheets there are', async () => {
    const r = await readTable(fixture('national-roster.xlsx'), { sheet: '人' });
    expect(codes(r.rejected)).toEqual(['- file.sheet -']);
    expect(r.rejected[0]!.message.en).toBe(
      'the workbook has no sheet "人" (it has: 家庭成员, 户, 户2)',
    );
  });

  it('reads only the sheets asked for, by exact name or position, in the order asked', async () => {
    const wb = XLSX.utils.book_new();
    const sheets: [string, string[]][] = [
      ['Households', ['H1']],
      ['More', ['H2', 'H3']],
    ];
    for (const [name, ids] of sheets) {
      const ws = XLSX.utils.aoa_to_sheet([
        ['户编号', '村代码'],
        ...ids.map((id) => [id, '360121101001']),
      ]);
      XLSX.utils.book_append_sheet(wb, ws, name);
    }
    const bytes = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const read = async (sheet: string | number | (string | number)[]) => {
      const r = await readTable(bytes, { fileName: 'w.xlsx', sheet });
      return [r.stats.sheets, column(r.table, 'householdId'), r.rejected.map((p) => p.message.en)];
    };
    expect(await read(['More', 0])).toEqual([['More', 'Households'], ['H2', 'H3', 'H1'], []]);
    expect(await read(1)).toEqual([['More'], ['H2', 'H3'], []]);
    // SheetJS matches names ignoring case; a sheet is still asked for by its exact name.
    expect(await read('households')).toEqual([
      [],
      [],
      ['the workbook has no sheet "households" (it has: Households, More)'],
    ]);
    expect(await read(2)).toEqual([
      [],
      [],
      ['the workbook has no sheet "2" (it has: Households, More)'],
    ]);
  });

  it('reports a damaged workbook as a file problem', async () => {
    const bytes = fixture('national-roster.xlsx').slice(0, 400);
    const r = await readTable(bytes, { fileName: 'broken.xlsx' });
    expect(r.stats.fileRejected).toBe(true);
    expect(codes(r.rejected)).toEqual(['- file.format -']);
  });
});

describe('readTable on JSON and Arrow', () => {
  it('reads an array of records, coercing each value', async () => {
    const r = await readTable(fixture('department-records.json'));
    expectBalanced(r);
    expect(r.stats).toMatchObject({
      table: 'departmentRecords',
      format: 'json',
      read: 5,
      accepted: 3,
    });
    expect(tableRows(r.table)).toEqual([
      {
        key: 'H001',
        keyType: 'household',
        department: 'medicalInsurance',
        indicator: 'selfPaidMedical',
        value: 12000,
        period: '2024-04',
      },
      {
        key: '360121198001010012',
        keyType: 'person',
        department: 'civilAffairs',
        indicator: 'lowIncome',
        value: 1,
        period: '2024-04',
      },
      {
        key: 'H002',
        keyType: 'household',
        department: 'education',
        indicator: 'dropout',
        value: 1,
        period: '2024-04',
      },
    ]);
    expect(codes(r.rejected)).toEqual(['4 code.unknown department', '5 month.invalid period']);
  });

  it('reads an object of columns', async () => {
    const r = await readTable(fixture('measures-columns.json'));
    expectBalanced(r);
    expect(tableRows(r.table)).toEqual([
      { householdId: 'H001', kind: 'industry', date: '2024-04-10', amount: 5000 },
      { householdId: 'H002', kind: 'finance', date: '2024-05-01', amount: 15000 },
    ]);
    expect(codes(r.rejected)).toEqual(['3 code.unknown kind']);
  });

  it('refuses JSON of another shape', async () => {
    const r = await readTable('{"a": 1}', { fileName: 'x.json' });
    expect(codes(r.rejected)).toEqual(['- file.format -']);
    expect((await readTable('[1, 2]')).rejected[0]!.message.en).toMatch(/only objects/);
    expect((await readTable('[{"a":')).rejected[0]!.code).toBe('file.format');
  });

  it('reads Arrow IPC, with dates as UTC days', async () => {
    const r = await readTable(fixture('work-events.arrow'));
    expectBalanced(r);
    expect(r.stats.format).toBe('arrow');
    expect(tableRows(r.table)).toEqual([
      {
        orderId: 'W1',
        householdId: 'H001',
        stage: 'pushed',
        date: '2024-04-01',
        outcome: null,
        actor: 'c01',
      },
      {
        orderId: 'W1',
        householdId: 'H001',
        stage: 'verified',
        date: '2024-04-05',
        outcome: 'confirmed',
        actor: 'c01',
      },
    ]);
    expect(codes(r.rejected)).toEqual(['3 value.required date']);
  });
});
