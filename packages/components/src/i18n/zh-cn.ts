import type { Translation } from './translation.js';

/** Simplified Chinese (the default language). */
export const zhCN: Translation = {
  $code: 'zh-CN',
  lampsLabel: (lit, max) => `已亮 ${lit} / ${max} 盏预警灯`,
  lampsShort: (lit, max) => `${lit}/${max} 灯`,
  tenThousand: '万',
};
