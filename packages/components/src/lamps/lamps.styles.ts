import { css } from 'lit';

export const lampsStyles = css`
  :host {
    --_on: var(--sw-lamps-color-on, var(--sw-color-red, #c62828));
    --_off: var(--sw-lamps-color-off, #9e9e9e);
    --_size: var(--sw-lamps-size, 0.875rem);
    --_gap: var(--sw-lamps-gap, 0.25rem);
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font-family: var(--sw-font-family, system-ui, 'Microsoft YaHei', 'PingFang SC', sans-serif);
  }

  :host([hidden]) {
    display: none;
  }

  [part='lamps'] {
    display: inline-flex;
    gap: var(--_gap);
  }

  [part~='lamp'] {
    box-sizing: border-box;
    width: var(--_size);
    height: var(--_size);
    border-radius: 50%;
    border: 2px solid var(--_off);
    background: transparent;
  }

  /* Lit lamps are filled and outlined in the lamp colour: shape, not colour alone, tells them apart. */
  [part~='lamp-lit'] {
    border-color: var(--_on);
    background: var(--_on);
    box-shadow: 0 0 0 2px color-mix(in srgb, var(--_on) 25%, transparent);
  }

  [part='label'] {
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  /* State messages sit inline, where the lamps would be. */
  [part~='state'] {
    font-size: 0.875em;
    color: var(--sw-color-muted, #52606d);
  }

  [part~='state'][data-state='error'] {
    color: var(--sw-color-red, #c62828);
  }

  @media (forced-colors: active) {
    [part~='lamp-lit'] {
      background: CanvasText;
      border-color: CanvasText;
    }
  }
`;
