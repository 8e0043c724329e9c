import { css } from 'lit';

/**
 * What every element shares: design tokens resolved once on `:host` into private `--_` names
 * (theme through `--sw-*`), the big-screen type scale, state messages and a visually hidden
 * class for text alternatives.
 */
export const sharedStyles = css`
  :host {
    --_font: var(--sw-font-family, system-ui, 'Microsoft YaHei', 'PingFang SC', sans-serif);
    --_text: var(--sw-color-text, #1f2933);
    --_muted: var(--sw-color-muted, #52606d);
    --_surface: var(--sw-color-surface, #ffffff);
    --_border: var(--sw-color-border, #d9e2ec);
    --_accent: var(--sw-color-accent, #1565c0);
    --_red: var(--sw-color-red, #c62828);
    --_yellow: var(--sw-color-yellow, #f2b600);
    --_yellow-text: var(--sw-color-yellow-text, #7a5a00);
    --_green: var(--sw-color-green, #2e7d32);
    --_radius: var(--sw-radius, 6px);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    font-size: var(--sw-font-size, 1rem);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  /* The meeting-room screen: everything scales with the host font size. */
  :host([big-screen]) {
    font-size: var(--sw-big-screen-font-size, 1.5rem);
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [part~='state'] {
    padding: 1.5em 1em;
    text-align: center;
    color: var(--_muted);
  }

  [part~='state'][data-state='error'] {
    color: var(--_red);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .flag-red {
    color: var(--_red);
  }

  .flag-yellow {
    color: var(--_yellow-text);
  }
`;
