import { readTables, type IngestBundle, type PresetId } from '@shouwang/scoring';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { TownshipCollection, VillageCollection } from '../village-map/village-map-types.js';
import hanyinStory from '../../../../data-samples/hanyin/story.json' with { type: 'json' };
import nanchangStory from '../../../../data-samples/nanchang/story.json' with { type: 'json' };
import { scoreCounty, type ScoredCounty } from './scored-county.js';

/** The files of a sample county, by the table ingest reads each into. */
const SAMPLE_FILES = {
  regions: 'regions.csv',
  households: 'households.csv',
  members: 'members.csv',
  departmentRecords: 'department-records.csv',
  workEvents: 'work-events.csv',
  measures: 'measures.csv',
} as const;

/**
 * Where each file of the sample counties (data-samples/<county>/) is served: the one map of
 * sample URLs for the element tests, the stories and the demo page. `new URL(literal,
 * import.meta.url)` is a form both sides know: Vite (stories, demo) emits each file as an asset,
 * web-test-runner serves it from the repository root. Each path is a literal so Vite sees it.
 */
const SAMPLE_URLS = {
  nanchang: {
    'regions.csv': new URL('../../../../data-samples/nanchang/regions.csv', import.meta.url),
    'households.csv': new URL('../../../../data-samples/nanchang/households.csv', import.meta.url),
    'members.csv': new URL('../../../../data-samples/nanchang/members.csv', import.meta.url),
    'department-records.csv': new URL(
      '../../../../data-samples/nanchang/department-records.csv',
      import.meta.url,
    ),
    'work-events.csv': new URL(
      '../../../../data-samples/nanchang/work-events.csv',
      import.meta.url,
    ),
    'measures.csv': new URL('../../../../data-samples/nanchang/measures.csv', import.meta.url),
    'regions.geojson': new URL(
      '../../../../data-samples/nanchang/regions.geojson',
      import.meta.url,
    ),
  },
  hanyin: {
    'regions.csv': new URL('../../../../data-samples/hanyin/regions.csv', import.meta.url),
    'households.csv': new URL('../../../../data-samples/hanyin/households.csv', import.meta.url),
    'members.csv': new URL('../../../../data-samples/hanyin/members.csv', import.meta.url),
    'department-records.csv': new URL(
      '../../../../data-samples/hanyin/department-records.csv',
      import.meta.url,
    ),
    'work-events.csv': new URL('../../../../data-samples/hanyin/work-events.csv', import.meta.url),
    'measures.csv': new URL('../../../../data-samples/hanyin/measures.csv', import.meta.url),
    'regions.geojson': new URL('../../../../data-samples/hanyin/regions.geojson', import.meta.url),
  },
} as const;

/** The sample counties bundled with the repository. */
export type SampleCountyId = keyof typeof SAMPLE_URLS;

/** Each sample's story (data-samples/<county>/story.json): its name, rule set and date. */
const stories = { nanchang: nanchangStory, hanyin: hanyinStory } as const;

/**
 * A sample county as a portal would load it: the committed exports read through ingest, scored
 * with a rule set as of the sample's date, its work orders and profiles, and the village and
 * township outlines for the map.
 */
export interface SampleCounty extends ScoredCounty {
  readonly name: string;
  readonly ingest: IngestBundle;
  readonly villages: VillageCollection;
  readonly townships: TownshipCollection;
}

interface RegionProperties {
  regionCode: string;
  name: string;
  level: 'county' | 'township' | 'village';
  parentCode: string | null;
}

async function fetchOk(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${String(response.status)}`);
  return response;
}

async function load(id: SampleCountyId, preset: PresetId): Promise<SampleCounty> {
  const urls = SAMPLE_URLS[id];
  const story = stories[id];
  // Fetch every file at once, then parse: the network is done before the work starts.
  const [sources, geometry] = await Promise.all([
    Promise.all(
      Object.entries(SAMPLE_FILES).map(async ([table, file]) => {
        const blob = await (await fetchOk(urls[file])).blob();
        return [table, new File([blob], file)] as const;
      }),
    ).then((entries) => Object.fromEntries(entries)),
    fetchOk(urls['regions.geojson']).then(
      (response) =>
        response.json() as Promise<FeatureCollection<Polygon | MultiPolygon, RegionProperties>>,
    ),
  ]);
  const ingest = await readTables(sources);
  if (ingest.rejected.length > 0)
    throw new Error(`${id}: ${String(ingest.rejected.length)} rows rejected`);
  const { regions, households, members, departmentRecords, workEvents, measures } = ingest.tables;
  if (!regions || !households) throw new Error(`${id}: tables missing`);
  const inputs = { regions, households, members, departmentRecords, workEvents, measures };
  const byLevel = (level: RegionProperties['level']) =>
    geometry.features.filter((feature) => feature.properties.level === level);
  return {
    ...scoreCounty(inputs, preset, story.counts.asOf),
    name: story.name,
    ingest,
    villages: {
      type: 'FeatureCollection',
      features: byLevel('village').map((feature) => ({
        ...feature,
        properties: {
          regionCode: feature.properties.regionCode,
          name: feature.properties.name,
          townshipCode: feature.properties.parentCode ?? undefined,
        },
      })),
    },
    townships: { type: 'FeatureCollection', features: byLevel('township') },
  };
}

const loaded = new Map<string, Promise<SampleCounty>>();

/**
 * A sample county read through ingest from {@link SAMPLE_URLS} and scored with its own rule set
 * (or `preset`), as of its story's date. Loaded once per county and preset on a page, so tests,
 * stories and the demo pay once; fails when a file is missing or ingest rejects a row.
 *
 * @example
 * const { profiles } = await sampleCounty('hanyin', 'jiangxi-levels');
 */
export function sampleCounty(
  id: SampleCountyId = 'nanchang',
  preset: PresetId = stories[id].ruleSet as PresetId,
): Promise<SampleCounty> {
  const key = `${id}:${preset}`;
  let county = loaded.get(key);
  if (!county) {
    county = load(id, preset);
    loaded.set(key, county);
  }
  return county;
}
