import { css } from 'lit';
import { sharedStyles } from '../internal/shared.styles.js';
import { profilePartsStyles } from '../profile-parts/profile-parts.styles.js';

export const areaProfileStyles = [
  sharedStyles,
  css`
    :host {
      --_bar: var(--sw-area-profile-bar, var(--sw-color-accent, #1565c0));
      --_series-1: var(--sw-area-profile-series-1, var(--sw-color-accent, #1565c0));
      --_series-2: var(--sw-area-profile-series-2, var(--sw-color-red, #c62828));
      --_series-3: var(--sw-area-profile-series-3, var(--sw-color-green, #2e7d32));
      --_gap: var(--sw-area-profile-gap, 1rem);
      --_figure-min: var(--sw-area-profile-figure-min, 11em);
      --_section-min: var(--sw-area-profile-section-min, 22em);
    }

    :host([big-screen]) {
      --_gap: var(--sw-area-profile-gap, 1.5rem);
    }
  `,
  profilePartsStyles,
  css`
    [part~='legend'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0 0 0.25em;
      padding: 0;
      list-style: none;
      font-size: 0.875em;
    }

    .series-1 .legend-mark {
      color: var(--_series-1);
    }

    .series-2 .legend-mark {
      color: var(--_series-2);
    }

    .series-3 .legend-mark {
      color: var(--_series-3);
    }

    [part~='section-trend'] {
      grid-column: 1 / -1;
    }
  `,
];
