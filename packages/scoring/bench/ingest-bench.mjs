// Ingest throughput and memory: `node packages/scoring/bench/ingest-bench.mjs [households=200000]`.
// Writes synthetic files to a temp dir (households as UTF-8 CSV, GBK CSV and XLSX; members, two
// a household, as UTF-8 CSV; a workbook with a households and a members sheet), then times
// readTable on each, readTables on a list (members before households, so both are probed and
// sorted), beside d3-dsv's csvParse (CSV) and a bare SheetJS read (XLSX) on the same bytes, and
// prints MB/s, rows/s and peak RSS. Each case runs in Node processes of its own: one times it,
// another reads once for its peak RSS (a bare Node process's is printed to compare).
// INGEST_SRC=<path of an ingest index.ts> times another copy of the source (an older commit's,
// say) on the same files; INGEST_CASES=<regex> runs only the cases it matches. Nothing is
// committed; the temp dir is removed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

if (process.argv[2] === '--case') await runCase(JSON.parse(process.argv[3]));
else await main();

// One case in this (child) process: a warm-up, then the best of three runs.
// With `once`, a single run and no more, so that the peak RSS is that of one read (the timing runs
// keep the previous result alive while the next is made).
async function runCase({ kind, module, files, names, records, expect, once, options }) {
  const { readTable, readTables } = await import(module);
  const bytes = files.map((f) => readFileSync(f));
  const blobs = () => bytes.map((b, i) => new File([b], names[i]));
  let check = () => {};
  let fn;
  if (kind === 'readTable') {
    const blob = blobs()[0];
    fn = () => readTable(blob, { fileName: names[0], ...options });
    check = (r) => r.stats.accepted;
  } else if (kind === 'readTables') {
    const list = blobs();
    fn = () => readTables(list);
    check = (r) => r.stats.accepted;
  } else if (kind === 'd3') {
    const { csvParse } = await import('d3-dsv');
    const enc = names[0].startsWith('gbk') ? 'gbk' : 'utf-8';
    fn = () => csvParse(new TextDecoder(enc).decode(bytes[0]));
  } else if (kind === 'sheetjs') {
    const XLSX = await import('@e965/xlsx');
    fn = () => {
      const wb = XLSX.read(bytes[0], { type: 'buffer', dense: true });
      return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]]);
    };
  } else if (kind !== 'idle') throw new Error(`unknown case ${kind}`);
  let best = Infinity;
  if (fn) {
    for (let k = 0; k < (once ? 1 : 4); k++) {
      globalThis.gc?.();
      const t0 = performance.now();
      const out = await fn();
      const ms = performance.now() - t0;
      if (k > 0 || once) best = Math.min(best, ms);
      const got = check(out);
      if (expect !== undefined && got !== expect)
        throw new Error(
          `accepted ${got} of ${expect}: ${JSON.stringify(out.rejected.slice(0, 3))}`,
        );
    }
  }
  const bytesTotal = bytes.reduce((n, b) => n + b.length, 0);
  process.stdout.write(JSON.stringify({ ms: best, bytes: bytesTotal, records, peak: peakRss() }));
}

