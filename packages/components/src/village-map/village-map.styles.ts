import { css } from 'lit';

export const villageMapStyles = css`
  :host {
    --_red: var(--sw-village-map-red, var(--sw-color-red, #c62828));
    --_yellow: var(--sw-village-map-yellow, var(--sw-color-yellow, #f2b600));
    --_none: var(--sw-village-map-none, #dfe6dc);
    --_background: var(--sw-village-map-background, #f4f1ea);
    --_outline: var(--sw-village-map-outline, #ffffff);
    --_township: var(--sw-village-map-township, #37474f);
    --_selected: var(--sw-village-map-selected, #1565c0);
    --_household: var(--sw-village-map-household, #283593);
    --_height: var(--sw-village-map-height, 28rem);
    display: block;
    font-family: var(--sw-font-family, system-ui, 'Microsoft YaHei', 'PingFang SC', sans-serif);
    color: var(--sw-color-text, #1f2933);
    font-size: var(--sw-font-size, 1rem);
    container-type: inline-size;
  }

  /* The meeting-room screen: legend, tooltip, list and buttons scale with the host font size. */
  :host([big-screen]) {
    font-size: var(--sw-big-screen-font-size, 1.5rem);
  }

  :host([hidden]) {
    display: none;
  }

  [part='layout'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(12em, 16em);
    gap: 0.75rem;
  }

  @container (max-width: 40rem) {
    [part='layout'] {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  [part='map'] {
    position: relative;
    height: var(--_height);
    min-height: 16rem;
    border: 1px solid #cfd8dc;
    border-radius: 4px;
    overflow: hidden;
    background: var(--_background);
  }

  /* maplibre's own CSS makes its container position: relative, so size it by width and height. */
  [part='map-canvas'] {
    width: 100%;
    height: 100%;
  }

  /* Over the map, so that the map can load underneath while the host still loads its data. */
  [part~='state'] {
    position: absolute;
    inset: 0;
    z-index: 1;
    display: grid;
    place-items: center;
    padding: 1em;
    text-align: center;
    background: color-mix(in srgb, var(--_background) 85%, transparent);
    color: var(--sw-color-muted, #52606d);
  }

  [part~='state'][data-state='error'] {
    color: var(--_red);
  }

  [part='tooltip'] {
    position: absolute;
    z-index: 2;
    pointer-events: none;
    max-width: 16em;
    padding: 0.375em 0.5em;
    border-radius: 4px;
    background: rgb(33 33 33 / 92%);
    color: #fff;
    font-size: 0.8125em;
    line-height: 1.4;
    left: var(--_tooltip-x, 0);
    top: var(--_tooltip-y, 0);
    transform: translate(12px, 12px);
  }

  [part='tooltip'] ul {
    margin: 0.25em 0 0;
    padding-left: 1em;
  }

  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
    margin-top: 0.5em;
    font-size: 0.8125em;
  }

  .swatch {
    display: inline-block;
    width: 0.875em;
    height: 0.875em;
    margin-right: 0.25em;
    vertical-align: -0.125em;
    border-radius: 2px;
  }

  .swatch.red {
    background: var(--_red);
    outline: 2px solid var(--_red);
  }

  .swatch.yellow {
    background: var(--_yellow);
    outline: 2px dashed #7a5a00;
  }

  .swatch.none {
    background: var(--_none);
  }

  .gradient {
    display: inline-block;
    width: 8em;
    height: 0.75em;
    vertical-align: middle;
    background: var(--_legend-gradient, transparent);
  }

  [part='up'] {
    min-height: 2.75em;
    margin-top: 0.5em;
    padding: 0.25em 0.75em;
    border: 1px solid #90a4ae;
    border-radius: 4px;
    background: #fff;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  [part='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: var(--_height);
    overflow: auto;
  }

  [part='list-title'] {
    margin: 0 0 0.5em;
    font-size: 1em;
  }

  [part~='list-item'] {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em;
    border: 1px solid transparent;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: left;
    cursor: pointer;
  }

  [part~='list-item']:hover {
    background: #eceff1;
  }

  [part~='list-item']:focus-visible {
    outline: 3px solid var(--_selected);
    outline-offset: 1px;
  }

  [part~='list-item'][aria-current='true'] {
    border-color: var(--_selected);
  }

  .flag {
    flex: none;
    font-weight: 600;
  }

  .flag-red {
    color: var(--_red);
  }

  .flag-yellow {
    color: #7a5a00;
  }

  .reasons {
    display: block;
    font-size: 0.8125em;
    color: #52606d;
  }
`;
