// DuckDB for the scoring benchmark: the flat rules of score-bench-main.mjs as SQL, run by
// DuckDB-wasm (its Node build, as a page would run it) and by native DuckDB (@duckdb/node-api).
// Both start from the same encoded integer columns as the bare loop, so the figures compare the
// scoring and roll-up work alone; loading the tables into DuckDB is timed apart.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as aq from 'arquero';
import { utf8 } from '@uwdata/flechette';
import * as arrow from 'apache-arrow';

const require = createRequire(import.meta.url);

/** The rules as rows: item j fires for a household with a record in its window at or over its cut. */
export function itemRows(enc, flat, items, lastMonth) {
  const r = enc.records; // only its item list
  return items.map((s, j) => ({
    j,
    item: r.items.findIndex((x) => x.department === s.department && x.indicator === s.indicator),
    person: s.keyType === 'person' ? 1 : 0,
    lo: lastMonth - (s.months ?? 12) + 1,
    hi: lastMonth,
    cut: flat.indicators[j].source.where.value,
    pts:
      flat.indicators[j].class === 'resilience'
        ? -flat.indicators[j].points
        : flat.indicators[j].points,
    core: flat.indicators[j].core ? 1 : 0,
  }));
}

/** Fired (household, item) pairs: the rules' join, kept as a table for the what-if re-score. */
const FIRED = `CREATE OR REPLACE TABLE fired AS
  SELECT DISTINCT r.household AS h, i.j
  FROM records r JOIN items i ON r.item = i.item AND r.person = i.person
  WHERE r.household >= 0 AND r.month BETWEEN i.lo AND i.hi AND r.value >= i.cut`;

/** The two forms of the inputs: encoded integer columns, or the canonical string tables. */
const FORMS = {
  encoded: {
    items: 'items',
    key: 'h',
    households: 'households',
    regions: 'hh.village, hh.township, hh.county',
  },
  canonical: {
    items: 'items_s',
    key: 'householdId',
    households: 'households_s',
    regions:
      'hh.regionCode AS village, substr(hh.regionCode, 1, 9) AS township, substr(hh.regionCode, 1, 6) AS county',
  },
};

/** Score, lamps, due and the roll-up to village, township and county from the fired pairs. */
const rollUp = (form, points, threshold) => `
  WITH sums AS (
    SELECT f.${form.key}, sum(${points}) AS s, max(CASE WHEN i.pts > 0 THEN i.core ELSE 0 END) AS c
    FROM fired f JOIN ${form.items} i USING (j) GROUP BY f.${form.key}
  ), scored AS (
    SELECT ${form.regions}, hh.size, greatest(coalesce(s.s, 0), 0) AS score, coalesce(s.c, 0) AS c
    FROM ${form.households} hh LEFT JOIN sums s USING (${form.key})
  ), lamped AS (
    SELECT *, least(CASE WHEN c = 1 THEN greatest(floor(score / 20), 2)
      ELSE floor(score / 20) END, 5)::INT AS lamps FROM scored
  )
  SELECT village, township, county, lamps, count(*)::INT AS households,
    sum(size)::DOUBLE AS people, sum((score >= ${threshold})::INT)::INT AS due
  FROM lamped GROUP BY GROUPING SETS ((village, lamps), (township, lamps), (county, lamps))`;

/** The full job: fire, score, lamps, due, roll-up to three levels. */
export const fullJobSql = (threshold) => [FIRED, rollUp(FORMS.encoded, 'i.pts', threshold)];
/** The what-if: every item's points × 1.5, re-scored from the kept fired pairs. */
export const whatIfSql = (threshold) => [rollUp(FORMS.encoded, 'i.pts * 1.5', threshold)];

/** Arrow IPC of the encoded inputs and the rule rows, the form both DuckDB builds load. */
export function arrowTables(r, hh, rows, parents) {
  const item = new Int32Array(r.n).fill(-1);
  for (let id = 0; id < r.items.length; id++) item.fill(id, r.itemStart[id], r.itemStart[id + 1]);
  return {
    records: arrow.tableFromArrays({
      household: r.household,
      item,
      month: r.month,
      person: Int8Array.from(r.personKey),
      value: r.value,
    }),
    households: arrow.tableFromArrays({
      h: Int32Array.from({ length: hh.n }, (_, i) => i),
      village: hh.village,
      township: Int32Array.from(hh.village, (v) => parents.township[v]),
      county: Int32Array.from(hh.village, (v) => parents.county[v]),
      size: hh.size,
    }),
    items: arrow.tableFromArrays(
      Object.fromEntries(
        ['j', 'item', 'person', 'lo', 'hi', 'core']
          .map((k) => [k, Int32Array.from(rows, (x) => x[k])])
          .concat(['cut', 'pts'].map((k) => [k, Float64Array.from(rows, (x) => x[k])])),
      ),
    ),
  };
}

