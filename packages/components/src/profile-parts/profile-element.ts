import type { Profiles, RegionProfile } from '@shouwang/scoring';
import { LitElement } from 'lit';
import { SwRegionChangeEvent } from '../events/region-change.js';
import { LocalizeController } from '../i18n/localize.js';
import type { ChartContext } from './charts.js';
import { FigureFormat } from './format.js';
import { findRegion } from './regions.js';

/**
 * What `<sw-area-profile>` and `<sw-work-profile>` share: the `profiles` and the region they
 * show, the state attributes, `big-screen` and `lang`; choosing another region, which fires
 * `sw-region-change` and moves focus to the new heading; chart sizes and colours read from CSS.
 */
export class ProfileElement extends LitElement {
  static override get properties() {
    return {
      profiles: { attribute: false },
      regionCode: { type: String, attribute: 'region-code', reflect: true },
      loading: { type: Boolean, reflect: true },
      error: { type: String },
      bigScreen: { type: Boolean, attribute: 'big-screen', reflect: true },
      lang: { type: String, reflect: true },
    };
  }

  /** The result of `profiles()` from `@shouwang/scoring`: every region's figures and flags. */
  declare profiles: Profiles | undefined;
  /** The region shown: a 6-digit county or 12-digit township or village code; empty = the county. */
  declare regionCode: string;
  /** Shows the loading message instead of the profile. */
  declare loading: boolean;
  /** A reason to show instead of the profile (e.g. a failed load); empty = no error. */
  declare error: string;
  /** Larger type for the meeting-room screen. */
  declare bigScreen: boolean;
  /**
   * Language of the text: `en` for English; anything else is Chinese. When unset, the nearest
   * ancestor's `lang` (or the document's) applies.
   */
  declare lang: string;

  protected readonly localize = new LocalizeController(this);
  protected readonly format = new FigureFormat(this.localize);
  private focusTitle = false;

  constructor() {
    super();
    this.profiles = undefined;
    this.regionCode = '';
    this.loading = false;
    this.error = '';
    this.bigScreen = false;
  }

  /** The region shown now, if the profiles have it. */
  get region(): RegionProfile | undefined {
    return findRegion(this.profiles, this.regionCode);
  }

  /** Shows another region because the user chose it, and says so with `sw-region-change`. */
  protected choose(region: RegionProfile): void {
    this.regionCode = region.regionCode;
    this.focusTitle = true;
    this.dispatchEvent(
      new SwRegionChangeEvent({ regionCode: region.regionCode, level: region.level }),
    );
  }

  protected override updated(): void {
    if (!this.focusTitle) return;
    this.focusTitle = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="title"]')?.focus();
  }

  /** A chart's width, the host's font size and a colour from a custom property. */
  protected chartContext(width: number, color = '--_bar'): ChartContext {
    const style = getComputedStyle(this);
    return {
      width,
      fontSize: parseFloat(style.fontSize) || 16,
      color: style.getPropertyValue(color).trim() || 'currentColor',
    };
  }
}
