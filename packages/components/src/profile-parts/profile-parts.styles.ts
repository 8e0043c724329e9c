import { css } from 'lit';

/**
 * Layout both profile elements share: header and breadcrumb, key-figure grid, chart sections,
 * sub-region buttons and flag badges. Each element resolves `--_bar`, `--_gap` and
 * `--_figure-min` from its own `--sw-<element>-*` properties.
 */
export const profilePartsStyles = css`
  [part~='profile'] {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }

  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
  }

  [part~='title'] {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
  }

  [part~='title']:focus {
    outline: none;
  }

  [part~='title']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  [part~='as-of'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  [part~='breadcrumb'] ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='breadcrumb'] li + li::before {
    content: '›';
    margin-inline-end: 0.25em;
    color: var(--_muted);
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  [part~='breadcrumb-item'] {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }

  [part~='breadcrumb-current'] {
    font-weight: 600;
  }

  [part~='figures'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_figure-min)), 1fr));
    gap: calc(var(--_gap) / 2);
    margin: 0;
  }

  [part~='figure'] {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [part~='figure'] dd {
    margin: 0;
  }

  [part~='figure-label'] {
    color: var(--_muted);
    font-size: 0.875em;
  }

  [part~='figure-value'] {
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  [part~='figure-detail'] {
    color: var(--_muted);
    font-size: 0.8125em;
  }

  [part~='figure-split'] ul {
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }

  [part~='figure-split'] li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.5em;
  }

  [part~='sections'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_section-min)), 1fr));
    gap: var(--_gap);
  }

  [part~='section'] {
    min-width: 0;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [part~='section-title'] {
    margin: 0 0 0.5em;
    font-size: 1.0625em;
  }

  figure {
    margin: 0;
  }

  [part~='chart'] {
    min-height: 1em;
  }

  [part~='chart'] svg {
    font-family: inherit;
    font-size: 0.875em;
    overflow: visible;
  }

  [part~='caption'] {
    color: var(--_muted);
    font-size: 0.8125em;
  }

  [part~='note'] {
    margin: 0 0 0.5em;
    font-size: 0.875em;
  }

  [part~='sub-regions'] ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='sub-region'] {
    display: grid;
    gap: 0.125em;
    width: 100%;
    height: 100%;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
  }

  [part~='sub-region']:hover {
    border-color: var(--_accent);
  }

  .sub-region-name {
    font-weight: 600;
    color: var(--_accent);
  }

  .sub-region-figures {
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .flag {
    font-weight: 600;
    white-space: nowrap;
  }

  .flag-red {
    color: var(--_red);
  }

  .flag-yellow {
    color: var(--_yellow-text);
  }

  @media (forced-colors: active) {
    [part~='chart'] svg {
      forced-color-adjust: auto;
    }
  }
`;
