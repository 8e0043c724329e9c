import type { Translation } from './translation.js';

/** English, on `lang="en"`. */
export const en: Translation = {
  $code: 'en',
  lampsLabel: (lit, max) => `${lit} of ${max} ${max === 1 ? 'lamp' : 'lamps'} lit`,
  lampsShort: (lit, max) => `${lit}/${max} lamps`,
  tenThousand: '',
};
