import type { Translation } from './translation.js';

/** Simplified Chinese (the default language). */
export const zhCN: Translation = {
  $code: 'zh-CN',
  lampsLabel: (lit, max) => `已亮 ${lit} / ${max} 盏预警灯`,
  lampsShort: (lit, max) => `${lit}/${max} 灯`,
  flagWord: (level) => (level === 'red' ? '红色' : '黄色'),
  noFlag: '未标记',
  mapLabel: '村级风险地图',
  flaggedVillages: '红黄村',
  noFlaggedVillages: '暂无红色或黄色村',
  mapLoading: '地图加载中…',
  mapError: (reason) => `地图无法显示：${reason}`,
  mapEmpty: '暂无村界数据',
  householdCount: (count) => `${count} 户`,
  mapKeyboardHint: '方向键平移，加号和减号缩放；村列表中按回车定位到该村。',
  tenThousand: '万',
};
