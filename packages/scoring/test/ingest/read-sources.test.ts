import { describe, expect, it } from 'vitest';
import { readTable, readTableDefaults, type IngestProgress } from '../../src/ingest/index.js';
import { column, fixture } from './helpers.js';

const text = '户编号,村代码\nH1,360121101001\nH2,360121101002\n';
const bytes = new TextEncoder().encode(text);

describe('readTable sources', () => {
  it('reads a string, bytes, an ArrayBuffer, a Blob and a File alike', async () => {
    const sources = [
      text,
      bytes,
      bytes.buffer.slice(0),
      new Blob([bytes]),
      new File([bytes], 'h.csv'),
    ];
    for (const s of sources) {
      const r = await readTable(s);
      expect(column(r.table, 'householdId')).toEqual(['H1', 'H2']);
    }
    expect((await readTable(new File([bytes], 'h.csv'))).stats.file).toBe('h.csv');
  });

  it('fetches exactly the URL the host gives, with the host fetch', async () => {
    const asked: string[] = [];
    const fetch = (url: string | URL | Request): Promise<Response> => {
      asked.push(url instanceof Request ? url.url : String(url));
      return Promise.resolve(
        new Response(bytes, { headers: { 'content-length': String(bytes.length) } }),
      );
    };
    const r = await readTable(new URL('https://portal.example/exports/%E6%88%B7.csv?v=1'), {
      fetch,
    });
    expect(asked).toEqual(['https://portal.example/exports/%E6%88%B7.csv?v=1']);
    expect(r.stats.file).toBe('户.csv');
    expect(r.stats.accepted).toBe(2);
  });

  it('never treats a string as a URL', async () => {
    const fetch = (): Promise<Response> => Promise.reject(new Error('must not fetch'));
    const r = await readTable('https://evil.example/x.csv', { fetch });
    expect(r.stats.fileRejected).toBe(true);
    expect(r.rejected[0]!.code).toBe('file.noHeader');
  });

  it('reports an HTTP error as a file problem', async () => {
    const fetch = (): Promise<Response> =>
      Promise.resolve(new Response('no', { status: 404, statusText: 'Not Found' }));
    const r = await readTable({ url: 'https://portal.example/h.csv' }, { fetch });
    expect(r.rejected.map((p) => [p.file, p.code, p.message.en])).toEqual([
      [
        'h.csv',
        'file.fetch',
        'the file could not be read: https://portal.example/h.csv: HTTP 404 Not Found',
      ],
    ]);
  });

  it('reads a big file in chunks, reporting progress up to the whole size', async () => {
    const lines = ['户编号,村代码,人均纯收入'];
    for (let i = 0; i < 20000; i++)
      lines.push(`H${i},360121101001,"${(i * 1000).toLocaleString('en-US')}"`);
    const blob = new Blob([lines.join('\n')]);
    const seen: IngestProgress[] = [];
    const r = await readTable(blob, { chunkSize: 64 * 1024, onProgress: (p) => seen.push(p) });
    expect(r.stats.accepted).toBe(20000);
    expect(seen.length).toBeGreaterThan(5);
    // rows counts records parsed, the header included.
    expect(seen.at(-1)).toMatchObject({ bytes: blob.size, totalBytes: blob.size, rows: 20001 });
    expect(seen.every((p, i) => i === 0 || p.bytes >= seen[i - 1]!.bytes)).toBe(true);
    expect(r.table.column('incomePerCapita')).toBeInstanceOf(Float64Array);
  });

  it('reports progress once a chunk, with the records parsed up to its end', async () => {
    // Rows are handed on as they are parsed, and a chunk's progress comes once they all have
    // been: the events are those of a chunk parsed whole, a file given up on included.
    const lines = ['户编号,村代码'];
    for (let i = 0; i < 6000; i++) lines.push(i % 700 === 0 ? '' : `H${i},360121101001`);
    const events = async (text: string) => {
      const seen: [number, number][] = [];
      const r = await readTable(new TextEncoder().encode(text), {
        chunkSize: 16384,
        onProgress: (p) => seen.push([p.bytes, p.rows]),
      });
      return { seen, blank: r.stats.blank, read: r.stats.read };
    };
    expect(await events(lines.join('\n') + '\n')).toEqual({
      seen: [
        [16384, 0],
        [32768, 0],
        [49152, 0],
        [65536, 0],
        [81920, 4369],
        [98304, 5231],
        [112752, 5992],
        [112752, 5992],
      ],
      blank: 9,
      read: 5991,
    });
    expect(await events('a,b\n' + 'x,y\n'.repeat(20000))).toEqual({
      seen: [
        [16384, 0],
        [32768, 0],
        [49152, 0],
        [65536, 16384],
      ],
      blank: 0,
      read: 0,
    });
  });

  it('gives the event loop a turn between chunks, even for bytes already in memory', async () => {
    const big = new TextEncoder().encode(
      '户编号,村代码\n' + Array.from({ length: 5000 }, (_, i) => `H${i},360121101001`).join('\n'),
    );
    let ticked = false;
    setTimeout(() => (ticked = true), 0);
    const r = await readTable(big, { chunkSize: 4096 });
    expect(ticked).toBe(true);
    expect(r.stats.accepted).toBe(5000);
  });

  it('detects GBK even when the first chunk is all ASCII', async () => {
    const { default: iconv } = await import('iconv-lite');
    const head = '户编号,村代码,户主姓名\n';
    const filler = Array.from({ length: 3000 }, (_, i) => `H${i},360121101001,x`).join('\n');
    const gbk = iconv.encode(`${head}${filler}\nH9999,360121101001,魏小明\n`, 'gbk');
    // The header's Chinese is in chunk 1; make the first chunk pure ASCII by moving it later.
    const late = iconv.encode(
      `householdId,regionCode,headName\n${filler}\nH9999,360121101001,魏小明\n`,
      'gbk',
    );
    for (const b of [gbk, late]) {
      const r = await readTable(new Uint8Array(b), { chunkSize: 4096 });
      expect(r.stats.encoding).toBe('gb18030');
      expect(column(r.table, 'headName').at(-1)).toBe('魏小明');
    }
  });

  it('lets the host force an encoding', async () => {
    const r = await readTable(new TextEncoder().encode('户编号,村代码\nH1,360121101001\n'), {
      encoding: 'gbk',
    });
    expect(r.stats.encoding).toBe('gb18030');
    expect(r.stats.fileRejected).toBe(true); // UTF-8 read as GBK: no header to be found.
  });

  it('stops when the signal aborts', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(readTable(new Blob([bytes]), { signal: ac.signal })).rejects.toThrow();
  });
});

