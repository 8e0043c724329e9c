import type { Localized } from '../i18n/localize.js';

/** What the key-figure column of `<sw-village-board>` shows, read from each region's profile. */
export type BoardFigure = 'overdue' | 'monitored' | 'unresolved' | 'pushed';

/** The columns the board sorts by. */
export type BoardSortKey = 'flag' | 'name' | 'township' | 'figure';

/** The strings of `<sw-village-board>` only; shared words come from the translation tables. */
export interface BoardStrings {
  /** Accessible name of the table. */
  readonly caption: string;
  /** Column headers. */
  readonly column: Readonly<Record<BoardSortKey | 'reasons', string>>;
  /** The key-figure column's header for each figure. */
  readonly figure: Readonly<Record<BoardFigure, string>>;
  /** Level words shown beside each name. */
  readonly level: Readonly<Record<'village' | 'township', string>>;
  /** Labels of the filter controls and their "all" choices. */
  readonly filters: string;
  readonly flagFilter: string;
  readonly levelFilter: string;
  readonly townshipFilter: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly all: string;
  readonly allTownships: string;
  /** The live count under the filters. */
  shown(shown: number, total: number): string;
  /** Shown when the data has no red or yellow region. */
  readonly noFlags: string;
  /** Shown when the filters leave nothing. */
  readonly noMatch: string;
  /** Keyboard hint, read with the table. */
  readonly keyboardHint: string;
  /** Shown for a township row in the township column. */
  readonly isTownship: string;
  /** Shown where a figure is unknown (no profile for the region). */
  readonly unknown: string;
}

/** The board's strings in both languages. */
export const boardStrings: Localized<BoardStrings> = {
  'zh-CN': {
    caption: '红黄村与乡镇',
    column: {
      flag: '标记',
      name: '名称',
      township: '所属乡镇',
      figure: '关键数字',
      reasons: '原因',
    },
    figure: {
      overdue: '逾期工单',
      monitored: '监测对象',
      unresolved: '未消除风险',
      pushed: '预警推送',
    },
    level: { village: '村', township: '乡镇' },
    filters: '筛选',
    flagFilter: '标记',
    levelFilter: '级别',
    townshipFilter: '乡镇',
    search: '搜索名称',
    searchPlaceholder: '村或乡镇名称',
    all: '全部',
    allTownships: '全部乡镇',
    shown: (shown, total) => `显示 ${shown} / ${total} 个`,
    noFlags: '暂无红色或黄色的村和乡镇',
    noMatch: '没有符合筛选条件的村或乡镇',
    keyboardHint: '上下方向键在各行之间移动，Home 和 End 到首行和末行，回车或空格选中。',
    isTownship: '（乡镇本身）',
    unknown: '无数据',
  },
  en: {
    caption: 'Red and yellow villages and townships',
    column: {
      flag: 'Flag',
      name: 'Name',
      township: 'Township',
      figure: 'Key figure',
      reasons: 'Reasons',
    },
    figure: {
      overdue: 'Overdue orders',
      monitored: 'Monitored',
      unresolved: 'Unresolved risk',
      pushed: 'Warnings pushed',
    },
    level: { village: 'village', township: 'township' },
    filters: 'Filters',
    flagFilter: 'Flag',
    levelFilter: 'Level',
    townshipFilter: 'Township',
    search: 'Search names',
    searchPlaceholder: 'Village or township',
    all: 'All',
    allTownships: 'All townships',
    shown: (shown, total) => `Showing ${shown} of ${total}`,
    noFlags: 'No red or yellow village or township',
    noMatch: 'No village or township matches the filters',
    keyboardHint:
      'Up and down arrows move between rows, Home and End go to the first and last, Enter or Space selects.',
    isTownship: '(the township itself)',
    unknown: 'no data',
  },
};
