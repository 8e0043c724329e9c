/**
 * 守望 Shouwang scoring: rule sets, scored and explained households, roll-ups, flags and work
 * orders, on arquero tables. No DOM, no network, no clock reads: it runs in a page, a Web Worker
 * and Node.
 *
 * @packageDocumentation
 */
export { defaultLampRule, lampsColumn, lampsFor, withLamps } from './lamps.js';
export type { LampRule } from './lamps.js';
