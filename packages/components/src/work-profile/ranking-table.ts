import type { Profiles, RegionProfile } from '@shouwang/scoring';
import { html, type TemplateResult } from 'lit';
import { renderFlag } from '../internal/flag.js';
import type { FigureFormat } from '../profile-parts/format.js';
import { flagOf } from '../profile-parts/regions.js';
import { RANKING_KEYS, rankingValue, sortRegions } from './ranking.js';
import type { RankingKey, WorkProfileStrings } from './work-profile.strings.js';

/** What the ranking table needs from `<sw-work-profile>`. */
export interface RankingTableOptions {
  readonly format: FigureFormat;
  readonly strings: WorkProfileStrings;
  readonly flagWord: (flag: 'red' | 'yellow') => string;
  readonly profiles: Profiles;
  /** The sub-regions to rank. */
  readonly regions: readonly RegionProfile[];
  /** Their level's word, for the caption. */
  readonly level: string;
  readonly sortKey: RankingKey;
  readonly descending: boolean;
  readonly onSort: (key: RankingKey) => void;
  readonly onChoose: (region: RegionProfile) => void;
}

/** One cell of the ranking: counts as households · people, rates on households, days. */
function cell(f: FigureFormat, region: RegionProfile, key: RankingKey): string {
  const w = region.work;
  switch (key) {
    case 'name':
      return f.name(region);
    case 'pushed':
      return f.pair(w.pushed);
    case 'overdue':
      return f.pair(w.overdue);
    case 'backlog':
      return f.pair(w.backlog);
    case 'medianDays': {
      const days = rankingValue(region, key);
      return typeof days === 'number' ? f.strings.days(f.number(days)) : f.strings.none;
    }
    default: {
      const share = rankingValue(region, key);
      return f.percent(typeof share === 'number' ? share : null);
    }
  }
}

/**
 * The sortable ranking of sub-regions: every column header is a button (Enter or Space sorts,
 * again to reverse) with `aria-sort` on its header cell; every name is a button that drills down.
 * The table scrolls inside its own box on narrow screens.
 */
export function renderRankingTable(o: RankingTableOptions): TemplateResult {
  const { format: f, strings: s } = o;
  const sorted = sortRegions(o.regions, o.sortKey, o.descending);
  const sortState = (key: RankingKey) =>
    key === o.sortKey ? (o.descending ? 'descending' : 'ascending') : 'none';
  const arrow = (key: RankingKey) => (key === o.sortKey ? (o.descending ? '▼' : '▲') : '↕');
  return html`<div part="table-scroll" class="table-scroll">
    <table part="ranking">
      <caption>
        ${s.rankingCaption(o.level, s.column[o.sortKey], o.descending)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.rankHeader}</th>
          ${RANKING_KEYS.map(
            (key) =>
              html`<th scope="col" aria-sort=${sortState(key)}>
                <button
                  type="button"
                  part="sort-button"
                  data-key=${key}
                  @click=${() => {
                    o.onSort(key);
                  }}
                >
                  ${s.column[key]} <span aria-hidden="true">${arrow(key)}</span>
                </button>
              </th>`,
          )}
          <th scope="col">${s.flagHeader}</th>
        </tr>
      </thead>
      <tbody>
        ${sorted.map((child, i) => {
          const flag = flagOf(o.profiles, child.regionCode);
          return html`<tr data-region-code=${child.regionCode}>
            <td>${i + 1}</td>
            <th scope="row">
              <button
                type="button"
                part="ranking-region"
                data-region-code=${child.regionCode}
                @click=${() => {
                  o.onChoose(child);
                }}
              >
                ${f.name(child)}
              </button>
            </th>
            ${RANKING_KEYS.slice(1).map(
              (key) => html`<td data-key=${key}>${cell(f, child, key)}</td>`,
            )}
            <td>${flag ? renderFlag(flag.flag, o.flagWord(flag.flag)) : f.strings.none}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
