import type {
  HouseholdPoint,
  TownshipCollection,
  VillageCollection,
  VillageFlag,
} from './village-map-types.js';

// Test and story fixtures: a row of three square villages in one township near 南昌县, so that
// each village's centre is known exactly. The sample counties replace these in stories.
const square = (west: number, south: number, size = 0.02) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

export const fixtureVillages: VillageCollection = {
  type: 'FeatureCollection',
  features: [
    ['360121101001', '八一村', 115.9],
    ['360121101002', '园艺场村', 115.92],
    ['360121101003', '塔城村', 115.94],
  ].map(([regionCode, name, west]) => ({
    type: 'Feature',
    properties: {
      regionCode: String(regionCode),
      name: String(name),
      townshipCode: '360121101000',
    },
    geometry: square(Number(west), 28.5),
  })),
};

export const fixtureTownships: TownshipCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { regionCode: '360121101000', name: '八一乡' },
      geometry: square(115.9, 28.5, 0.06),
    },
  ],
};

export const fixtureFlags: VillageFlag[] = [
  {
    regionCode: '360121101001',
    flag: 'red',
    reasons: [
      {
        message: {
          zh: '3 户亮 3 盏灯且工单逾期',
          en: '3 households with 3 lamps have overdue orders',
        },
      },
    ],
  },
  {
    regionCode: '360121101003',
    flag: 'yellow',
    reasons: [
      { message: { zh: '核实及时率 62%，低于 80%', en: 'verified in time 62%, below 80%' } },
    ],
  },
];

/** The centre of a fixture village, as [lon, lat]. */
export function fixtureCentre(regionCode: string): [number, number] {
  const index = fixtureVillages.features.findIndex((f) => f.properties.regionCode === regionCode);
  return [115.9 + 0.02 * index + 0.01, 28.51];
}

export const fixtureHouseholds: HouseholdPoint[] = [
  {
    type: 'Feature',
    properties: { householdId: 'H-ALONE' },
    geometry: { type: 'Point', coordinates: [115.925, 28.505] },
  },
];
