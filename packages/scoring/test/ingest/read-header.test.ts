import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/ingest/index.js';
import { codes, column, expectBalanced } from './helpers.js';

describe('readTable headers', () => {
  it('keeps a second column for the same field under its own name, and names blank headers', async () => {
    const r = await readTable('户编号,村代码,户号,,备注\nH1,360121101001,X1,a,b\n');
    expect(r.table.columnNames().slice(-3)).toEqual(['户号', 'column4', '备注']);
    expect(column(r.table, '户号')).toEqual(['X1']);
    expect(codes(r.warnings).slice(0, 2)).toEqual([
      '1 header.duplicate 户号',
      '1 header.blank column4',
    ]);
    expect(r.warnings[0]!.message.en).toBe(
      'two columns map to "householdId": the first is used, this one is kept under its own name',
    );
  });

  it('matches headers whatever their case, width, separators, stars and units', async () => {
    const r = await readTable(
      '*HOUSEHOLD_ID,Region-Code,ＩＮＣＯＭＥ_PER_CAPITA（万元）\nH1,360121101001,1.5\n',
      {
        table: 'households',
      },
    );
    expect(r.stats.columns).toEqual({
      householdId: '*HOUSEHOLD_ID',
      regionCode: 'Region-Code',
      incomePerCapita: 'ＩＮＣＯＭＥ_PER_CAPITA（万元）',
    });
    expect(column(r.table, 'incomePerCapita')).toEqual([15000]);
  });

  it('takes the yearly and per-person yuan units of income headers as yuan', async () => {
    const r = await readTable(
      '户编号,村代码,人均纯收入（元/年）,工资性收入（元/人）\nH1,360121101001,8000,5000\n',
    );
    expect(r.stats).toMatchObject({ read: 1, accepted: 1, rejected: 0 });
    expect(column(r.table, 'incomePerCapita')).toEqual([8000]);
    expect(Object.keys(r.stats.columns)).toContain('incomePerCapita');
  });

  it('refuses a unit in the header that the column cannot take', async () => {
    const r = await readTable('户编号,村代码,经度（万元）\nH1,360121101001,116\n');
    expect(codes(r.rejected)).toEqual(['2 number.unit lon']);
  });
});

describe('readTable warnings', () => {
  it('lists the first warnings of a kind and counts the rest', async () => {
    const lines = ['户编号,村代码,纳入监测日期'];
    for (let i = 0; i < 30; i++) lines.push(`H${i},360121101001,2024年${1 + (i % 12)}月`);
    const r = await readTable(lines.join('\n'), { maxWarnings: 5 });
    expectBalanced(r);
    const monthOnly = r.warnings.filter((w) => w.code === 'date.monthOnly');
    expect(monthOnly).toHaveLength(5);
    const summary = r.warnings.find((w) => w.code === 'warnings.truncated');
    expect(summary).toMatchObject({ column: 'monitoredSince', value: 'date.monthOnly' });
    expect(summary!.message.en).toBe('25 more warnings of this kind were not listed one by one');
    expect(r.stats.warningCounts['date.monthOnly']).toBe(30);
  });

  it('checks person records against the members it is given', async () => {
    const r = await readTable(
      '关联编号,部门,指标,值,月份\n11010519491231002X,医保,selfPaid,1,2024-04\n',
      {
        members: ['360121198001010012'],
      },
    );
    expect(codes(r.rejected)).toEqual(['2 ref.missingPerson key']);
    expect(r.rejected[0]!.value).toBe('1101051949******2X');
  });
});
