import { extent, interpolateOrRd, scaleSequential } from 'd3';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { GeoJSONSource, Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import { levelOfRegionCode, parentOfRegionCode } from '@shouwang/scoring';
import { SwHouseholdOpenEvent } from '../events/household-open.js';
import { SwRegionChangeEvent, type RegionChangeDetail } from '../events/region-change.js';
import { SwVillageSelectEvent } from '../events/village-select.js';
import { LocalizeController } from '../i18n/localize.js';
import { defineElement } from '../internal/define.js';
import { renderFlag } from '../internal/flag.js';
import { hostStateMessage, stateMessage } from '../internal/state.js';
import { boundsOf } from './geometry.js';
import { loadMaplibre, registerPmtiles } from './maplibre-loader.js';
import {
  layerIds,
  offlineStyle,
  overlayLayers,
  overlaySources,
  type MapColors,
} from './map-style.js';
import { villageMapStyles } from './village-map.styles.js';
import type {
  FlagLevel,
  HouseholdPoint,
  TownshipCollection,
  VillageCollection,
  VillageFlag,
} from './village-map-types.js';

interface Tooltip {
  x: number;
  y: number;
  title: string;
  lines: readonly string[];
}

type Status = 'loading' | 'ready' | 'error';

const flagOrder: Record<FlagLevel, number> = { red: 0, yellow: 1 };

/** The level of the region shown: scoring's rule for its code, and no code (all) the county. */
function levelOf(code: string): RegionChangeDetail['level'] {
  return code === '' ? 'county' : levelOfRegionCode(code);
}

function isReadonlyMap(
  values: ReadonlyMap<string, number> | Readonly<Record<string, number>>,
): values is ReadonlyMap<string, number> {
  return values instanceof Map;
}

/**
 * Village overlay map (村级风险地图): village outlines coloured by their red/yellow flag or by
 * any metric, township borders, household points (clustered), a tooltip on hover, and beside the
 * map a keyboard-usable list of the flagged villages.
 *
 * Offline by default: with no `style-url` or `basemap-pmtiles` the map has a plain background
 * and makes no request of any kind. maplibre-gl, its worker and its CSS load only when the first map connects.
 * Colour is never the only signal: red villages have a solid outline, yellow ones a dashed
 * outline, and the list and tooltip name the flag in words.
 *
 * While the host sets `loading` or an `error`, and while the map itself loads or if it cannot be
 * drawn (no WebGL, a basemap style that does not load), a message covers the map area; the list
 * and legend stay.
 *
 * Keyboard: Tab reaches the map (arrow keys pan, `+`/`-` zoom, as maplibre provides) and then
 * each village in the list; Enter or Space on a village fits the map to it and fires
 * `sw-village-select`.
 *
 * @summary Village map with red/yellow flags or a metric choropleth, offline, lazily loaded.
 *
 * @event {SwVillageSelectEvent} sw-village-select - The user selected a village (map click or list). `detail: { regionCode, name, flag }`.
 * @event {SwRegionChangeEvent} sw-region-change - With `drill-down`, the user moved to another region. `detail: { regionCode, level }`.
 * @event {SwHouseholdOpenEvent} sw-household-open - The user clicked a household point. `detail: { householdId }`.
 *
 * @csspart layout - The grid holding map and list.
 * @csspart map - The map box.
 * @csspart map-canvas - The element maplibre draws into.
 * @csspart state - The loading, empty or error message over the map.
 * @csspart tooltip - The hover tooltip.
 * @csspart legend - The legend under the map.
 * @csspart up - The "up one level" button (with `drill-down`).
 * @csspart list-title - The heading of the flagged-village list.
 * @csspart list - The flagged-village list.
 * @csspart list-item - Each village button in the list.
 * @csspart flag - A listed village's red or yellow flag (icon and word).
 * @csspart flag-red - A red flag (also part `flag`).
 * @csspart flag-yellow - A yellow flag (also part `flag`).
 *
 * @cssproperty [--sw-village-map-height=28rem] - Height of the map.
 * @cssproperty [--sw-village-map-red=var(--sw-color-red, #c62828)] - Fill of red villages.
 * @cssproperty [--sw-village-map-yellow=var(--sw-color-yellow, #f2b600)] - Fill of yellow villages.
 * @cssproperty [--sw-village-map-none=#dfe6dc] - Fill of villages without a flag or value.
 * @cssproperty [--sw-village-map-background=#f4f1ea] - Background where no basemap is given.
 * @cssproperty [--sw-village-map-township=#37474f] - Township borders.
 * @cssproperty [--sw-village-map-selected=#1565c0] - Outline of the selected village.
 * @cssproperty [--sw-village-map-household=#283593] - Household points and clusters.
 */
export class SwVillageMap extends LitElement {
  static override styles = villageMapStyles;

  static override get properties() {
    return {
      villages: { attribute: false },
      townships: { attribute: false },
      households: { attribute: false },
      flags: { attribute: false },
      values: { attribute: false },
      colorBy: { type: String, attribute: 'color-by', reflect: true },
      metricLabel: { type: String, attribute: 'metric-label' },
      regionCode: { type: String, attribute: 'region-code', reflect: true },
      drillDown: { type: Boolean, attribute: 'drill-down', reflect: true },
      styleUrl: { type: String, attribute: 'style-url' },
      basemapPmtiles: { type: String, attribute: 'basemap-pmtiles' },
      preserveDrawingBuffer: { type: Boolean, attribute: 'preserve-drawing-buffer' },
      loading: { type: Boolean, reflect: true },
      error: { type: String },
      bigScreen: { type: Boolean, attribute: 'big-screen', reflect: true },
      lang: { type: String, reflect: true },
      status: { state: true },
      errorReason: { state: true },
      tooltip: { state: true },
      selected: { state: true },
    };
  }

  /** Village outlines (GeoJSON), each with `regionCode` and `name` properties. */
  declare villages: VillageCollection | undefined;
  /** Township borders (GeoJSON), drawn over the villages. */
  declare townships: TownshipCollection | undefined;
  /** Household points; those with coordinates are drawn and clustered. */
  declare households: readonly HouseholdPoint[] | undefined;
  /** Red and yellow flags per village, with their reasons. */
  declare flags: readonly VillageFlag[];
  /** A metric per village code, for `color-by="metric"`. */
  declare values: ReadonlyMap<string, number> | Readonly<Record<string, number>> | undefined;
  /** `flag` (default) colours villages by flag; `metric` by `values` on a sequential scale. */
  declare colorBy: 'flag' | 'metric';
  /** The metric's name, shown in the legend and tooltip. */
  declare metricLabel: string;
  /**
   * Fit the map to this region: a village code, a township code (its villages) or empty for all.
   */
  declare regionCode: string;
  /**
   * Clicks drill down: on the county a click shows the village's township, on a township it
   * shows the village (and selects it); an "up one level" button goes back. Each step fires
   * `sw-region-change`. Without it (default) a click only selects the village.
   */
  declare drillDown: boolean;
  /**
   * A maplibre style URL for a basemap the host serves. Empty (default): no basemap and no
   * request at all.
   */
  declare styleUrl: string;
  /**
   * URL of a raster PMTiles archive the host serves, drawn as the basemap under the villages
   * (read with HTTP range requests; no style or tile server needed). Vector archives need a
   * style: give `style-url` instead, whose sources may use `pmtiles://` URLs.
   */
  declare basemapPmtiles: string;
  /** Keep the drawn image readable (for printing and screenshots); costs some speed. */
  declare preserveDrawingBuffer: boolean;
  /** Shows the loading message over the map (while the host reads or scores its data). */
  declare loading: boolean;
  /** A reason to show over the map as an alert (e.g. a failed load); empty = no error. */
  declare error: string;
  /** Larger type for the meeting-room screen: legend, tooltip, list and buttons. */
  declare bigScreen: boolean;
  /**
   * Language of the text: `en` for English; anything else is Chinese. When unset, the nearest
   * ancestor's `lang` (or the document's) applies.
   */
  declare lang: string;

  declare private status: Status;
  declare private errorReason: string;
  declare private tooltip: Tooltip | undefined;
  declare private selected: string | undefined;

  private readonly localize = new LocalizeController(this);
  private mapInstance: MaplibreMap | undefined;
  private resizeObserver: ResizeObserver | undefined;

  constructor() {
    super();
    this.villages = undefined;
    this.townships = undefined;
    this.households = undefined;
    this.flags = [];
    this.values = undefined;
    this.colorBy = 'flag';
    this.metricLabel = '';
    this.regionCode = '';
    this.drillDown = false;
    this.styleUrl = '';
    this.basemapPmtiles = '';
    this.preserveDrawingBuffer = false;
    this.loading = false;
    this.error = '';
    this.bigScreen = false;
    this.lang = '';
    this.status = 'loading';
    this.errorReason = '';
    this.tooltip = undefined;
    this.selected = undefined;
  }

  /** The maplibre map once loaded: an escape hatch for hosts that need more. */
  get map(): MaplibreMap | undefined {
    return this.mapInstance;
  }

  /**
   * Resolves when the map has drawn everything it was given (maplibre's `idle`); rejects with the
   * reason when the map cannot be shown (no WebGL, a style that does not load).
   */
  async whenIdle(): Promise<void> {
    await this.updateComplete;
    const map = await this.mapReady();
    if (map.loaded() && !map.isMoving()) {
      await new Promise<void>((resolve) => {
        map.once('idle', () => {
          resolve();
        });
        map.triggerRepaint();
      });
      return;
    }
    await map.once('idle');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.mapInstance?.remove();
    this.mapInstance = undefined;
    this.status = 'loading';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a disconnect: build the map again.
    if (this.hasUpdated && !this.mapInstance) void this.createMap();
  }

  protected override firstUpdated(): void {
    void this.createMap();
  }

  protected override updated(changed: PropertyValues): void {
    this.updateDynamicStyles();
    const map = this.mapInstance;
    if (!map || this.status !== 'ready') return;
    if (changed.has('villages') || changed.has('townships') || changed.has('households')) {
      this.updateSources(map);
    }
    if (
      changed.has('villages') ||
      changed.has('flags') ||
      changed.has('values') ||
      changed.has('colorBy')
    ) {
      this.applyColors(map);
    }
    if (changed.has('villages') || changed.has('regionCode')) this.fitRegion(map, false);
    if (changed.has('selected'))
      this.applySelection(map, changed.get('selected') as string | undefined);
  }

  /**
   * Positions and gradients go through CSSOM custom properties, never style attributes: a page
   * whose Content-Security-Policy forbids inline styles must still show them.
   */
  private updateDynamicStyles(): void {
    if (this.tooltip) {
      this.style.setProperty('--_tooltip-x', `${this.tooltip.x}px`);
      this.style.setProperty('--_tooltip-y', `${this.tooltip.y}px`);
    }
    if (this.colorBy === 'metric') {
      const scale = this.metricScale();
      const [min, max] = scale.domain();
      const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => scale(min + t * (max - min)));
      this.style.setProperty(
        '--_legend-gradient',
        `linear-gradient(to right, ${stops.join(', ')})`,
      );
    }
  }

  private readyWaiters: { resolve: (map: MaplibreMap) => void; reject: (e: Error) => void }[] = [];

  private mapReady(): Promise<MaplibreMap> {
    const map = this.mapInstance;
    if (map && this.status === 'ready') return Promise.resolve(map);
    if (this.status === 'error') return Promise.reject(new Error(this.errorReason));
    return new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
  }

  private colors(): MapColors {
    const style = getComputedStyle(this);
    const read = (name: string) => style.getPropertyValue(name).trim();
    return {
      background: read('--_background'),
      none: read('--_none'),
      red: read('--_red'),
      yellow: read('--_yellow'),
      outline: read('--_outline'),
      township: read('--_township'),
      selected: read('--_selected'),
      household: read('--_household'),
    };
  }

  private async createMap(): Promise<void> {
    const container = this.renderRoot.querySelector<HTMLElement>('[part="map-canvas"]');
    if (!container) return;
    try {
      const { maplibre, styles } = await loadMaplibre();
      const root = this.renderRoot as ShadowRoot;
      if (!root.adoptedStyleSheets.includes(styles)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles];
      }
      if (!this.isConnected) return;
      const colors = this.colors();
      const sources = overlaySources(this.villageData(), this.townships, this.households);
      // Only a basemap the host named makes requests, and only then is the reader loaded.
      if (this.styleUrl || this.basemapPmtiles) await registerPmtiles(maplibre);
      const pmtilesUrl = this.basemapPmtiles
        ? new URL(this.basemapPmtiles, document.baseURI).href
        : '';
      const map = new maplibre.Map({
        container,
        style: this.styleUrl || offlineStyle(colors, sources, pmtilesUrl),
        attributionControl: this.styleUrl || pmtilesUrl ? { compact: true } : false,
        canvasContextAttributes: { preserveDrawingBuffer: this.preserveDrawingBuffer },
        fadeDuration: 0,
        dragRotate: false,
        pitchWithRotate: false,
      });
      this.mapInstance = map;
      let styleLoaded = false;
      map.once('style.load', () => {
        styleLoaded = true;
      });
      map.on('error', (event) => {
        // Report, do not throw: a broken tile, sprite or source layer must not take the overlay
        // down. Only a style that fails before it loaded means the map never will: show that as
        // the map's error.
        console.warn('[sw-village-map]', event.error.message);
        if (this.status === 'loading' && !styleLoaded && !('sourceId' in event))
          this.fail(event.error);
      });
      map.once('load', () => {
        if (this.styleUrl) {
          for (const [id, source] of Object.entries(sources)) map.addSource(id, source);
          for (const layer of overlayLayers(colors)) map.addLayer(layer);
        }
        this.status = 'ready';
        this.listen(map);
        this.applyColors(map);
        this.fitRegion(map, false);
        for (const waiter of this.readyWaiters.splice(0)) waiter.resolve(map);
      });
      this.resizeObserver = new ResizeObserver(() => {
        map.resize();
      });
      this.resizeObserver.observe(container);
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.status = 'error';
    this.errorReason = error instanceof Error ? error.message : String(error);
    for (const waiter of this.readyWaiters.splice(0)) waiter.reject(new Error(this.errorReason));
  }

  private villageData(): VillageCollection {
    return this.villages ?? { type: 'FeatureCollection', features: [] };
  }

  private updateSources(map: MaplibreMap): void {
    const sources = overlaySources(this.villageData(), this.townships, this.households);
    for (const [id, spec] of Object.entries(sources)) {
      if (spec.type === 'geojson') void map.getSource<GeoJSONSource>(id)?.setData(spec.data);
    }
  }

  private flagOf(regionCode: string): VillageFlag | undefined {
    return this.flags.find((flag) => flag.regionCode === regionCode);
  }

  private metricOf(regionCode: string): number | undefined {
    const values = this.values;
    if (!values) return undefined;
    const value = isReadonlyMap(values) ? values.get(regionCode) : values[regionCode];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }

  private metricScale() {
    const codes = this.villageData().features.map((f) => f.properties.regionCode);
    const [min = 0, max = 1] = extent(codes, (code) => this.metricOf(code));
    return scaleSequential(interpolateOrRd).domain([min, max === min ? min + 1 : max]);
  }

  /**
   * Sets each village's `color` and `flag` feature state: no geometry is re-sent. Both keys are
   * set for every village, so earlier states are overwritten rather than cleared first.
   */
  private applyColors(map: MaplibreMap): void {
    const colors = this.colors();
    const scale = this.colorBy === 'metric' ? this.metricScale() : undefined;
    const flags = new Map(this.flags.map((flag) => [flag.regionCode, flag.flag]));
    for (const feature of this.villageData().features) {
      const id = feature.properties.regionCode;
      const flag = flags.get(id) ?? null;
      let color = flag ? colors[flag] : colors.none;
      if (scale) {
        const metric = this.metricOf(id);
        color = metric === undefined ? colors.none : scale(metric);
      }
      map.setFeatureState({ source: 'villages', id }, { color, flag });
    }
  }

  private applySelection(map: MaplibreMap, previous: string | undefined): void {
    if (previous) map.setFeatureState({ source: 'villages', id: previous }, { selected: false });
    if (this.selected)
      map.setFeatureState({ source: 'villages', id: this.selected }, { selected: true });
  }

  private fitRegion(map: MaplibreMap, animate: boolean, code = this.regionCode): void {
    const features = this.villageData().features.filter(
      (f) =>
        !code ||
        levelOf(code) === 'county' ||
        f.properties.regionCode === code ||
        f.properties.townshipCode === code,
    );
    const bounds = boundsOf(features.map((f) => f.geometry));
    if (!bounds) return;
    map.fitBounds(bounds, { padding: 24, animate, maxZoom: 15 });
  }

  private listen(map: MaplibreMap): void {
    map.on('mousemove', (event) => {
      this.showTooltip(map, event);
    });
    map.on('mouseout', () => {
      this.tooltip = undefined;
    });
    map.on('click', (event) => {
      this.onMapClick(map, event);
    });
  }

  private showTooltip(map: MaplibreMap, event: MapMouseEvent): void {
    const term = this.localize.term;
    const [cluster] = map.queryRenderedFeatures(event.point, { layers: [layerIds.clusters] });
    const [village] = map.queryRenderedFeatures(event.point, { layers: [layerIds.fill] });
    map.getCanvas().style.cursor = cluster || village ? 'pointer' : '';
    if (cluster) {
      const count = Number(cluster.properties['point_count']);
      this.tooltip = {
        x: event.point.x,
        y: event.point.y,
        title: term.householdCount(count),
        lines: [],
      };
      return;
    }
    if (!village) {
      this.tooltip = undefined;
      return;
    }
    const code = String(village.properties['regionCode']);
    const flag = this.flagOf(code);
    const metric = this.metricOf(code);
    const lines = [
      flag ? term.flagWord(flag.flag) : term.noFlag,
      ...(this.colorBy === 'metric' && metric !== undefined
        ? [`${this.metricLabel || 'metric'}: ${this.localize.count(metric)}`]
        : []),
      ...(flag?.reasons ?? []).map((reason) => this.localize.text(reason.message)),
    ];
    this.tooltip = {
      x: event.point.x,
      y: event.point.y,
      title: String(village.properties['name']),
      lines,
    };
  }

  private onMapClick(map: MaplibreMap, event: MapMouseEvent): void {
    const [household] = map.queryRenderedFeatures(event.point, { layers: [layerIds.households] });
    if (household) {
      this.dispatchEvent(
        new SwHouseholdOpenEvent({ householdId: String(household.properties['householdId']) }),
      );
      return;
    }
    const [cluster] = map.queryRenderedFeatures(event.point, { layers: [layerIds.clusters] });
    if (cluster) {
      const source = map.getSource<GeoJSONSource>('households');
      const clusterId = Number(cluster.properties['cluster_id']);
      void source?.getClusterExpansionZoom(clusterId).then((zoom) => {
        map.easeTo({ center: event.lngLat, zoom });
      });
      return;
    }
    const [village] = map.queryRenderedFeatures(event.point, { layers: [layerIds.fill] });
    if (!village) return;
    const code = String(village.properties['regionCode']);
    const township = village.properties['townshipCode'] as string | undefined;
    if (this.drillDown && township && levelOf(this.regionCode) === 'county') {
      this.drillTo(township);
      return;
    }
    if (this.drillDown) this.drillTo(code);
    this.select(code, false);
  }

  /** Shows another region as the user asked: fits the map to it and fires the event. */
  private drillTo(regionCode: string): void {
    this.regionCode = regionCode;
    if (this.mapInstance) this.fitRegion(this.mapInstance, true, regionCode);
    this.dispatchEvent(new SwRegionChangeEvent({ regionCode, level: levelOf(regionCode) }));
  }

  /** The region one level up from the one shown. */
  private parentRegion(): string {
    const code = this.regionCode;
    if (levelOf(code) === 'village') {
      const feature = this.villageData().features.find((f) => f.properties.regionCode === code);
      return feature?.properties.townshipCode ?? parentOfRegionCode(code) ?? '';
    }
    return parentOfRegionCode(code) ?? '';
  }

  /** Selects a village as the user did: highlights it, optionally fits to it, fires the event. */
  private select(regionCode: string, fit: boolean): void {
    const feature = this.villageData().features.find((f) => f.properties.regionCode === regionCode);
    if (!feature) return;
    this.selected = regionCode;
    if (fit && this.mapInstance) this.fitRegion(this.mapInstance, true, regionCode);
    this.dispatchEvent(
      new SwVillageSelectEvent({
        regionCode,
        name: feature.properties.name,
        flag: this.flagOf(regionCode)?.flag ?? null,
      }),
    );
  }

  private flaggedVillages() {
    const names = new Map(
      this.villageData().features.map((f) => [f.properties.regionCode, f.properties.name]),
    );
    return this.flags
      .filter((flag) => names.has(flag.regionCode))
      .map((flag) => ({ ...flag, name: names.get(flag.regionCode) ?? flag.regionCode }))
      .sort(
        (a, b) => flagOrder[a.flag] - flagOrder[b.flag] || a.name.localeCompare(b.name, 'zh-CN'),
      );
  }

  /**
   * The message over the map, the first that applies: the host's error, the map's own failure,
   * the host's loading, the map's own loading, no villages. The map's own status stays private;
   * it shows in the same state.
   */
  private renderState() {
    const term = this.localize.term;
    if (this.error) return hostStateMessage(this, term);
    if (this.status === 'error') {
      return stateMessage('error', term, this.errorReason, term.mapError(this.errorReason));
    }
    if (this.loading) return hostStateMessage(this, term);
    if (this.status === 'loading') return stateMessage('loading', term, '', term.mapLoading);
    if (this.villageData().features.length === 0) {
      return stateMessage('empty', term, '', term.mapEmpty);
    }
    return nothing;
  }

  private renderLegend() {
    const term = this.localize.term;
    if (this.colorBy === 'metric') {
      const scale = this.metricScale();
      const [min, max] = scale.domain();
      return html`<div part="legend">
        <span>${this.metricLabel}</span>
        <span>${this.localize.count(min)}</span>
        <span class="gradient"></span>
        <span>${this.localize.count(max)}</span>
        <span><span class="swatch none"></span>${term.noFlag}</span>
      </div>`;
    }
    return html`<div part="legend">
      <span><span class="swatch red"></span>${term.flagWord('red')}</span>
      <span><span class="swatch yellow"></span>${term.flagWord('yellow')}</span>
      <span><span class="swatch none"></span>${term.noFlag}</span>
    </div>`;
  }

  private renderList() {
    const term = this.localize.term;
    const villages = this.flaggedVillages();
    return html`<nav aria-labelledby="list-title">
      <h3 part="list-title" id="list-title">${term.flaggedVillages}</h3>
      ${
        villages.length === 0
          ? html`<p>${term.noFlaggedVillages}</p>`
          : html`<ul part="list">
              ${villages.map(
                (village) =>
                  html`<li>
                    <button
                      part="list-item"
                      type="button"
                      data-region-code=${village.regionCode}
                      aria-current=${this.selected === village.regionCode ? 'true' : 'false'}
                      @click=${() => {
                        this.select(village.regionCode, true);
                      }}
                    >
                      ${renderFlag(village.flag, term.flagWord(village.flag))}
                      <span
                        >${village.name}
                        ${
                          village.reasons?.length
                            ? html`<span class="reasons"
                                >${village.reasons
                                  .map((reason) => this.localize.text(reason.message))
                                  .join('；')}</span
                              >`
                            : nothing
                        }</span
                      >
                    </button>
                  </li>`,
              )}
            </ul>`
      }
    </nav>`;
  }

  protected override render() {
    const term = this.localize.term;
    const tooltip = this.tooltip;
    return html`<div part="layout">
      <div>
        <div part="map" role="region" aria-label=${term.mapLabel} aria-describedby="map-hint">
          <div part="map-canvas"></div>
          ${this.renderState()}
          ${
            tooltip
              ? html`<div part="tooltip">
                  <strong>${tooltip.title}</strong>
                  ${
                    tooltip.lines.length
                      ? html`<ul>
                          ${tooltip.lines.map((line) => html`<li>${line}</li>`)}
                        </ul>`
                      : nothing
                  }
                </div>`
              : nothing
          }
        </div>
        <p id="map-hint" hidden>${term.mapKeyboardHint}</p>
        ${
          this.drillDown && levelOf(this.regionCode) !== 'county'
            ? html`<button
                part="up"
                type="button"
                @click=${() => {
                  this.drillTo(this.parentRegion());
                }}
              >
                ↑ ${term.upOneLevel}
              </button>`
            : nothing
        }
        ${this.renderLegend()}
      </div>
      ${this.renderList()}
    </div>`;
  }
}

defineElement('sw-village-map', SwVillageMap);

declare global {
  interface HTMLElementTagNameMap {
    'sw-village-map': SwVillageMap;
  }
}
