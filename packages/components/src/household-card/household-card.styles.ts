import { css } from 'lit';

export const householdCardStyles = css`
  :host {
    --_gap: var(--sw-household-card-gap, 1rem);
    --_padding: var(--sw-household-card-padding, 1rem);
    --_background: var(--sw-household-card-background, var(--_surface));
    --_lamp-size: var(--sw-household-card-lamp-size, 1.1em);
    --_overdue: var(--sw-household-card-overdue, var(--_red));
    --_done: var(--sw-household-card-done, var(--_green));
    container-type: inline-size;
  }

  [part='card'] {
    padding: var(--_padding);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-bottom: var(--_gap);
  }

  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.3;
  }

  h2 {
    font-size: 1.25em;
  }

  h3 {
    font-size: 1em;
    margin-bottom: 0.5em;
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_border);
  }

  h4 {
    font-size: 0.9375em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
  }

  p {
    margin: 0.25em 0;
  }

  [part='meta'],
  [part='order-actor'],
  [part='none'] {
    color: var(--_muted);
    font-size: 0.875em;
  }

  [part='open-button'] {
    font: inherit;
    font-size: 0.875em;
    padding: 0.375em 0.875em;
    min-height: 2.75em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }

  [part='open-button']:hover {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }

  [part='open-button']:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }

  /* Two columns from a tablet's width: figures and why on the left, people and process right. */
  @container (min-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }

  .column {
    display: grid;
    gap: var(--_gap);
    align-content: start;
  }

  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  dl {
    margin: 0;
  }

  [part='figures'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
    gap: 0.75em 1em;
  }

  dt {
    color: var(--_muted);
    font-size: 0.8125em;
  }

  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  dd.big {
    font-size: 1.5em;
    font-weight: 600;
    line-height: 1.2;
  }

  sw-lamps {
    --sw-lamps-size: var(--_lamp-size);
  }

  [part~='alert-on'] {
    color: var(--_overdue);
    font-weight: 600;
  }

  [part='causes'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }

  [part='causes'] li {
    padding: 0.125em 0.625em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }

  [part='indicators'] {
    display: grid;
    gap: 0.375em;
  }

  [part~='indicator'] {
    display: grid;
    grid-template-columns: 3.5em minmax(0, 1fr);
    gap: 0 0.5em;
    align-items: baseline;
  }

  [part~='indicator'] .points {
    font-weight: 600;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }

  [part~='indicator-risk'] .points {
    color: var(--_overdue);
  }

  [part~='indicator-resilience'] .points {
    color: var(--_done);
  }

  [part~='indicator'] .tags {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    font-size: 0.75em;
    color: var(--_muted);
  }

  .notes {
    margin-top: 0.75em;
    display: grid;
    gap: 0.25em;
    font-size: 0.9375em;
  }

  .notes li::before {
    content: '› ';
    color: var(--_muted);
  }

  [part='members'] {
    display: grid;
    gap: 0.75em;
  }

  [part='member'] {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* ID numbers and phones read as one unit: never broken across lines. */
  [data-pii='personId'],
  [data-pii='phone'] {
    white-space: nowrap;
  }

  [part='member'] .wide {
    grid-column: span 2;
  }

  .member-name {
    font-weight: 600;
    margin-right: 0.5em;
  }

  .relation {
    color: var(--_muted);
    font-size: 0.875em;
  }

  [part='member'] dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5em, 1fr));
    gap: 0.25em 0.75em;
    margin-top: 0.25em;
  }

  [part='measures'] li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    padding: 0.25em 0;
    border-bottom: 1px dashed var(--_border);
  }

  [part='measures'] .kind {
    font-weight: 600;
  }

  time {
    font-variant-numeric: tabular-nums;
  }

  [part='order'] + [part='order'] {
    margin-top: 1em;
  }

  [part='order-status'] {
    font-weight: normal;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  [part='timeline'] {
    margin-top: 0.5em;
    border-left: 2px solid var(--_border);
    margin-left: 0.5em;
  }

  [part~='step'] {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: 0.125em 0.625em;
    align-items: baseline;
    padding: 0.25em 0 0.25em 1.25em;
  }

  [part~='step'] .marker {
    position: absolute;
    left: -0.6em;
    width: 1.2em;
    text-align: center;
    background: var(--_background);
    line-height: 1.5;
  }

  [part~='step-done'] .marker {
    color: var(--_done);
  }

  [part~='step-waiting'] {
    color: var(--_muted);
  }

  [part~='step-overdue'] {
    font-weight: 600;
  }

  [part~='step-overdue'] .marker,
  .overdue,
  .late {
    color: var(--_overdue);
  }

  .stage {
    min-width: 4.5em;
  }

  .outcome {
    padding: 0 0.375em;
    border: 1px solid currentcolor;
    border-radius: 3px;
    font-size: 0.8125em;
  }

  .due,
  .late {
    font-size: 0.8125em;
  }

  @media (forced-colors: active) {
    [part~='step-overdue'] .marker,
    .overdue,
    .late,
    [part~='alert-on'] {
      color: CanvasText;
    }
  }
`;
