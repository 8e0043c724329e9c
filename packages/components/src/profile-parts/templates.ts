import type { Count, Pair, RegionProfile } from '@shouwang/scoring';
import { html, nothing, type TemplateResult } from 'lit';
import { SPLITS } from '@shouwang/scoring';
import type { FigureFormat, SplitLine } from './format.js';

/**
 * The path from the top region down to the shown one: the regions above are buttons that go
 * back up, the shown one is marked `aria-current="page"`.
 */
export function renderBreadcrumb(
  f: FigureFormat,
  ancestors: readonly RegionProfile[],
  current: RegionProfile,
  go: (region: RegionProfile) => void,
): TemplateResult {
  return html`<nav part="breadcrumb" aria-label=${f.strings.breadcrumb}>
    <ol>
      ${ancestors.map(
        (region) =>
          html`<li>
            <button
              type="button"
              part="breadcrumb-item"
              data-region-code=${region.regionCode}
              @click=${() => {
                go(region);
              }}
            >
              ${f.name(region)}
            </button>
          </li>`,
      )}
      <li>
        <span part="breadcrumb-current" aria-current="page">${f.name(current)}</span>
      </li>
    </ol>
  </nav>`;
}

/** One key figure: a label, the value, an optional detail line and its split by category. */
export function renderFigure(
  key: string,
  label: string,
  value: string,
  detail: string | null = null,
  split: readonly SplitLine[] = [],
): TemplateResult {
  return html`<div part="figure" data-figure=${key}>
    <dt part="figure-label">${label}</dt>
    <dd part="figure-value">${value}</dd>
    ${detail ? html`<dd part="figure-detail">${detail}</dd>` : nothing}
    ${
      split.length
        ? html`<dd part="figure-split">
            <ul>
              ${split.map(
                (line) =>
                  html`<li data-split=${line.split}>
                    <span>${line.label}</span> <span>${line.text}</span>
                  </li>`,
              )}
            </ul>
          </dd>`
        : nothing
    }
  </div>`;
}

/**
 * Hides content visually but not from screen readers. A table cannot be clipped by its own box
 * (tables grow to their content), so it is wrapped: otherwise the hidden table would still widen
 * the page on a phone.
 */
function visuallyHidden(content: TemplateResult): TemplateResult {
  return html`<div class="visually-hidden">${content}</div>`;
}

/** A row of a chart's data table. */
export interface TableRow {
  readonly label: string;
  readonly count: Count | Pair;
  /** Further cells, matching `extraHeaders`. */
  readonly extra?: readonly string[];
}

function hasSplit(count: Count | Pair): count is Count {
  return 'byCategory' in count;
}

/**
 * A chart's data as a table: households and people per row, split by monitored category where
 * the rows carry the split. Visually hidden by default: the text alternative of a chart.
 */
export function renderCountTable(
  f: FigureFormat,
  caption: string,
  header: string,
  rows: readonly TableRow[],
  extraHeaders: readonly string[] = [],
  hidden = true,
): TemplateResult {
  const first = rows[0];
  const splitKeys = first && hasSplit(first.count) ? SPLITS : [];
  const table = html`<table part="data-table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${header}</th>
        <th scope="col">${f.strings.householdsHeader}</th>
        <th scope="col">${f.strings.peopleHeader}</th>
        ${extraHeaders.map((name) => html`<th scope="col">${name}</th>`)}
        ${splitKeys.map((key) => html`<th scope="col">${f.splitLabel(key)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <th scope="row">${row.label}</th>
            <td>${f.households(row.count.households)}</td>
            <td>${f.people(row.count.people)}</td>
            ${(row.extra ?? []).map((cell) => html`<td>${cell}</td>`)}
            ${splitKeys.map((key) =>
              hasSplit(row.count)
                ? html`<td>${f.pair(row.count.byCategory[key])}</td>`
                : html`<td>${f.strings.none}</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
  return hidden ? visuallyHidden(table) : table;
}

/**
 * A plain data table: the text alternative of a chart whose rows are not counts (shares, yuan,
 * months with several series). Visually hidden by default.
 */
export function renderTable(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  hidden = true,
): TemplateResult {
  const table = html`<table part="data-table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${headers.map((name) => html`<th scope="col">${name}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([first, ...rest]) =>
          html`<tr>
            <th scope="row">${first}</th>
            ${rest.map((cell) => html`<td>${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
  return hidden ? visuallyHidden(table) : table;
}
