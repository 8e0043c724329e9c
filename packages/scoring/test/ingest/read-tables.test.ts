import { describe, expect, it } from 'vitest';
import { readTable, readTables } from '../../src/ingest/index.js';
import { codes, column, fixture } from './helpers.js';

const file = (name: string, text: string): File => new File([text], name);

/** A File that counts the slices read from it: each is one piece of one pass over the bytes. */
class CountedFile extends File {
  slices = 0;
  override slice(...args: Parameters<Blob['slice']>): Blob {
    this.slices++;
    return super.slice(...args);
  }
}

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

  it('checks references against every accepted file of the referenced table, not only the first', async () => {
    const bundle = await readTables([
      file('h1.csv', '户编号,村代码\nH1,360121101001\n'),
      file('h2.csv', '户编号,村代码\nH2,360121101001\n'),
      file(
        'members.csv',
        '身份证号,户编号,姓名\n11010519491231002X,H2,张三\n360121198001010012,H1,李四\n',
      ),
      file('h3.csv', '户编号,村代码\nH3,360121101001\n'),
    ]);
    expect(bundle.rejected).toEqual([]);
    expect(column(bundle.tables.members!, 'householdId')).toEqual(['H2', 'H1']);
    expect(column(bundle.tables.households!, 'householdId')).toEqual(['H1', 'H2', 'H3']);
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

  it('parses each file of a list once: the rows read to tell its table are the rows it reads', async () => {
    const households = new CountedFile(['户编号,村代码\nH1,360121101001\n'], 'h.csv');
    const roster = new CountedFile([fixture('national-roster.xlsx') as BlobPart], 'roster.xlsx');
    const bundle = await readTables([roster, households], { chunkSize: 1024 });
    expect(bundle.results.map((r) => [r.stats.file, r.stats.table])).toEqual([
      ['h.csv', 'households'],
      ['roster.xlsx', 'members'],
    ]);
    expect(households.slices).toBe(1);
    expect(roster.slices).toBe(Math.ceil(roster.size / 1024));
  });

  it('reports rows by their line when the header is found beyond the first chunk', async () => {
    // Long title lines push the header past the first 64 KiB the delimiter is told from, so
    // telling the table reads several batches ahead; every row keeps its own line number.
    const title = (i: number): string => `"说明${i}：${'很长的说明'.repeat(1200)}"`;
    const lines = [...Array.from({ length: 15 }, (_, i) => title(i)), '户编号,村代码,人均纯收入'];
    for (let i = 1; i <= 3000; i++) {
      const income = i % 500 === 7 ? 'x' : i === 20 ? '"1,2"' : String(i);
      lines.push(i === 30 ? `H${i},"360121\n101001",1` : `H${i},360121101001,${income}`);
    }
    const text = lines.join('\n') + '\n';
    const bundle = await readTables([file('h.csv', text)], { chunkSize: 4096 });
    const alone = await readTable(text, { table: 'households', chunkSize: 4096 });
    const [r] = bundle.results;
    expect(r!.stats).toMatchObject({ table: 'households', headerRow: 16, read: 3000 });
    expect(codes(r!.rejected)).toEqual(codes(alone.rejected));
    expect(codes(r!.rejected)).toEqual([
      '23 number.invalid incomePerCapita',
      '36 number.ambiguous incomePerCapita',
      '46 regionCode.invalid regionCode',
      ...[507, 1007, 1507, 2007, 2507].map((i) => `${i + 17} number.invalid incomePerCapita`),
    ]);
    expect(codes(r!.warnings)).toEqual([
      '16 header.titleRows -',
      ...codes(alone.warnings).slice(1),
    ]);
  });

  it('rejects a key an earlier file of a list already has, whichever order the list gives', async () => {
    const bundle = await readTables([
      file('m.csv', '身份证号,户编号\n11010519491231002X,H2\n'),
      file('b.csv', '户编号,村代码\nH2,360121101001\nH1,360121101002\n'),
      file('a.csv', '户编号,村代码\nH1,360121101001\n'),
    ]);
    expect(bundle.results.map((r) => r.stats.file)).toEqual(['b.csv', 'a.csv', 'm.csv']);
    expect(bundle.rejected.map((p) => [p.file, p.row, p.code, p.message.en])).toEqual([
      ['a.csv', 2, 'key.duplicate', 'duplicate key, same as row 3 of b.csv'],
    ]);
    expect(column(bundle.tables.households!, 'householdId')).toEqual(['H2', 'H1']);
  });

  it('checks references against every file of the table before, not only the first', async () => {
    const bundle = await readTables([
      file('h1.csv', '户编号,村代码\nH1,360121101001\n'),
      file('m.csv', '身份证号,户编号\n11010519491231002X,H1\n360121198001010012,H2\n'),
      file('h2.csv', '户编号,村代码\nH2,360121101001\n'),
      file('w.csv', '工单号,户编号,环节,日期\nW1,H2,推送,2024-04-01\nW2,H3,推送,2024-04-01\n'),
    ]);
    expect(bundle.results.map((r) => r.stats.file)).toEqual(['h1.csv', 'h2.csv', 'm.csv', 'w.csv']);
    expect(bundle.rejected.map((p) => `${p.file} ${p.row} ${p.code}`)).toEqual([
      'w.csv 3 ref.missingHousehold',
    ]);
  });

  it('reads a list with a damaged workbook and a missing URL: the others are read', async () => {
    const asked: string[] = [];
    const fetch = (url: string | URL | Request): Promise<Response> => {
      asked.push(url instanceof Request ? url.url : String(url));
      return Promise.resolve(new Response('no', { status: 404, statusText: 'Not Found' }));
    };
    const bundle = await readTables(
      [
        new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'bad.xlsx'),
        { url: 'https://portal.example/m.csv' },
        file('h.csv', '户编号,村代码\nH1,360121101001\n'),
      ],
      { fetch },
    );
    expect(asked).toEqual(['https://portal.example/m.csv']);
    expect(bundle.rejected.map((p) => [p.file, p.table, p.row, p.code])).toEqual([
      ['m.csv', null, null, 'file.fetch'],
      ['bad.xlsx', null, null, 'file.format'],
    ]);
    expect(bundle.results.map((r) => [r.stats.file, r.stats.fileRejected])).toEqual([
      ['h.csv', false],
      ['bad.xlsx', true],
    ]);
    expect(bundle.stats).toEqual({ files: 3, read: 1, accepted: 1, rejected: 0 });
  });

  it('fetches a URL of a list once and reads its body as it arrives, in pieces of chunkSize', async () => {
    const text =
      '户编号,村代码\n' + Array.from({ length: 400 }, (_, i) => `H${i},360121101001`).join('\n');
    const bytes = new TextEncoder().encode(text);
    let fetched = 0;
    const fetch = (): Promise<Response> => {
      fetched++;
      let at = 0;
      // The network's pieces: 7 bytes at a time.
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          if (at >= bytes.length) c.close();
          else c.enqueue(bytes.slice(at, (at += 7)));
        },
      });
      return Promise.resolve(new Response(body));
    };
    const seen: number[] = [];
    const bundle = await readTables([{ url: 'https://portal.example/h.csv' }], {
      fetch,
      chunkSize: 1024,
      onProgress: (p) => seen.push(p.bytes),
    });
    expect(fetched).toBe(1);
    expect(bundle.stats).toMatchObject({ read: 400, accepted: 400 });
    expect(seen.slice(0, 3)).toEqual([1024, 2048, 3072]);
    expect(seen.at(-1)).toBe(bytes.length);
  });

  it('reports each file’s progress in a list as it would alone, a file given up on included', async () => {
    const bad = 'a,b\n' + '1,2\n'.repeat(20000);
    const good =
      '户编号,村代码\n' + Array.from({ length: 4000 }, (_, i) => `H${i},360121101001`).join('\n');
    const options = { chunkSize: 16384 };
    const alone = async (name: string, text: string): Promise<number[][]> => {
      const seen: number[][] = [];
      await readTable(file(name, text), {
        ...options,
        onProgress: (p) => seen.push([p.bytes, p.rows]),
      });
      return seen;
    };
    const seen: Record<string, number[][]> = {};
    const bundle = await readTables([file('bad.csv', bad), file('h.csv', good)], {
      ...options,
      onProgress: (p) => (seen[p.file] ??= []).push([p.bytes, p.rows]),
    });
    expect(bundle.rejected.map((p) => `${p.file} ${p.code}`)).toEqual(['bad.csv file.noHeader']);
    expect(seen['bad.csv']).toEqual(await alone('bad.csv', bad));
    expect(seen['bad.csv']!.at(-1)).toEqual([65536, 16384]);
    expect(seen['h.csv']).toEqual(await alone('h.csv', good));
  });
});