/** DuckDB-wasm, the Node blocking build (single-threaded, as in a page without cross-origin isolation). */
export async function duckdbWasm(tables) {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundle = (name) => ({
    mainModule: join(dist, `duckdb-${name}.wasm`),
    mainWorker: join(dist, `duckdb-node-${name}.worker.cjs`),
  });
  const db = await duckdb.createDuckDB(
    { mvp: bundle('mvp'), eh: bundle('eh') },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  const conn = db.connect();
  const load = (more) => {
    for (const [name, table] of Object.entries(more)) {
      const bytes = table instanceof Uint8Array ? table : arrow.tableToIPC(table, 'stream');
      conn.query(`DROP TABLE IF EXISTS ${name}`);
      conn.insertArrowFromIPCStream(bytes, { name });
    }
  };
  load(tables);
  const version = conn.query('SELECT version() AS v').toArray()[0].v;
  return {
    name: `DuckDB-wasm ${version}`,
    /** Loads more tables (Arrow tables or IPC stream bytes). */
    async load(more) {
      load(more);
    },
    async run(statements) {
      let last;
      for (const sql of statements) last = conn.query(sql);
      return last.toArray().map((row) => row.toJSON());
    },
    async close() {
      conn.close();
    },
  };
}

/** Native DuckDB through @duckdb/node-api, with its default threads. */
export async function duckdbNative(tables) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const [name, table] of Object.entries(tables)) {
    const columns = table.schema.fields.map((f) => f.name);
    await conn.run(
      `CREATE TABLE ${name} (${columns
        .map(
          (c, k) =>
            `${c} ${String(table.schema.fields[k].type) === 'Float64' ? 'DOUBLE' : 'INTEGER'}`,
        )
        .join(', ')})`,
    );
    const appender = await conn.createAppender(name);
    const vectors = columns.map((c) => table.getChild(c).toArray());
    const float = columns.map((_, k) => String(table.schema.fields[k].type) === 'Float64');
    for (let i = 0; i < table.numRows; i++) {
      for (let k = 0; k < columns.length; k++) {
        if (float[k]) appender.appendDouble(vectors[k][i]);
        else appender.appendInteger(vectors[k][i]);
      }
      appender.endRow();
    }
    appender.closeSync();
  }
  const version = (await conn.runAndReadAll('SELECT version() AS v')).getRowObjects()[0].v;
  const threads = (
    await conn.runAndReadAll("SELECT current_setting('threads') AS t")
  ).getRowObjects()[0].t;
  return {
    name: `DuckDB native ${version}, ${threads} threads`,
    async run(statements) {
      let last;
      for (const sql of statements) last = await conn.runAndReadAll(sql);
      return last.getRowObjectsJS();
    },
    async close() {
      conn.closeSync();
    },
  };
}

/** The rules as rows over the canonical string columns: departments, indicators, periods as text. */
export function canonicalItemRows(rows, items, lastPeriod) {
  const [y, m] = lastPeriod.split('-').map(Number);
  const period = (k) => `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  const last = y * 12 + m - 1;
  return rows.map((row, j) => ({
    ...row,
    department: items[j].department,
    indicator: items[j].indicator,
    keyType: items[j].keyType,
    from: period(last - (items[j].months ?? 12) + 1),
    to: period(last),
  }));
}

/**
 * The full job from the canonical tables as a host would load them (string keys, person-keyed
 * records joined through members, periods as `YYYY-MM`): the work the kernel does in encode + score.
 */
export const canonicalFullJobSql = (threshold) => [
  `CREATE OR REPLACE TABLE fired AS
  WITH hits AS (
    SELECT r.key, r.keyType, i.j
    FROM departmentRecords_s r
    JOIN items_s i ON r.department = i.department AND r.indicator = i.indicator AND r.keyType = i.keyType
    WHERE r.period BETWEEN i."from" AND i."to" AND r.value >= i.cut
  )
  SELECT DISTINCT key AS householdId, j FROM hits WHERE keyType = 'household'
  UNION
  SELECT DISTINCT m.householdId, h.j FROM hits h JOIN members_s m ON m.personId = h.key
  WHERE h.keyType = 'person'`,
  rollUp(FORMS.canonical, 'i.pts', threshold),
];

/** Arrow IPC streams of the canonical input tables (arquero's own writer) and the string rule rows. */
export function canonicalArrowTables(inputs, rows) {
  // Plain utf8 columns, as DuckDB would read them from the CSV files, not the dictionaries
  // arquero infers for strings.
  const ipc = (table, columns) =>
    aq.toArrowIPC(table.select(columns), {
      format: 'stream',
      types: Object.fromEntries(
        columns.filter((c) => typeof table.get(c, 0) === 'string').map((c) => [c, utf8()]),
      ),
    });
  const text = ['department', 'indicator', 'keyType', 'from', 'to'];
  return {
    households_s: ipc(inputs.households, ['householdId', 'regionCode', 'size']),
    members_s: ipc(inputs.members, ['personId', 'householdId']),
    departmentRecords_s: ipc(inputs.departmentRecords, [
      'key',
      'keyType',
      'department',
      'indicator',
      'period',
      'value',
    ]),
    // arquero's writer (flechette) builds no code from strings; apache-arrow's string builder does.
    items_s: aq.toArrowIPC(
      aq.table({
        ...Object.fromEntries(text.map((k) => [k, rows.map((x) => x[k])])),
        j: Int32Array.from(rows, (x) => x.j),
        core: Int32Array.from(rows, (x) => x.core),
        cut: Float64Array.from(rows, (x) => x.cut),
        pts: Float64Array.from(rows, (x) => x.pts),
      }),
      { format: 'stream' },
    ),
  };
}
