/**
 * 守望 Shouwang components: lit custom elements for return-to-poverty risk monitoring.
 * Importing this module registers every element (tag prefix `sw-`).
 *
 * @packageDocumentation
 */
export { SwLamps } from './lamps/lamps.js';
export { SwHouseholdCard } from './household-card/household-card.js';
export { householdView } from './household-card/household-view.js';
export type { HouseholdView } from './household-card/household-view.js';
export { SwVillageMap } from './village-map/village-map.js';
export { SwVillageBoard } from './village-board/village-board.js';
export type { BoardFigure, BoardRegion, BoardSortKey } from './village-board/village-board.js';
export { SwAreaProfile } from './area-profile/area-profile.js';
export { SwWorkProfile } from './work-profile/work-profile.js';
export type {
  FlagLevel,
  HouseholdOpenDetail,
  HouseholdPoint,
  TownshipCollection,
  VillageCollection,
  VillageFlag,
  VillageProperties,
  VillageSelectDetail,
} from './village-map/village-map-types.js';
export { SwHouseholdOpenEvent } from './events/household-open.js';
export { SwVillageSelectEvent } from './events/village-select.js';
export { SwRegionChangeEvent } from './events/region-change.js';
export type { RegionChangeDetail } from './events/region-change.js';
export { LocalizeController, languageOf } from './i18n/localize.js';
export type { Localized } from './i18n/localize.js';
export type { Category, LanguageCode, Translation } from './i18n/translation.js';
