import {
  presets,
  profiles,
  readTables,
  score,
  workOrders,
  type IngestBundle,
  type PresetId,
  type Profiles,
  type ScoreResult,
  type WorkOrders,
} from '@shouwang/scoring';
import type { TownshipCollection, VillageCollection } from '@shouwang/components';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import nanchangDepartments from '../../data-samples/nanchang/department-records.csv?url';
import nanchangHouseholds from '../../data-samples/nanchang/households.csv?url';
import nanchangMeasures from '../../data-samples/nanchang/measures.csv?url';
import nanchangMembers from '../../data-samples/nanchang/members.csv?url';
import nanchangRegions from '../../data-samples/nanchang/regions.csv?url';
import nanchangGeometry from '../../data-samples/nanchang/regions.geojson?url';
import nanchangStory from '../../data-samples/nanchang/story.json';
import nanchangEvents from '../../data-samples/nanchang/work-events.csv?url';

/**
 * A sample county as a portal would load it: the committed exports read through
 * `@shouwang/scoring`'s ingest, scored with the county's rule set as of the sample date, work
 * orders and profiles computed, and the village outlines for the map. Loaded once per page.
 * Shared by the demo page and the stories, the way a portal would do it.
 */
export interface SampleCounty {
  readonly name: string;
  readonly ingest: IngestBundle;
  readonly result: ScoreResult;
  readonly orders: WorkOrders;
  readonly profiles: Profiles;
  readonly villages: VillageCollection;
  readonly townships: TownshipCollection;
}

interface RegionProperties {
  regionCode: string;
  name: string;
  level: 'county' | 'township' | 'village';
  parentCode: string | null;
}

const counties = {
  nanchang: {
    story: nanchangStory,
    files: {
      regions: nanchangRegions,
      households: nanchangHouseholds,
      members: nanchangMembers,
      departmentRecords: nanchangDepartments,
      workEvents: nanchangEvents,
      measures: nanchangMeasures,
    },
    geometry: nanchangGeometry,
  },
} as const;

/** The sample counties bundled with the repository. */
export type SampleCountyId = keyof typeof counties;

const loaded = new Map<SampleCountyId, Promise<SampleCounty>>();

async function load(id: SampleCountyId): Promise<SampleCounty> {
  const county = counties[id];
  const sources = Object.fromEntries(
    Object.entries(county.files).map(([table, url]) => [table, new URL(url, document.baseURI)]),
  );
  const ingest = await readTables(sources);
  const ruleSet = presets[county.story.ruleSet as PresetId];
  const { households, ...others } = ingest.tables;
  if (!households) throw new Error(`${id}: the households table was not read`);
  const result = score({ households, ...others }, ruleSet, { asOf: county.story.counts.asOf });
  const orders = workOrders(result);
  const response = await fetch(new URL(county.geometry, document.baseURI));
  const geometry = (await response.json()) as FeatureCollection<
    Polygon | MultiPolygon,
    RegionProperties
  >;
  const byLevel = (level: RegionProperties['level']) =>
    geometry.features.filter((feature) => feature.properties.level === level);
  return {
    name: county.story.name,
    ingest,
    result,
    orders,
    profiles: profiles(result, { orders }),
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

/** Loads (once) and scores a sample county. */
export function sampleCounty(id: SampleCountyId = 'nanchang'): Promise<SampleCounty> {
  let county = loaded.get(id);
  if (!county) {
    county = load(id);
    loaded.set(id, county);
  }
  return county;
}
