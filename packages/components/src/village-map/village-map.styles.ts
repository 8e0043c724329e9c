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
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  [part='layout'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(12rem, 16rem);
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

  [part='status'] {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 1rem;
    text-align: center;
  }

  [part='tooltip'] {
    position: absolute;
    z-index: 2;
    pointer-events: none;
    max-width: 16rem;
    padding: 0.375rem 0.5rem;
    border-radius: 4px;
    background: rgb(33 33 33 / 92%);
    color: #fff;
    font-size: 0.8125rem;
    line-height: 1.4;
    left: var(--_tooltip-x, 0);
    top: var(--_tooltip-y, 0);
    transform: translate(12px, 12px);
  }

  [part='tooltip'] ul {
    margin: 0.25rem 0 0;
    padding-left: 1rem;
  }

  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin-top: 0.5rem;
    font-size: 0.8125rem;
  }

  .swatch {
    display: inline-block;
    width: 0.875rem;
    height: 0.875rem;
    margin-right: 0.25rem;
    vertical-align: -0.125rem;
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
    width: 8rem;
    height: 0.75rem;
    vertical-align: middle;
    background: var(--_legend-gradient, transparent);
  }

  [part='up'] {
    min-height: 2.75rem;
    margin-top: 0.5rem;
    padding: 0.25rem 0.75rem;
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
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }

  [part~='list-item'] {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem;
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

  .flag-word {
    flex: none;
    font-weight: 600;
  }

  .flag-word.red {
    color: var(--_red);
  }

  .flag-word.yellow {
    color: #7a5a00;
  }

  .reasons {
    display: block;
    font-size: 0.8125rem;
    color: #52606d;
  }
`;
