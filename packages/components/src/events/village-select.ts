import type { VillageSelectDetail } from '../village-map/village-map-types.js';

/**
 * Fired when the user selects a village (by click, tap, Enter or Space). Bubbles and crosses
 * shadow roots; `detail` is usable as input elsewhere (e.g. `region-code`).
 */
export class SwVillageSelectEvent extends CustomEvent<VillageSelectDetail> {
  constructor(detail: VillageSelectDetail) {
    super('sw-village-select', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sw-village-select': SwVillageSelectEvent;
  }
}
