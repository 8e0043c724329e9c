/**
 * 守望 Shouwang components: lit custom elements for return-to-poverty risk monitoring.
 * Importing this module registers every element (tag prefix `sw-`).
 *
 * @packageDocumentation
 */
export { SwLamps } from './lamps/lamps.js';
export { LocalizeController, languageOf } from './i18n/localize.js';
export type { LanguageCode, Translation } from './i18n/translation.js';
