import type * as MaplibreModule from 'maplibre-gl';

/** maplibre-gl, loaded, with the stylesheet its map needs inside a shadow root. */
export interface LoadedMaplibre {
  readonly maplibre: typeof MaplibreModule;
  readonly styles: CSSStyleSheet;
}

let loading: Promise<LoadedMaplibre> | undefined;

/**
 * Loads maplibre-gl, its worker and its CSS on first use only, so a page without a map pays
 * nothing for them. The worker URL is given explicitly: bundlers cannot see the URL maplibre
 * computes at run time (TOOLCHAIN trap 7), so Vite emits it as an asset through `?url`.
 *
 * The IIFE bundle replaces this module with `maplibre-loader.iife.ts` (see scripts/build.mjs).
 */
export function loadMaplibre(): Promise<LoadedMaplibre> {
  loading ??= (async () => {
    const [maplibre, worker, css] = await Promise.all([
      import('maplibre-gl'),
      import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
      import('maplibre-gl/dist/maplibre-gl.css?inline'),
    ]);
    maplibre.setWorkerUrl(new URL(worker.default, document.baseURI).href);
    const styles = new CSSStyleSheet();
    styles.replaceSync(css.default);
    return { maplibre, styles };
  })();
  return loading;
}

let pmtiles: Promise<void> | undefined;

/**
 * Lets maplibre read `pmtiles://` URLs (a PMTiles archive the host serves), loading the pmtiles
 * reader on first use only. Registered once per page.
 */
export function registerPmtiles(maplibre: LoadedMaplibre['maplibre']): Promise<void> {
  pmtiles ??= import('pmtiles').then(({ Protocol }) => {
    maplibre.addProtocol('pmtiles', new Protocol().tile);
  });
  return pmtiles;
}
