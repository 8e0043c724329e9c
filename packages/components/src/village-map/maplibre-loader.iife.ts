import type * as MaplibreModule from 'maplibre-gl';
import type * as PmtilesModule from 'pmtiles';
import type { LoadedMaplibre } from './maplibre-loader.js';

// The IIFE bundle ships maplibre-gl.mjs, maplibre-gl-worker.mjs and maplibre-gl.css as files
// beside shouwang.iife.js. They are found from the script's own URL, read while the bundle
// first runs (document.currentScript is only set then). maplibre then finds its worker next to
// itself through import.meta.url: a same-origin module worker, allowed by `worker-src 'self'`,
// with no blob: URL and no eval.
const base =
  document.currentScript instanceof HTMLScriptElement && document.currentScript.src
    ? document.currentScript.src
    : document.baseURI;

let loading: Promise<LoadedMaplibre> | undefined;

/** The IIFE bundle's stand-in for `maplibre-loader.ts`: loads the files shipped beside it. */
export function loadMaplibre(): Promise<LoadedMaplibre> {
  loading ??= (async () => {
    const moduleUrl = new URL('maplibre-gl.mjs', base).href;
    const cssUrl = new URL('maplibre-gl.css', base).href;
    const [maplibre, css] = await Promise.all([
      import(/* @vite-ignore */ moduleUrl) as Promise<typeof MaplibreModule>,
      fetch(cssUrl).then((response) => {
        if (!response.ok) throw new Error(`maplibre-gl.css: HTTP ${response.status} at ${cssUrl}`);
        return response.text();
      }),
    ]);
    const styles = new CSSStyleSheet();
    styles.replaceSync(css);
    return { maplibre, styles };
  })();
  return loading;
}

let pmtiles: Promise<void> | undefined;

/** The IIFE bundle's `registerPmtiles`: the reader is `pmtiles.mjs`, shipped beside the bundle. */
export function registerPmtiles(maplibre: LoadedMaplibre['maplibre']): Promise<void> {
  const moduleUrl = new URL('pmtiles.mjs', base).href;
  pmtiles ??= (import(/* @vite-ignore */ moduleUrl) as Promise<typeof PmtilesModule>).then(
    ({ Protocol }) => {
      maplibre.addProtocol('pmtiles', new Protocol().tile);
    },
  );
  return pmtiles;
}
