import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Count, Profiles, RegionFlag } from '@shouwang/scoring';
import { SwVillageSelectEvent } from '../events/village-select.js';
import { LocalizeController } from '../i18n/localize.js';
import { defineElement } from '../internal/define.js';
import { flagIcon, renderFlag } from '../internal/flag.js';
import { memoizeLast } from '../internal/memo.js';
import { hostStateMessage, stateMessage } from '../internal/state.js';
import { villageBoardStyles } from './village-board.styles.js';
import { boardStrings, type BoardFigure, type BoardSortKey } from './village-board.strings.js';

import {
  boardRows,
  townshipsOf,
  viewRows,
  type BoardRegion,
  type BoardRow,
} from './village-board.rows.js';

export type { BoardFigure, BoardSortKey } from './village-board.strings.js';
export type { BoardRegion, BoardRow } from './village-board.rows.js';

/** One empty list, so that "no flags" is the same input on every render. */
const NONE: readonly never[] = [];

/**
 * Village board (红黄村看板): the villages and townships that `profiles()` of
 * `@shouwang/scoring` flagged red (urgent action) or yellow (attention), each with its reasons,
 * its township and a key figure from its profile, in a table that sorts by flag, name, township
 * or key figure and filters by flag, level, township and a name search.
 *
 * Colour is never the only signal: a red row carries ▲ and the word 红色, a yellow one ● and
 * 黄色, and a coloured edge. Every name and reason is rendered as text, never as HTML.
 *
 * Keyboard: Tab reaches the filters, then the sort buttons in the column headers (Enter or
 * Space sorts; the header's `aria-sort` says how), then the table once, on the current row's
 * name. Up and Down arrows move between rows, Home and End go to the first and last row, and
 * Enter or Space selects the row and fires `sw-village-select`. Setting `region-code` marks a
 * row as selected without firing the event.
 *
 * @summary Red and yellow villages and townships with their reasons, sortable, filterable, keyboard usable.
 *
 * @event {SwVillageSelectEvent} sw-village-select - The user selected a village or township (click, Enter or Space). `detail: { regionCode, name, flag }`.
 *
 * @csspart toolbar - The row of filters above the table.
 * @csspart filter - Each filter control (select or search field).
 * @csspart count - The live "showing n of m" line.
 * @csspart table - The table.
 * @csspart sort-button - The button in each sortable column header.
 * @csspart row - Each body row; also `row-red` or `row-yellow`, and `row-selected` when selected.
 * @csspart flag - The flag cell's icon and word.
 * @csspart flag-red - A red flag (also part `flag`).
 * @csspart flag-yellow - A yellow flag (also part `flag`).
 * @csspart select - The button with the region's name that selects the row.
 * @csspart reasons - The list of reasons in a row.
 * @csspart state - The loading, empty or error message.
 *
 * @cssproperty [--sw-village-board-red=var(--sw-color-red, #c62828)] - Edge and icon of red rows.
 * @cssproperty [--sw-village-board-yellow=var(--sw-color-yellow, #f2b600)] - Edge of yellow rows.
 * @cssproperty [--sw-village-board-selected=var(--sw-color-accent, #1565c0)] - Outline of the selected row.
 * @cssproperty [--sw-village-board-stripe=#f5f7fa] - Background of every other row.
 * @cssproperty [--sw-village-board-gap=0.75rem] - Space between the filters and the table.
 *
 * @example
 * ```html
 * <sw-village-board figure="overdue"></sw-village-board>
 * <script type="module">
 *   document.querySelector('sw-village-board').profiles = profiles(result, { orders });
 * </script>
 * ```
 */
export class SwVillageBoard extends LitElement {
  static override styles = villageBoardStyles;

