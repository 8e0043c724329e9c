// Generates one county: real townships and villages, synthetic geometry inside the real outline,
// the story roles, then every village's households in code order. Rows go to a sink as they are
// made, so a 770k-household city streams to disk instead of sitting in memory.
import { readFileSync } from 'node:fs';
import { contains, counterClockwise } from './clip.mjs';
import { configFor } from './counties.mjs';
import { partitionCounty, samplePoints } from './partition.mjs';
import { stream } from './random.mjs';
import { incomeLine, loadPreset } from './rules.mjs';
import { SCENARIOS } from './scenarios.mjs';
import { assignRoles, ROLE_REASONS } from './story.mjs';
import { generateVillage } from './village.mjs';

/** @typedef {import('./village.mjs').Generated} Generated */
/**
 * @typedef {{ code: string, name: string, provenance: Record<string, string>,
 *   townships: {code: string, name: string, villages: {code: string, name: string, fullName: string}[]}[],
 *   outline: {type: 'MultiPolygon', coordinates: number[][][][]} }} Geography
 * @typedef {{ region: (row: {regionCode: string, name: string, level: string, parentCode: string | null}) => void,
 *   feature: (feature: object) => void, generated: (g: Generated) => void }} Sink
 */

/** @param {string} code @returns {Geography} */
export function readGeography(code) {
  return JSON.parse(
    readFileSync(new URL(`../geography/counties/${code}.json`, import.meta.url), 'utf8'),
  );
}

/**
 * Household counts per village adding up to `total`: villages differ in size (×0.5–1.5), split
 * by largest remainder so the total is exact.
 * @param {string[]} codes @param {number} total @param {import('./random.mjs').Random} r
 */
export function villageCounts(codes, total, r) {
  const weights = codes.map(() => 0.5 + r.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i])
    .sort(
      (a, b) =>
        /** @type {number} */ (b[0]) - /** @type {number} */ (a[0]) ||
        /** @type {number} */ (a[1]) - /** @type {number} */ (b[1]),
    );
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[/** @type {number} */ (i)] += 1;
  }
  return counts;
}

/** @param {string} code @param {[number, number][][]} rings @param {object} properties */
function feature(code, rings, properties) {
  return {
    type: 'Feature',
    id: code,
    properties,
    geometry: { type: 'MultiPolygon', coordinates: rings.map((ring) => [[...ring, ring[0]]]) },
  };
}

/**
 * @param {Geography} geography
 * @param {{seed: string | number, households: number, asOfDay: number, months: {month: string, first: number, last: number}[],
 *   ids: import('./id-number.mjs').IdNumbers, ruleSets: import('./rules.mjs').RuleSet[],
 *   items: Map<string, import('./records.mjs').Item>, itemOf: Map<string, string>}} options
 * @param {Sink} sink
 * @returns {{story: object}}
 */
