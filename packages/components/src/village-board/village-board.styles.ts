import { css } from 'lit';
import { sharedStyles } from '../internal/shared.styles.js';

export const villageBoardStyles = [
  sharedStyles,
  css`
    :host {
      --_row-red: var(--sw-village-board-red, var(--_red));
      --_row-yellow: var(--sw-village-board-yellow, var(--_yellow));
      --_selected: var(--sw-village-board-selected, var(--_accent));
      --_stripe: var(--sw-village-board-stripe, #f5f7fa);
      --_gap: var(--sw-village-board-gap, 0.75rem);
      container-type: inline-size;
    }

    [part='toolbar'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: end;
      margin-bottom: var(--_gap);
    }

    [part='toolbar'] label {
      display: inline-flex;
      flex-direction: column;
      gap: 0.125rem;
      font-size: 0.875em;
      color: var(--_muted);
    }

    [part~='filter'] {
      font: inherit;
      font-size: 1em;
      color: var(--_text);
      min-height: 2.25em;
      padding: 0.25em 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }

    [part='count'] {
      margin: 0 0 0.5em;
      font-size: 0.875em;
      color: var(--_muted);
    }

    table {
      width: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }

    th,
    td {
      padding: 0.5em 0.625em;
      text-align: start;
      vertical-align: top;
      border-bottom: 1px solid var(--_border);
    }

    thead th {
      font-size: 0.875em;
      font-weight: 600;
      color: var(--_muted);
      white-space: nowrap;
    }

    [part='sort-button'] {
      all: unset;
      display: inline-flex;
      gap: 0.25em;
      align-items: center;
      cursor: pointer;
      border-radius: 3px;
    }

    [part='sort-button']:focus-visible,
    [part~='select']:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }

    .sort-mark {
      font-size: 0.875em;
      opacity: 0.7;
    }

    tbody tr:nth-child(even) {
      background: var(--_stripe);
    }

    [part~='row'] > :first-child {
      border-inline-start: 4px solid transparent;
    }

    [part~='row-red'] > :first-child {
      border-inline-start-color: var(--_row-red);
    }

    [part~='row-yellow'] > :first-child {
      border-inline-start-color: var(--_row-yellow);
    }

    [part~='row-selected'] {
      outline: 2px solid var(--_selected);
      outline-offset: -2px;
    }

    [part~='flag'] {
      display: inline-flex;
      gap: 0.25em;
      align-items: baseline;
      font-weight: 600;
      white-space: nowrap;
    }

    [part~='select'] {
      all: unset;
      cursor: pointer;
      font-weight: 600;
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 0.2em;
      border-radius: 3px;
    }

    .level {
      margin-inline-start: 0.375em;
      font-size: 0.8125em;
      font-weight: normal;
      color: var(--_muted);
    }

    .figure {
      white-space: nowrap;
    }

    .people,
    .muted {
      color: var(--_muted);
    }

    .people {
      margin-inline-start: 0.25em;
      font-size: 0.875em;
    }

    [part='reasons'] {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    [part='reasons'] li {
      display: flex;
      gap: 0.375em;
    }

    [part='reasons'] li + li {
      margin-top: 0.25em;
    }

    /* Reason text keeps the body colour (contrast); only its icon carries the flag colour. */
    [part='reasons'] li > span {
      flex: none;
    }

    [part='reasons'] li {
      color: var(--_text);
    }

    [part='reasons'] li.flag-red > span {
      color: var(--_red);
    }

    [part='reasons'] li.flag-yellow > span {
      color: var(--_yellow-text);
    }

    /* A phone: each row becomes a card, each cell a labelled line. */
    @container (max-width: 40rem) {
      table,
      tbody,
      tr,
      td,
      tbody th {
        display: block;
      }

      thead tr {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
      }

      thead th {
        border: 0;
        padding: 0.25em 0;
      }

      /* The reasons header is not a sort control; each card names its reasons. */
      thead th:last-child {
        display: none;
      }

      tbody tr {
        margin-bottom: 0.5rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }

      tbody tr:nth-child(even) {
        background: var(--_surface);
      }

      [part~='row'] > :first-child {
        border-inline-start-width: 0;
      }

      [part~='row-red'] {
        border-inline-start: 6px solid var(--_row-red);
      }

      [part~='row-yellow'] {
        border-inline-start: 6px solid var(--_row-yellow);
      }

      td,
      tbody th {
        border: 0;
        padding: 0.25em 0.75em;
      }

      tbody th {
        font-size: 1.0625em;
      }

      td[data-label]:not(:first-child)::before {
        content: attr(data-label);
        margin-inline-end: 0.5em;
        color: var(--_muted);
        font-size: 0.875em;
      }
    }

    :host([big-screen]) [part~='row'] > * {
      padding-block: 0.625em;
    }

    @media (forced-colors: active) {
      [part~='row-selected'] {
        outline-color: Highlight;
      }
    }
  `,
];
