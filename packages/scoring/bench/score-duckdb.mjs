// DuckDB for the scoring benchmark: the flat rules of score-bench-main.mjs as SQL, run by
// DuckDB-wasm (its Node build, as a page would run it) and by native DuckDB (@duckdb/node-api).
// Both start from the same encoded integer columns as the bare loop, so the figures compare the
// scoring and roll-up work alone; loading the tables into DuckDB is timed apart.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as arrow from 'apache-arrow';

const require = createRequire(import.meta.url);

/** The rules as rows: item j fires for a household with a record in its window at or over its cut. */
export function itemRows(enc, flat, items, lastMonth) {
  const r = enc.records;
  return items.map((s, j) => ({
    j,
    dept: r.departments.indexOf(s.department),
    ind: r.indicators.indexOf(s.indicator),
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
  FROM records r JOIN items i ON r.dept = i.dept AND r.ind = i.ind AND r.person = i.person
  WHERE r.household >= 0 AND r.month BETWEEN i.lo AND i.hi AND r.value >= i.cut`;

/** Score, lamps, due and the roll-up to village, township and county from the fired pairs. */
const rollUp = (points, threshold) => `
  WITH sums AS (
    SELECT f.h, sum(${points}) AS s, max(CASE WHEN i.pts > 0 THEN i.core ELSE 0 END) AS c
    FROM fired f JOIN items i USING (j) GROUP BY f.h
  ), scored AS (
    SELECT hh.village, hh.township, hh.county, hh.size, greatest(coalesce(s.s, 0), 0) AS score,
      coalesce(s.c, 0) AS c
    FROM households hh LEFT JOIN sums s USING (h)
  ), lamped AS (
    SELECT *, least(CASE WHEN c = 1 THEN greatest(floor(score / 20), 2)
      ELSE floor(score / 20) END, 5)::INT AS lamps FROM scored
  )
  SELECT village, township, county, lamps, count(*)::INT AS households,
    sum(size)::DOUBLE AS people, sum((score >= ${threshold})::INT)::INT AS due
  FROM lamped GROUP BY GROUPING SETS ((village, lamps), (township, lamps), (county, lamps))`;

/** The full job: fire, score, lamps, due, roll-up to three levels. */
export const fullJobSql = (threshold) => [FIRED, rollUp('i.pts', threshold)];
/** The what-if: every item's points × 1.5, re-scored from the kept fired pairs. */
export const whatIfSql = (threshold) => [rollUp('i.pts * 1.5', threshold)];

/** Arrow IPC of the encoded inputs and the rule rows, the form both DuckDB builds load. */
export function arrowTables(enc, rows, parents) {
  const r = enc.records;
  const hh = enc.households;
  return {
    records: arrow.tableFromArrays({
      household: r.household,
      dept: r.department,
      ind: r.indicator,
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
        ['j', 'dept', 'ind', 'person', 'lo', 'hi', 'core']
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
  for (const [name, table] of Object.entries(tables))
    conn.insertArrowFromIPCStream(arrow.tableToIPC(table, 'stream'), { name });
  const version = conn.query('SELECT version() AS v').toArray()[0].v;
  return {
    name: `DuckDB-wasm ${version}`,
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
