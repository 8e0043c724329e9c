/** Detail of `sw-region-change`. */
export interface RegionChangeDetail {
  /** The region now shown: a 6-digit county or 12-digit township or village code. */
  regionCode: string;
  /** Its level. */
  level: 'county' | 'township' | 'village';
}

/** Fired when the user drills down or up to another region (county → township → village). */
export class SwRegionChangeEvent extends CustomEvent<RegionChangeDetail> {
  constructor(detail: RegionChangeDetail) {
    super('sw-region-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sw-region-change': SwRegionChangeEvent;
  }
}