// This process's peak RSS in kB. On Linux, VmHWM: getrusage's maxRSS carries over what the parent
// held when it forked this process, which would put the parent's size under every case.
function peakRss() {
  try {
    const m = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

async function main() {
  const { build } = await import('esbuild');
  const { default: iconv } = await import('iconv-lite');
  const XLSX = await import('@e965/xlsx');
  const n = Number(process.argv[2] ?? 200000);
  const dir = mkdtempSync(join(tmpdir(), 'sw-ingest-bench-'));

  // The library is TypeScript: bundle the ingest entry once (dependencies stay external).
  const module = join(here, '.ingest-bench.tmp.mjs');
  await build({
    entryPoints: [process.env.INGEST_SRC ?? join(here, '../src/ingest/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    external: ['arquero', '@e965/xlsx'],
    outfile: module,
    logLevel: 'warning',
  });
  const { personIdCheckChar } = await import(module);

  // A seeded generator, so every run times the same file.
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const names = ['魏', '李', '张', '王', '刘', '陈', '杨', '赵'];
  const categories = ['脱贫不稳定户', '边缘易致贫户', '突发严重困难户', ''];
  const header = [
    '户编号',
    '村代码',
    '户主姓名',
    '家庭人口数',
    '监测对象类别',
    '纳入监测日期',
    '人均纯收入',
    '工资性收入',
    '生产经营性收入',
    '转移性收入',
    '财产性收入',
    '备注',
  ];
  const rows = [header];
  for (let i = 0; i < n; i++) {
    const village = `360121${String(101 + (i % 25)).padStart(3, '0')}${String(1 + (i % 19)).padStart(3, '0')}`;
    rows.push([
      `H${String(i).padStart(8, '0')}`,
      village,
      `${names[i % 8]}某${i % 100}`,
      String(1 + Math.floor(rand() * 7)),
      categories[i % 4],
      `2024-0${1 + (i % 9)}-1${i % 10}`,
      (4000 + rand() * 30000).toFixed(2),
      String(Math.floor(rand() * 40000)),
      `"${Math.floor(rand() * 20000).toLocaleString('en-US')}"`,
      String(Math.floor(rand() * 8000)),
      i % 3 === 0 ? '' : String(Math.floor(rand() * 1000)),
      i % 50 === 0 ? '"住址：东村, 3组"' : '无',
    ]);
  }
  const csvText = rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
  const files = {
    'utf8.csv': new TextEncoder().encode(csvText),
    'gbk.csv': new Uint8Array(iconv.encode(csvText, 'gbk')),
  };
  const xlsxRows = Math.min(n, 50000);
  // In the workbook numbers are numbers (as Excel stores them), text is text.
  const numeric = new Set([3, 6, 7, 8, 9, 10]);
  const cell = (v, j) =>
    numeric.has(j) && v !== '' ? Number(v.replace(/[",]/g, '')) : v.replace(/"/g, '');
  const ws = XLSX.utils.aoa_to_sheet([
    header,
    ...rows.slice(1, xlsxRows + 1).map((r) => r.map(cell)),
  ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'households');
  files['households.xlsx'] = new Uint8Array(
    XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }),
  );
  // Members of the workbook's households, two each: ID numbers with valid check characters.
  const relations = ['户主', '配偶', '之子', '之女'];
  const health = ['健康', '长期慢性病', '患有大病', ''];
  const members = [['身份证号', '户编号', '姓名', '与户主关系', '出生日期', '健康状况']];
  for (let i = 0; i < xlsxRows * 2; i++) {
    const y = 1940 + (i % 70);
    const m = String(1 + (i % 12)).padStart(2, '0');
    const d = String(1 + (i % 28)).padStart(2, '0');
    // (y, m, d) repeat every 420 members; the sequence number tells those apart.
    const first17 = `360121${y}${m}${d}${String(Math.floor(i / 420) % 1000).padStart(3, '0')}`;
    members.push([
      first17 + personIdCheckChar(first17),
      `H${String(i >> 1).padStart(8, '0')}`,
      `${names[i % 8]}某${i % 100}`,
      relations[i % 4],
      i % 5 === 0 ? '' : `${y}-${m}-${d}`,
      health[i % 4],
    ]);
  }
  files['members.csv'] = new TextEncoder().encode(
    members.map((r) => r.join(',')).join('\r\n') + '\r\n',
  );
  // A roster workbook as exports come: the households sheet first, then the members sheet.
  const roster = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(roster, ws, 'households');
  XLSX.utils.book_append_sheet(roster, XLSX.utils.aoa_to_sheet(members), 'members');
  files['roster.xlsx'] = new Uint8Array(
    XLSX.write(roster, { type: 'array', bookType: 'xlsx', compression: true }),
  );
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);

  const child = (spec) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--expose-gc',
          fileURLToPath(import.meta.url),
          '--case',
          JSON.stringify({ module, ...spec }),
        ],
        { cwd: here, encoding: 'utf8', maxBuffer: 1 << 20 },
      ),
    );
  // The time from one process (best of three), the peak from another that reads once.
  const run = (spec) => ({ ...child(spec), peak: child({ ...spec, once: true }).peak });
  // INGEST_CASES=<regular expression> runs only the cases whose label it finds.
  const only = process.env.INGEST_CASES ? new RegExp(process.env.INGEST_CASES) : null;
  const print = (label, spec) => {
    if (only && !only.test(label)) return;
    const r = run(spec);
    const s = r.ms / 1000;
    const mb = r.bytes / 1e6;
    console.log(
      `${label.padEnd(44)} ${(mb / s).toFixed(1).padStart(6)} MB/s ${Math.round(r.records / s)
        .toLocaleString('en-US')
        .padStart(
          10,
        )} rows/s  peak RSS of one read ${String(Math.round(r.peak / 1024)).padStart(4)} MB  (${mb.toFixed(1)} MB, ${r.records.toLocaleString('en-US')} rows, ${r.ms.toFixed(0)} ms)`,
    );
  };
  const f = (name) => join(dir, name);

  console.log(
    `ingest benchmark: ${n.toLocaleString('en-US')} households, Node ${process.version}; best of 3 runs after a warm-up, each case in its own process\n`,
  );
  const idle = child({ kind: 'idle', files: [], names: [], records: 0 });
  console.log(
    `${'bare Node process (module loaded)'.padEnd(44)} peak RSS ${Math.round(idle.peak / 1024)} MB`,
  );
  for (const name of ['utf8.csv', 'gbk.csv']) {
    const one = { files: [f(name)], names: [name], records: n };
    print(`readTable ${name} (Blob, 1 MB chunks)`, { kind: 'readTable', ...one, expect: n });
    print(`d3-dsv csvParse ${name} (decode+parse)`, { kind: 'd3', ...one });
  }
  const m = xlsxRows * 2;
  const mem = { files: [f('members.csv')], names: ['members.csv'], records: m };
  print('readTable members.csv', { kind: 'readTable', ...mem, expect: m });
  // Every row rejected (its household unknown): the path of problems and rejected rows.
  print('readTable members.csv, every row rejected', {
    kind: 'readTable',
    ...mem,
    options: { households: ['H1'] },
    expect: 0,
  });
  const x = { files: [f('households.xlsx')], names: ['households.xlsx'], records: xlsxRows };
  print('readTable households.xlsx', { kind: 'readTable', ...x, expect: xlsxRows });
  print('readTables [households.xlsx]', { kind: 'readTables', ...x, expect: xlsxRows });
  print('readTable roster.xlsx (households sheet of 2)', {
    kind: 'readTable',
    files: [f('roster.xlsx')],
    names: ['roster.xlsx'],
    records: xlsxRows,
    expect: xlsxRows,
  });
  print('SheetJS read + sheet_to_json (bare)', { kind: 'sheetjs', ...x });
  print('readTables [members.csv, households.xlsx]', {
    kind: 'readTables',
    files: [f('members.csv'), f('households.xlsx')],
    names: ['members.csv', 'households.xlsx'],
    records: m + xlsxRows,
    expect: m + xlsxRows,
  });
  rmSync(module);
  rmSync(dir, { recursive: true, force: true });
}