  static override get properties() {
    return {
      profiles: { attribute: false },
      flags: { attribute: false },
      regions: { attribute: false },
      figure: { type: String, reflect: true },
      sortBy: { type: String, attribute: 'sort-by', reflect: true },
      sortDirection: { type: String, attribute: 'sort-direction', reflect: true },
      flagFilter: { type: String, attribute: 'flag-filter', reflect: true },
      levelFilter: { type: String, attribute: 'level-filter', reflect: true },
      township: { type: String, reflect: true },
      query: { type: String },
      regionCode: { type: String, attribute: 'region-code', reflect: true },
      loading: { type: Boolean, reflect: true },
      error: { type: String, reflect: true },
      bigScreen: { type: Boolean, attribute: 'big-screen', reflect: true },
      lang: { type: String, reflect: true },
      focusCode: { state: true },
    };
  }

  /** The result of `profiles()`: its flags are listed, its regions give townships and figures. */
  declare profiles: Profiles | undefined;
  /** Flags to list instead of `profiles.flags` (scoring's `RegionFlag` shape). */
  declare flags: readonly RegionFlag[] | undefined;
  /** Regions (names, parents, figures) instead of `profiles.regions`. */
  declare regions: readonly BoardRegion[] | undefined;
  /**
   * The key figure column: `overdue` work orders (default), `monitored` households, `unresolved`
   * risk or warnings `pushed`, each in households and people.
   */
  declare figure: BoardFigure;
  /** The column sorted by: `flag` (default, red first), `name`, `township` or `figure`. */
  declare sortBy: BoardSortKey;
  /** `ascending` (default) or `descending`. */
  declare sortDirection: 'ascending' | 'descending';
  /** Show only `red` or `yellow` rows; empty (default) shows both. */
  declare flagFilter: '' | 'red' | 'yellow';
  /** Show only `village` or `township` rows; empty (default) shows both. */
  declare levelFilter: '' | 'village' | 'township';
  /** Show only this township (its code) and its villages; empty (default) shows all. */
  declare township: string;
  /** Show only names (or codes) containing this text. */
  declare query: string;
  /** The selected region: set by the user's selection, or by the host without an event. */
  declare regionCode: string;
  /** Shows the loading message instead of the table. */
  declare loading: boolean;
  /** When not empty, shows this reason as an error instead of the table. */
  declare error: string;
  /** Larger type for the meeting-room screen. */
  declare bigScreen: boolean;
  /**
   * Language of the text: `en` for English; anything else is Chinese. When unset, the nearest
   * ancestor's `lang` (or the document's) applies.
   */
  declare lang: string;

  /** The row that holds the table's one tab stop. */
  declare private focusCode: string;

  private readonly localize = new LocalizeController(this);
  // Rows are built again only when their inputs change: an arrow key moves the tab stop and
  // re-renders, but must not rebuild (or re-sort) every row of a county.
  private readonly rowsOf = memoizeLast(boardRows);
  private readonly townshipsOf = memoizeLast(townshipsOf);
  private readonly viewOf = memoizeLast(
    (
      rows: readonly BoardRow[],
      flagFilter: SwVillageBoard['flagFilter'],
      levelFilter: SwVillageBoard['levelFilter'],
      township: string,
      query: string,
      sortBy: BoardSortKey,
      sortDirection: SwVillageBoard['sortDirection'],
    ) => viewRows(rows, { flagFilter, levelFilter, township, query, sortBy, sortDirection }),
  );

  constructor() {
    super();
    this.profiles = undefined;
    this.flags = undefined;
    this.regions = undefined;
    this.figure = 'overdue';
    this.sortBy = 'flag';
    this.sortDirection = 'ascending';
    this.flagFilter = '';
    this.levelFilter = '';
    this.township = '';
    this.query = '';
    this.regionCode = '';
    this.loading = false;
    this.error = '';
    this.bigScreen = false;
    this.focusCode = '';
  }

  /** Every flagged row, unfiltered and unsorted. */
  get rows(): readonly BoardRow[] {
    return this.rowsOf(
      this.flags ?? this.profiles?.flags ?? NONE,
      this.regions ?? this.profiles?.regions ?? NONE,
      this.figure,
    );
  }

