import { css } from 'lit';
import { sharedStyles } from '../internal/shared.styles.js';
import { profilePartsStyles } from '../profile-parts/profile-parts.styles.js';

export const workProfileStyles = [
  sharedStyles,
  css`
    :host {
      --_bar: var(--sw-work-profile-bar, var(--sw-color-accent, #1565c0));
      --_gap: var(--sw-work-profile-gap, 1rem);
      --_figure-min: var(--sw-work-profile-figure-min, 11em);
      --_section-min: var(--sw-work-profile-section-min, 24em);
    }

    :host([big-screen]) {
      --_gap: var(--sw-work-profile-gap, 1.5rem);
    }
  `,
  profilePartsStyles,
  css`
    [part~='table-scroll'] {
      overflow-x: auto;
    }

    [part~='ranking'],
    [part~='stage-days'] {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.875em;
      font-variant-numeric: tabular-nums;
    }

    [part~='ranking'] caption,
    [part~='stage-days'] caption {
      caption-side: top;
      padding-bottom: 0.5em;
      color: var(--_muted);
      text-align: start;
    }

    [part~='ranking'] th,
    [part~='ranking'] td,
    [part~='stage-days'] th,
    [part~='stage-days'] td {
      padding: 0.375em 0.5em;
      border-bottom: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }

    [part~='ranking'] td,
    [part~='stage-days'] td {
      white-space: nowrap;
    }

    [part~='ranking'] thead th {
      white-space: nowrap;
      vertical-align: bottom;
    }

    [part~='sort-button'] {
      padding: 0;
      border: 0;
      background: none;
      font-weight: 600;
      text-align: start;
    }

    [part~='ranking'] th[aria-sort='ascending'],
    [part~='ranking'] th[aria-sort='descending'] {
      color: var(--_accent);
    }

    [part~='ranking-region'] {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      font-weight: 600;
      text-decoration: underline;
      text-align: start;
    }

    [part~='flags'],
    .reasons {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    [part~='flag-item'] + [part~='flag-item'] {
      margin-top: 0.75em;
    }

    .reasons {
      margin-top: 0.25em;
      font-size: 0.875em;
    }

    .reasons li {
      margin-inline-start: 1em;
    }

    .level {
      color: var(--_muted);
      font-size: 0.875em;
    }
  `,
];
