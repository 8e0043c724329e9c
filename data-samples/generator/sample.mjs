// The committed samples, generated in memory: file path → contents. The CLI writes them; the
// tests compare them with the committed files byte for byte.
import iconv from 'iconv-lite';
import { badRowFiles } from './bad-rows.mjs';
import { monitoredRoster } from './roster.mjs';
import { generateCounty, readGeography } from './county.mjs';
import { COUNTIES } from './counties.mjs';
import { setup } from './setup.mjs';
import { CHINESE_CODES, CHINESE_HEADERS, COLUMNS, csvText } from './tables.mjs';

/** The committed sample: both counties, about 20 households a village. */
export const SAMPLE = {
  seed: 'shouwang-2025',
  householdsPerVillage: 20,
  counties: ['360121', '610921'],
};

/** 幽兰镇, the township of seed 000 with the most people: the national-roster sample. */
const YOULAN = '360121104';

/** 平梁镇, the Ankang platform's pilot township (seed 004): the JSON sample. */
const PINGLIANG = '610921103';

/**
 * Every table cut to one township, as one JSON document (a portal's JSON export).
 * @param {Record<string, Record<string, unknown>[]>} tables @param {string} prefix 9-digit township code
 * @param {string} asOf
 */
function townshipSlice(tables, prefix, asOf) {
  const households = (tables.households ?? []).filter((h) =>
    String(h.regionCode).startsWith(prefix),
  );
  const ids = new Set(households.map((h) => h.householdId));
  const people = new Set(
    (tables.members ?? []).filter((m) => ids.has(m.householdId)).map((m) => m.personId),
  );
  return {
    asOf,
    regions: (tables.regions ?? []).filter(
      (r) => String(r.regionCode).startsWith(prefix) || r.level === 'county',
    ),
    households,
    members: (tables.members ?? []).filter((m) => ids.has(m.householdId)),
    departmentRecords: (tables.departmentRecords ?? []).filter(
      (r) => ids.has(r.key) || people.has(r.key),
    ),
    workEvents: (tables.workEvents ?? []).filter((e) => ids.has(e.householdId)),
    measures: (tables.measures ?? []).filter((m) => ids.has(m.householdId)),
  };
}

/** @param {Record<string, unknown>} row @param {readonly string[]} columns */
const pick = (row, columns) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));

/**
 * Generates one county into memory.
 * @param {import('./county.mjs').Geography} geography @param {ReturnType<typeof setup>} shared @param {number} households
 */
export function countyTables(geography, shared, households) {
  /** @type {Record<string, Record<string, unknown>[]>} */
  const t = {
    regions: [],
    households: [],
    members: [],
    departmentRecords: [],
    workEvents: [],
    measures: [],
  };
  /** @type {object[]} */
  const features = [];
  const scores = [];
  const { story } = generateCounty(
    geography,
    { ...shared, households },
    {
      region: (row) => t.regions?.push(row),
      feature: (f) => features.push(f),
      generated: (g) => {
        t.households?.push(pick(g.household, COLUMNS.households));
        for (const m of g.household.members) t.members?.push(pick(m, COLUMNS.members));
        t.departmentRecords?.push(...g.records);
        t.workEvents?.push(...g.events);
        t.measures?.push(...g.measures);
        scores.push({ householdId: g.household.householdId, score: g.score, lamps: g.lamps });
      },
    },
  );
  return { tables: t, features, story, scores };
}

/**
 * Every committed file, by path relative to data-samples/.
 * @param {{seed?: string | number, householdsPerVillage?: number}} [options]
 * @returns {Map<string, string | Buffer>}
 */
export function sampleFiles(options = {}) {
  return generateSample(options).files;
}

/**
 * The committed sample: its files, and per county the tables, story and household scores they
 * were written from (for tests).
 * @param {{seed?: string | number, householdsPerVillage?: number}} [options]
 */
export function generateSample(options = {}) {
  const seed = options.seed ?? SAMPLE.seed;
  const perVillage = options.householdsPerVillage ?? SAMPLE.householdsPerVillage;
  const shared = setup(seed);
  /** @type {Map<string, string | Buffer>} */
  const files = new Map();
  const counties = [];
  for (const code of SAMPLE.counties) {
    const geography = readGeography(code);
    const villages = geography.townships.reduce((n, t) => n + t.villages.length, 0);
    const { tables, features, story, scores } = countyTables(
      geography,
      shared,
      villages * perVillage,
    );
    const dir = COUNTIES[/** @type {keyof typeof COUNTIES} */ (code)]?.key ?? code;
    counties.push({ code, dir, tables, story, scores });
    for (const [table, columns] of Object.entries(COLUMNS)) {
      const name = table.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      files.set(
        `${dir}/${name}.csv`,
        csvText(/** @type {Record<string, unknown>[]} */ (tables[table]), columns),
      );
    }
    files.set(
      `${dir}/regions.geojson`,
      `${JSON.stringify({ type: 'FeatureCollection', features })}\n`,
    );
    const counts = {
      asOf: shared.asOf,
      seed: String(seed),
      households: tables.households?.length,
      people: tables.members?.length,
      departmentRecords: tables.departmentRecords?.length,
      workOrders: new Set(tables.workEvents?.map((e) => e.orderId)).size,
      workEvents: tables.workEvents?.length,
      measures: tables.measures?.length,
      scores: Object.fromEntries(
        [0, 1, 2, 3, 4, 5].map((l) => [`lamps${l}`, scores.filter((s) => s.lamps === l).length]),
      ),
    };
    files.set(`${dir}/story.json`, `${JSON.stringify({ ...story, counts }, null, 2)}\n`);
    if (code === '360121') {
      // As real department exports often come: Chinese headers and names, GBK-encoded.
      const civil = (tables.departmentRecords ?? []).filter((r) => r.department === 'civilAffairs');
      const text = csvText(civil, COLUMNS.departmentRecords, {
        headers: CHINESE_HEADERS.departmentRecords,
        codes: {
          keyType: CHINESE_CODES['departmentRecords.keyType'],
          department: CHINESE_CODES['departmentRecords.department'],
        },
      });
      files.set(
        `${dir}/department-records-civil-affairs.gbk.csv`,
        iconv.encode(text.replaceAll('\n', '\r\n'), 'gbk'),
      );
      for (const [path, content] of badRowFiles(tables)) files.set(`${dir}/${path}`, content);
      files.set(`${dir}/monitored-roster.xlsx`, monitoredRoster(tables, shared.asOf, YOULAN));
    } else {
      // A Chinese-header export with a BOM, as Excel writes "CSV UTF-8" (平梁镇's households).
      files.set(
        `${dir}/pingliang-households.zh.csv`,
        `\uFEFF${csvText(townshipSlice(tables, PINGLIANG, shared.asOf).households, COLUMNS.households, { headers: CHINESE_HEADERS.households, codes: { category: CHINESE_CODES['households.category'] } })}`,
      );
      files.set(
        `${dir}/pingliang.json`,
        `${JSON.stringify(townshipSlice(tables, PINGLIANG, shared.asOf))}\n`,
      );
    }
  }
  return { files, counties, asOf: shared.asOf };
}