export function generateCounty(geography, options, sink) {
  const config = configFor(geography.code, geography);
  const ruleSet = loadPreset(config.preset);
  const year = +(options.months.at(-1)?.month ?? '2025').slice(0, 4);
  const line = incomeLine(config.province, year);
  const parts = partitionCounty(
    geography.outline,
    geography.townships,
    stream(options.seed, 'geometry', geography.code),
  );
  const roles = assignRoles(geography, config.story, stream(options.seed, 'story', geography.code));
  const villages = geography.townships.flatMap((t) => t.villages);
  const counts = villageCounts(
    villages.map((v) => v.code),
    options.households,
    stream(options.seed, 'counts', geography.code),
  );
  let orderSeq = 0;
  const run = {
    seed: options.seed,
    asOfDay: options.asOfDay,
    months: options.months,
    ruleSet,
    line,
    items: options.items,
    itemOf: options.itemOf,
    household: {
      countyCode: geography.code,
      neighbours: config.neighbours.filter((n) => n !== geography.code),
      asOfDay: options.asOfDay,
      incomeMedian: config.incomeMedian,
      ids: options.ids,
    },
    nextOrder: (/** @type {number} */ pushDay) =>
      `GD${geography.code}${new Date(pushDay * 86400000).toISOString().slice(0, 7).replace('-', '')}${String(++orderSeq).padStart(6, '0')}`,
  };

  sink.region({
    regionCode: geography.code,
    name: geography.name,
    level: 'county',
    parentCode: null,
  });
  sink.feature(
    feature(
      geography.code,
      // GeoJSON (RFC 7946) wants exterior rings counter-clockwise; the source's run clockwise.
      geography.outline.coordinates.map((p) =>
        counterClockwise(/** @type {[number, number][]} */ (p[0]?.slice(0, -1))),
      ),
      { regionCode: geography.code, name: geography.name, level: 'county', parentCode: null },
    ),
  );
  /** @type {object[]} */
  const storyVillages = [];
  /** @type {object[]} */
  const scenarioHouseholds = [];
  let v = 0;
  geography.townships.forEach((township, t) => {
    const cells = /** @type {import('./partition.mjs').TownshipCells} */ (parts[t]);
    const [tLon, tLat] = cells.township.centroid;
    sink.region({
      regionCode: township.code,
      name: township.name,
      level: 'township',
      parentCode: geography.code,
    });
    sink.feature(
      feature(township.code, cells.township.rings, {
        regionCode: township.code,
        name: township.name,
        level: 'township',
        parentCode: geography.code,
        lon: tLon,
        lat: tLat,
      }),
    );
    const manyPushes = township.code === roles.manyPushes;
    const confirmedInTownship = { count: 0 };
    township.villages.forEach((village, i) => {
      const cell = /** @type {import('./partition.mjs').Cell} */ (cells.villages[i]);
      const count = /** @type {number} */ (counts[v++]);
      const role = roles.village.get(village.code);
      const scenarios = SCENARIOS.filter(
        (s) =>
          s.county === geography.code && s.township === township.name && s.village === village.name,
      );
      sink.region({
        regionCode: village.code,
        name: village.name,
        level: 'village',
        parentCode: township.code,
      });
      sink.feature(
        feature(village.code, cell.rings, {
          regionCode: village.code,
          name: village.name,
          level: 'village',
          parentCode: township.code,
          lon: cell.centroid[0],
          lat: cell.centroid[1],
        }),
      );
      if (role)
        storyVillages.push({
          regionCode: village.code,
          name: village.name,
          township: township.name,
          role,
          reason: ROLE_REASONS[role],
        });
      // Rounded to 1e-6° (0.1 m); a point that rounding pushes over the border is drawn again.
      const points = samplePoints(
        cell.rings,
        count + 10,
        stream(options.seed, 'points', village.code),
      )
        .map(
          (p) =>
            /** @type {[number, number]} */ ([
              Math.round(p[0] * 1e6) / 1e6,
              Math.round(p[1] * 1e6) / 1e6,
            ]),
        )
        .filter((p) => contains(cell.rings, p))
        .slice(0, count);
      const generated = generateVillage(run, {
        code: village.code,
        townshipCode: township.code,
        countyCode: geography.code,
        role,
        manyPushes,
        confirmedInTownship,
        count: Math.max(count, scenarios.length),
        points,
        scenarios,
      });
      generated.forEach((g, k) => {
        const scenario = scenarios[k];
        if (scenario)
          scenarioHouseholds.push({
            householdId: g.household.householdId,
            village: `${township.name}/${village.name}`,
            title: scenario.title,
            score: g.score,
            lamps: g.lamps,
          });
        sink.generated(g);
      });
    });
  });
  return {
    story: {
      county: geography.code,
      name: geography.name,
      ruleSet: ruleSet.id,
      incomeLine: line,
      manyPushesTownship: {
        regionCode: roles.manyPushes,
        name: config.story.manyPushesTownship,
        reason: ROLE_REASONS.manyPushes,
      },
      villages: storyVillages,
      scenarios: scenarioHouseholds,
    },
  };
}
