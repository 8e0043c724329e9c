import type { Count, RegionFlag, RegionProfile } from '@shouwang/scoring';
import type { BoardFigure, BoardSortKey } from './village-board.strings.js';

/** What the board needs to know of a region; a `RegionProfile` is one, and adds the figures. */
export type BoardRegion = Pick<RegionProfile, 'regionCode' | 'name' | 'level' | 'parentCode'> &
  Partial<Pick<RegionProfile, 'area' | 'work'>>;

/** One row of the board: a flagged village or township with what the columns show. */
export interface BoardRow {
  readonly regionCode: string;
  readonly name: string;
  readonly level: 'village' | 'township';
  readonly flag: 'red' | 'yellow';
  readonly reasons: RegionFlag['reasons'];
  /** The township the row belongs to: the parent of a village, the township itself. */
  readonly townshipCode: string | null;
  readonly townshipName: string;
  readonly figure: Count | null;
}

/** What the board is asked to show: filters and sort order. */
export interface BoardView {
  readonly flagFilter: '' | 'red' | 'yellow';
  readonly levelFilter: '' | 'village' | 'township';
  readonly township: string;
  readonly query: string;
  readonly sortBy: BoardSortKey;
  readonly sortDirection: 'ascending' | 'descending';
}

const flagRank = { red: 0, yellow: 1 } as const;

/** Names sort in Chinese (pinyin) order in either language: they are Chinese names. */
export const collator = new Intl.Collator('zh-CN', { numeric: true });

function figureOf(region: BoardRegion | undefined, figure: BoardFigure): Count | null {
  switch (figure) {
    case 'overdue':
      return region?.work?.overdue ?? null;
    case 'pushed':
      return region?.work?.pushed ?? null;
    case 'monitored':
      return region?.area?.monitored ?? null;
    case 'unresolved':
      return region?.area?.unresolved ?? null;
  }
}

/**
 * The board's rows from scoring's flags (villages and townships only) and the regions that give
 * each its township and key figure.
 */
export function boardRows(
  flags: readonly RegionFlag[],
  regionList: readonly BoardRegion[],
  figure: BoardFigure,
): BoardRow[] {
  const regions = new Map(regionList.map((region) => [region.regionCode, region]));
  const nameOf = (code: string | null): string =>
    (code ? regions.get(code)?.name : null) ?? code ?? '';
  return flags
    .filter((flag) => flag.level === 'village' || flag.level === 'township')
    .map((flag) => {
      const region = regions.get(flag.regionCode);
      const level = flag.level as 'village' | 'township';
      const townshipCode = level === 'township' ? flag.regionCode : (region?.parentCode ?? null);
      const name = flag.name ?? region?.name ?? flag.regionCode;
      return {
        regionCode: flag.regionCode,
        name,
        level,
        flag: flag.flag,
        reasons: flag.reasons,
        townshipCode,
        townshipName: level === 'township' ? name : nameOf(townshipCode),
        figure: figureOf(region, figure),
      };
    });
}

function comparator(sortBy: BoardSortKey): (a: BoardRow, b: BoardRow) => number {
  switch (sortBy) {
    case 'name':
      return (a, b) => collator.compare(a.name, b.name);
    case 'township':
      // A township's own row first, then its villages.
      return (a, b) =>
        collator.compare(a.townshipName, b.townshipName) ||
        (a.level === b.level ? 0 : a.level === 'township' ? -1 : 1);
    case 'figure':
      return (a, b) =>
        (a.figure?.households ?? 0) - (b.figure?.households ?? 0) ||
        (a.figure?.people ?? 0) - (b.figure?.people ?? 0);
    default:
      return (a, b) => flagRank[a.flag] - flagRank[b.flag];
  }
}

function tieBreak(a: BoardRow, b: BoardRow): number {
  return (
    flagRank[a.flag] - flagRank[b.flag] ||
    collator.compare(a.name, b.name) ||
    collator.compare(a.regionCode, b.regionCode)
  );
}

/** The rows a view shows: filtered, then sorted (ties: red first, then by name). */
export function viewRows(rows: readonly BoardRow[], view: BoardView): BoardRow[] {
  const query = view.query.trim().toLowerCase();
  const dir = view.sortDirection === 'descending' ? -1 : 1;
  const compare = comparator(view.sortBy);
  return rows
    .filter(
      (row) =>
        (!view.flagFilter || row.flag === view.flagFilter) &&
        (!view.levelFilter || row.level === view.levelFilter) &&
        (!view.township || row.townshipCode === view.township) &&
        (!query ||
          row.name.toLowerCase().includes(query) ||
          row.regionCode.startsWith(query) ||
          row.townshipName.toLowerCase().includes(query)),
    )
    .sort((a, b) => {
      // Rows without a figure stay last in either direction.
      if (view.sortBy === 'figure' && (a.figure === null) !== (b.figure === null))
        return a.figure === null ? 1 : -1;
      return dir * compare(a, b) || tieBreak(a, b);
    });
}

/** The townships of the rows, as [code, name] pairs sorted by name: the township filter's options. */
export function townshipsOf(rows: readonly BoardRow[]): [string, string][] {
  const townships = new Map<string, string>();
  for (const row of rows) if (row.townshipCode) townships.set(row.townshipCode, row.townshipName);
  return [...townships].sort((a, b) => collator.compare(a[1], b[1]));
}