  /** The rows shown now: filtered, then sorted. */
  get shownRows(): readonly BoardRow[] {
    return this.viewOf(
      this.rows,
      this.flagFilter,
      this.levelFilter,
      this.township,
      this.query,
      this.sortBy,
      this.sortDirection,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A host setting region-code moves the tab stop there too (and fires nothing).
    if (changed.has('regionCode') && this.regionCode) this.focusCode = this.regionCode;
  }

  private sort(key: BoardSortKey): void {
    if (this.sortBy === key) {
      this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    } else {
      this.sortBy = key;
      // Biggest first is what a figure is sorted for.
      this.sortDirection = key === 'figure' ? 'descending' : 'ascending';
    }
  }

  /** Selects a row as the user did: marks it and fires `sw-village-select`. */
  private select(row: BoardRow): void {
    this.regionCode = row.regionCode;
    this.focusCode = row.regionCode;
    this.dispatchEvent(
      new SwVillageSelectEvent({ regionCode: row.regionCode, name: row.name, flag: row.flag }),
    );
  }

  private buttonOf(code: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(
      `tr[data-region-code="${CSS.escape(code)}"] [part~="select"]`,
    );
  }

  private onRowKeydown(event: KeyboardEvent, index: number): void {
    const rows = this.shownRows;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(rows.length - 1, index + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = rows.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    const row = rows[next];
    if (!row) return;
    this.focusCode = row.regionCode;
    this.buttonOf(row.regionCode)?.focus();
  }

  private onFilter(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const value = control.value;
    switch (control.name) {
      case 'flag':
        this.flagFilter = value === 'red' || value === 'yellow' ? value : '';
        break;
      case 'level':
        this.levelFilter = value === 'village' || value === 'township' ? value : '';
        break;
      case 'township':
        this.township = value;
        break;
      default:
        this.query = value;
    }
  }

  private renderToolbar(all: readonly BoardRow[]) {
    const s = this.localize.pick(boardStrings);
    const term = this.localize.term;
    const townshipList = this.townshipsOf(all);
    return html`<div part="toolbar" role="group" aria-label=${s.filters}>
      <label
        ><span>${s.flagFilter}</span>
        <select part="filter" name="flag" @change=${this.onFilter}>
          <option value="" ?selected=${!this.flagFilter}>${s.all}</option>
          <option value="red" ?selected=${this.flagFilter === 'red'}>
            ${flagIcon.red} ${term.flagWord('red')}
          </option>
          <option value="yellow" ?selected=${this.flagFilter === 'yellow'}>
            ${flagIcon.yellow} ${term.flagWord('yellow')}
          </option>
        </select></label
      >
      <label
        ><span>${s.levelFilter}</span>
        <select part="filter" name="level" @change=${this.onFilter}>
          <option value="" ?selected=${!this.levelFilter}>${s.all}</option>
          <option value="village" ?selected=${this.levelFilter === 'village'}>
            ${s.level.village}
          </option>
          <option value="township" ?selected=${this.levelFilter === 'township'}>
            ${s.level.township}
          </option>
        </select></label
      >
      <label
        ><span>${s.townshipFilter}</span>
        <select part="filter" name="township" @change=${this.onFilter}>
          <option value="" ?selected=${!this.township}>${s.allTownships}</option>
          ${townshipList.map(
            ([code, name]) =>
              html`<option value=${code} ?selected=${this.township === code}>${name}</option>`,
          )}
        </select></label
      >
      <label
        ><span>${s.search}</span>
        <input
          part="filter"
          type="search"
          name="query"
          .value=${this.query}
          placeholder=${s.searchPlaceholder}
          @input=${this.onFilter}
      /></label>
    </div>`;
  }

  private renderHeader(key: BoardSortKey, label: string) {
    const sorted = this.sortBy === key;
    return html`<th scope="col" aria-sort=${sorted ? this.sortDirection : 'none'}>
      <button
        part="sort-button"
        type="button"
        data-sort=${key}
        @click=${() => {
          this.sort(key);
        }}
      >
        ${label}<span class="sort-mark" aria-hidden="true"
          >${sorted ? (this.sortDirection === 'ascending' ? '↑' : '↓') : '↕'}</span
        >
      </button>
    </th>`;
  }

  private renderFigure(count: Count | null) {
    const s = this.localize.pick(boardStrings);
    const term = this.localize.term;
    if (!count) return html`<span class="muted">${s.unknown}</span>`;
    return html`${term.householdsUnit(this.localize.count(count.households))}
      <span class="people">${term.peopleUnit(this.localize.count(count.people))}</span>`;
  }

  private renderRow(row: BoardRow, index: number, tabStop: string) {
    const s = this.localize.pick(boardStrings);
    const term = this.localize.term;
    const selected = row.regionCode === this.regionCode;
    return html`<tr
      part="row row-${row.flag}${selected ? ' row-selected' : ''}"
      data-region-code=${row.regionCode}
      data-flag=${row.flag}
    >
      <td data-label=${s.column.flag}>${renderFlag(row.flag, term.flagWord(row.flag))}</td>
      <th scope="row">
        <button
          part="select"
          type="button"
          tabindex=${row.regionCode === tabStop ? 0 : -1}
          aria-current=${selected ? 'true' : 'false'}
          @click=${() => {
            this.select(row);
          }}
          @focus=${() => {
            this.focusCode = row.regionCode;
          }}
          @keydown=${(event: KeyboardEvent) => {
            this.onRowKeydown(event, index);
          }}
        >
          ${row.name}
        </button>
        <span part="level" class="level">${s.level[row.level]}</span>
      </th>
      <td data-label=${s.column.township}>
        ${
          row.level === 'township'
            ? html`<span class="muted">${s.isTownship}</span>`
            : row.townshipName || html`<span class="muted">${s.unknown}</span>`
        }
      </td>
      <td data-label=${s.figure[this.figure]} class="figure">${this.renderFigure(row.figure)}</td>
      <td data-label=${s.column.reasons}>
        <ul part="reasons">
          ${row.reasons.map(
            (reason) =>
              html`<li class="flag-${reason.flag}">
                <span aria-hidden="true">${flagIcon[reason.flag]}</span>
                ${this.localize.text(reason.message)}
              </li>`,
          )}
        </ul>
      </td>
    </tr>`;
  }

  protected override render() {
    const term = this.localize.term;
    const s = this.localize.pick(boardStrings);
    const state = hostStateMessage(this, term);
    if (state) return state;
    if (!this.profiles && !this.flags) return stateMessage('empty', term);
    const all = this.rows;
    if (all.length === 0) {
      return stateMessage('empty', term, '', s.noFlags);
    }
    const rows = this.shownRows;
    const tabStop = rows.some((row) => row.regionCode === this.focusCode)
      ? this.focusCode
      : (rows[0]?.regionCode ?? '');
    return html`${this.renderToolbar(all)}
      <p part="count" role="status">${s.shown(rows.length, all.length)}</p>
      <table part="table" aria-describedby="keyboard-hint">
        <caption class="visually-hidden">
          ${s.caption}
        </caption>
        <thead>
          <tr>
            ${this.renderHeader('flag', s.column.flag)} ${this.renderHeader('name', s.column.name)}
            ${this.renderHeader('township', s.column.township)}
            ${this.renderHeader('figure', s.figure[this.figure])}
            <th scope="col">${s.column.reasons}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row, i) => this.renderRow(row, i, tabStop))}
        </tbody>
      </table>
      ${rows.length === 0 ? html`<p part="state" data-state="empty">${s.noMatch}</p>` : nothing}
      <p id="keyboard-hint" class="visually-hidden">${s.keyboardHint}</p>`;
  }
}

defineElement('sw-village-board', SwVillageBoard);

declare global {
  interface HTMLElementTagNameMap {
    'sw-village-board': SwVillageBoard;
  }
}
