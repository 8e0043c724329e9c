import type { Translation } from './translation.js';

/** English, on `lang="en"`. */
export const en: Translation = {
  $code: 'en',
  lampsLabel: (lit, max) => `${lit} of ${max} ${max === 1 ? 'lamp' : 'lamps'} lit`,
  lampsShort: (lit, max) => `${lit}/${max} lamps`,
  flagWord: (level) => (level === 'red' ? 'Red' : 'Yellow'),
  noFlag: 'Not flagged',
  mapLabel: 'Village risk map',
  flaggedVillages: 'Red and yellow villages',
  noFlaggedVillages: 'No red or yellow village',
  mapLoading: 'Loading the map…',
  mapError: (reason) => `The map cannot be shown: ${reason}`,
  mapEmpty: 'No village outlines',
  householdCount: (count) => `${count} ${count === 1 ? 'household' : 'households'}`,
  mapKeyboardHint:
    'Arrow keys pan, plus and minus zoom; press Enter on a village in the list to show it.',
  tenThousand: '',
};
