import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { HouseholdPoint, TownshipCollection, VillageCollection } from './village-map-types.js';

/** Concrete colours, resolved from the element's custom properties before the map is built. */
export interface MapColors {
  background: string;
  none: string;
  red: string;
  yellow: string;
  outline: string;
  township: string;
  selected: string;
  household: string;
}

/** Layer ids the element queries for hit-testing. */
export const layerIds = {
  fill: 'sw-villages-fill',
  households: 'sw-households',
  clusters: 'sw-household-clusters',
} as const;

/**
 * The overlay layers: villages filled by their `color` feature state (set per village from the
 * flag or the metric, so recolouring never re-uploads geometry), a solid outline for red and a
 * dashed one for yellow villages (so colour is not the only signal), township borders, and
 * household points clustered. Text needs a glyph server, so there is none: names show in the
 * tooltip and the list beside the map.
 */
export function overlayLayers(colors: MapColors): LayerSpecification[] {
  const flag = ['feature-state', 'flag'];
  return [
    {
      id: layerIds.fill,
      type: 'fill',
      source: 'villages',
      paint: {
        'fill-color': ['coalesce', ['feature-state', 'color'], colors.none],
        'fill-opacity': 0.85,
      },
    },
    {
      id: 'sw-villages-outline',
      type: 'line',
      source: 'villages',
      paint: { 'line-color': colors.outline, 'line-width': 0.6 },
    },
    {
      id: 'sw-villages-red-outline',
      type: 'line',
      source: 'villages',
      paint: {
        'line-color': colors.red,
        'line-width': ['case', ['==', flag, 'red'], 3, 0],
      },
    },
    {
      id: 'sw-villages-yellow-outline',
      type: 'line',
      source: 'villages',
      paint: {
        'line-color': '#7a5a00',
        'line-width': ['case', ['==', flag, 'yellow'], 2, 0],
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: 'sw-villages-selected',
      type: 'line',
      source: 'villages',
      paint: {
        'line-color': colors.selected,
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 0],
      },
    },
    {
      id: 'sw-townships',
      type: 'line',
      source: 'townships',
      paint: { 'line-color': colors.township, 'line-width': 1.8 },
    },
    {
      id: layerIds.clusters,
      type: 'circle',
      source: 'households',
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': colors.household,
        'circle-opacity': 0.7,
        'circle-radius': ['step', ['get', 'point_count'], 8, 10, 12, 50, 16],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: layerIds.households,
      type: 'circle',
      source: 'households',
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': colors.household,
        'circle-radius': 4,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
  ] as LayerSpecification[];
}

/** The sources of the overlay. */
export function overlaySources(
  villages: VillageCollection,
  townships: TownshipCollection | undefined,
  households: readonly HouseholdPoint[] | undefined,
): StyleSpecification['sources'] {
  return {
    villages: { type: 'geojson', data: villages, promoteId: 'regionCode' },
    townships: { type: 'geojson', data: townships ?? { type: 'FeatureCollection', features: [] } },
    households: {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [...(households ?? [])] },
      cluster: true,
      clusterRadius: 40,
      clusterMaxZoom: 15,
    },
  };
}

/**
 * A complete style without a style server: a plain background, optionally a raster basemap
 * from a PMTiles archive the host serves, and the overlay. No glyphs or sprites.
 */
export function offlineStyle(
  colors: MapColors,
  sources: StyleSpecification['sources'],
  pmtilesUrl = '',
): StyleSpecification {
  const basemapSources: StyleSpecification['sources'] = pmtilesUrl
    ? { basemap: { type: 'raster', url: `pmtiles://${pmtilesUrl}`, tileSize: 256 } }
    : {};
  const basemapLayers: LayerSpecification[] = pmtilesUrl
    ? [
        // No fade-in: a tile shows at once, so what the map shows at `idle` is final.
        {
          id: 'sw-basemap',
          type: 'raster',
          source: 'basemap',
          paint: { 'raster-fade-duration': 0 },
        },
      ]
    : [];
  return {
    version: 8,
    sources: { ...basemapSources, ...sources },
    layers: [
      { id: 'sw-background', type: 'background', paint: { 'background-color': colors.background } },
      ...basemapLayers,
      ...overlayLayers(colors),
    ],
  };
}
