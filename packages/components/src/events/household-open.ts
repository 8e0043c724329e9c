import type { HouseholdOpenDetail } from '../village-map/village-map-types.js';

/** Fired when the user asks to open one household (e.g. clicks its point on the map). */
export class SwHouseholdOpenEvent extends CustomEvent<HouseholdOpenDetail> {
  constructor(detail: HouseholdOpenDetail) {
    super('sw-household-open', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sw-household-open': SwHouseholdOpenEvent;
  }
}
