import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/ingest/index.js';
import { codes, column, fixture } from './helpers.js';

const file = (name: string, text: string): File => new File([text], name);

describe('readTables', () => {
  it('tells each file’s table, reads them in dependency order and checks references across them', async () => {
    const bundle = await readTables([
      file(
        'members.csv',
        '身份证号,户编号,姓名\n11010519491231002X,H1,张三\n360121198001010012,H9,李四\n',
      ),
      file('households.csv', '户编号,村代码\nH1,360121101001\nH2,360121101099\n'),
      new File([fixture('regions.csv') as BlobPart], 'regions.csv'),
    ]);
    expect(bundle.results.map((r) => [r.stats.file, r.stats.table])).toEqual([
      ['regions.csv', 'regions'],
      ['households.csv', 'households'],
      ['members.csv', 'members'],
    ]);
    expect(bundle.rejected.map((p) => `${p.file} ${p.row} ${p.code}`)).toEqual([
      'regions.csv 6 regionCode.invalid',
      'households.csv 3 regionCode.unknown',
      'members.csv 3 ref.missingHousehold',
    ]);
    expect(bundle.stats).toEqual({ files: 3, read: 9, accepted: 6, rejected: 3 });
    expect(column(bundle.tables.households!, 'householdId')).toEqual(['H1']);
  });

  it('takes files by table and stacks several files of one table', async () => {
    const bundle = await readTables({
      households: [
        file('a.csv', '户编号,村代码,备注\nH1,360121101001,x\n'),
        file('b.csv', '户编号,村代码\nH2,360121101001\n'),
      ],
      measures: file('m.csv', '户编号,措施类型,日期\nH1,产业,2024-04-01\nH3,就业,2024-04-02\n'),
    });
    expect(column(bundle.tables.households!, 'householdId')).toEqual(['H1', 'H2']);
    expect(column(bundle.tables.households!, '备注')).toEqual(['x', null]);
    expect(codes(bundle.rejected)).toEqual(['3 ref.missingHousehold householdId']);
  });

  it('rejects a key that an earlier file of the same table already has, naming that file', async () => {
    const bundle = await readTables({
      households: [
        file('a.csv', '户编号,村代码\nH1,360121101001\nH2,360121101001\n'),
        file('b.csv', '户编号,村代码\nH3,360121101001\nH1,360121101002\n'),
      ],
    });
    expect(column(bundle.tables.households!, 'householdId')).toEqual(['H1', 'H2', 'H3']);
    expect(bundle.stats).toMatchObject({ read: 4, accepted: 3, rejected: 1 });
    const [dup] = bundle.rejected;
    expect([dup!.file, dup!.row, dup!.code]).toEqual(['b.csv', 3, 'key.duplicate']);
    expect(dup!.message.en).toBe('duplicate key, same as row 2 of a.csv');
    expect(dup!.message.zh).toBe('重复的键，与「a.csv」第 2 行相同');
  });

  it('masks a personal value in every reference problem, whichever check found it', async () => {
    const bundle = await readTables({
      households: file('h.csv', '户编号,村代码\nH1,360121101001\n'),
      members: file('m.csv', '身份证号,户编号,姓名\n11010519491231002X,H1,张三\n'),
      departmentRecords: file(
        'r.csv',
        'key,keyType,department,indicator,value,period\n' +
          '360121198001010012,household,health,seriousIllness,1,2025-06\n' +
          '360121198001010012,person,health,seriousIllness,1,2025-06\n',
      ),
    });
    const refs = bundle.rejected.filter((p) => p.code.startsWith('ref.'));
    expect(refs.map((p) => [p.code, p.value])).toEqual([
      ['ref.missingHousehold', '3601211980******12'],
      ['ref.missingPerson', '3601211980******12'],
    ]);
    expect(JSON.stringify(bundle.rejected)).not.toContain('198001010012');
  });

  it('reports a file it cannot place without stopping the others', async () => {
    const bundle = await readTables([
      file('x.csv', 'a,b\n1,2\n'),
      file('h.csv', '户编号,村代码\nH1,360121101001\n'),
    ]);
    expect(bundle.rejected.map((p) => `${p.file} ${p.code}`)).toEqual(['x.csv file.noHeader']);
    expect(bundle.tables.households?.numRows()).toBe(1);
  });

  it('refuses per-file options and unknown tables', async () => {
    await expect(readTables([], { table: 'members' } as never)).rejects.toThrow(/per file/);
    await expect(readTables({ people: 'x' } as never)).rejects.toThrow(/unknown table "people"/);
  });
});