describe('readTable options', () => {
  it('fails on an unknown option, naming it', async () => {
    await expect(readTable(text, { delimter: ';' } as never)).rejects.toThrow(
      'readTable: unknown option "delimter"',
    );
  });

  it('fails on a value outside an option’s choices, listing them', async () => {
    await expect(readTable(text, { encoding: 'latin1' } as never)).rejects.toThrow(
      /"encoding" must be one of "auto", "utf-8"/,
    );
    await expect(readTable(text, { table: 'people' } as never)).rejects.toThrow(
      /"table" must be one of/,
    );
    await expect(readTable(text, { chunkSize: 10 })).rejects.toThrow(/chunkSize/);
  });

  it('treats undefined as the default', async () => {
    const r = await readTable(text, { delimiter: undefined, encoding: undefined });
    expect(r.stats.delimiter).toBe(',');
    expect(readTableDefaults.delimiter).toBe('auto');
  });

  it('reads the header from the row the host names', async () => {
    const r = await readTable('说明\n户编号,村代码\nH1,360121101001\n', {
      headerRow: 2,
      table: 'households',
    });
    expect(r.stats.headerRow).toBe(2);
    expect(r.stats.accepted).toBe(1);
  });
});

describe('readTable and fixtures from disk', () => {
  it('reads a fixture handed over as a File with its name', async () => {
    const r = await readTable(new File([fixture('regions.csv') as BlobPart], 'regions.csv'));
    expect(r.stats).toMatchObject({ file: 'regions.csv', table: 'regions', accepted: 4 });
  });
});
