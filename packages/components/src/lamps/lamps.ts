import { html, LitElement } from 'lit';
import { LocalizeController } from '../i18n/localize.js';
import { defineElement } from '../internal/define.js';
import { hostStateMessage, stateMessage } from '../internal/state.js';
import { lampsStyles } from './lamps.styles.js';

/**
 * The five warning lamps (预警灯) of one household: `lit` of `max` lamps shown filled, the rest
 * hollow, with a short text beside them and an accessible name such as "3 of 5 lamps lit".
 *
 * Lit lamps differ from unlit ones by fill as well as colour, so the reading survives greyscale
 * printing and forced-colours mode. The element is an image to assistive technology; it takes no
 * focus and has no keyboard behaviour of its own.
 *
 * Like every element it shows a message instead of lamps while `loading`, when `error` gives a
 * reason (an alert), and when `lit` is not set (no data).
 *
 * @summary Five warning lamps with an accessible name and a text fallback.
 *
 * @csspart lamps - The row of lamps.
 * @csspart lamp - Each lamp.
 * @csspart lamp-lit - Each lit lamp (also has the `lamp` part).
 * @csspart label - The short text beside the lamps, e.g. "3/5 灯".
 * @csspart state - The loading, empty or error message.
 *
 * @cssproperty [--sw-lamps-color-on=var(--sw-color-red, #c62828)] - Colour of a lit lamp.
 * @cssproperty [--sw-lamps-color-off=#9e9e9e] - Outline colour of an unlit lamp.
 * @cssproperty [--sw-lamps-size=0.875rem] - Diameter of a lamp.
 * @cssproperty [--sw-lamps-gap=0.25rem] - Space between lamps.
 *
 * @example
 * ```html
 * <sw-lamps lit="3"></sw-lamps>
 * <sw-lamps lit="2" lang="en" hide-label></sw-lamps>
 * <sw-lamps loading></sw-lamps>
 * ```
 */
export class SwLamps extends LitElement {
  static override styles = lampsStyles;

  static override get properties() {
    return {
      lit: { type: Number, reflect: true },
      max: { type: Number, reflect: true },
      hideLabel: { type: Boolean, attribute: 'hide-label', reflect: true },
      loading: { type: Boolean, reflect: true },
      error: { type: String },
      lang: { type: String, reflect: true },
    };
  }

  /**
   * Lamps lit: a whole number from 0 to `max`; other numbers are clamped and rounded down.
   * Unset (default) or null: no data, shown as the empty message.
   */
  declare lit: number | null | undefined;
  /** Lamps in all. Default 5, as in the Ankang platform. */
  declare max: number;
  /** Hides the short text beside the lamps; the accessible name stays. */
  declare hideLabel: boolean;
  /** Shows the loading message instead of the lamps. */
  declare loading: boolean;
  /** A reason to show instead of the lamps (e.g. a failed load); empty = no error. */
  declare error: string;
  /**
   * Language of the text: `en` for English; anything else is Chinese. When unset, the nearest
   * ancestor's `lang` (or the document's) applies.
   */
  declare lang: string;

  private readonly localize = new LocalizeController(this);

  constructor() {
    super();
    this.lit = null;
    this.max = 5;
    this.hideLabel = false;
    this.loading = false;
    this.error = '';
  }

  /** The number of lamps actually shown lit, after clamping. */
  get litCount(): number {
    const max = this.maxCount;
    const lit =
      typeof this.lit === 'number' && Number.isFinite(this.lit) ? Math.floor(this.lit) : 0;
    return Math.min(max, Math.max(0, lit));
  }

  private get maxCount(): number {
    return Number.isFinite(this.max) && this.max >= 1 ? Math.floor(this.max) : 5;
  }

  protected override render() {
    const term = this.localize.term;
    const state = hostStateMessage(this, term);
    if (state) return state;
    if (this.lit === null || this.lit === undefined) return stateMessage('empty', term);
    const lit = this.litCount;
    const max = this.maxCount;
    const lamps = Array.from({ length: max }, (_, i) =>
      i < lit ? html`<span part="lamp lamp-lit"></span>` : html`<span part="lamp"></span>`,
    );
    return html`
      <span part="lamps" role="img" aria-label=${term.lampsLabel(lit, max)}>${lamps}</span>
      ${
        this.hideLabel
          ? null
          : html`<span part="label" aria-hidden="true">${term.lampsShort(lit, max)}</span>`
      }
    `;
  }
}

defineElement('sw-lamps', SwLamps);

declare global {
  interface HTMLElementTagNameMap {
    'sw-lamps': SwLamps;
  }
}
