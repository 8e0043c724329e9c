import type { Profiles, RegionProfile } from '@shouwang/scoring';
import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../internal/define.js';
import { renderFlag } from '../internal/flag.js';
import { PlotController } from '../internal/plot-controller.js';
import { hostStateMessage, stateMessage } from '../internal/state.js';
import { barsX, type BarDatum } from '../profile-parts/charts.js';
import { ProfileElement } from '../profile-parts/profile-element.js';
import { ancestorsOf, childrenOf, flagOf } from '../profile-parts/regions.js';
import { renderBreadcrumb } from '../profile-parts/templates.js';
import { areaProfileStrings, type AreaProfileStrings } from './area-profile.strings.js';
import { areaProfileStyles } from './area-profile.styles.js';
import { AreaSections } from './area-sections.js';
import { trendChart } from './trend-chart.js';

/**
 * Area profile (区域画像) of a county, township or village: key figures (households and people,
 * monitored households by category, unresolved and eliminated risk), the warning-lamp
 * distribution, causes of unresolved risk, the income structure of monitored households,
 * assistance measures by kind with their coverage, and a month-by-month trend. Every count is
 * given as households (户) and people (人), split by monitored category; every rate names its
 * base. It reads the `profiles` of `@shouwang/scoring` and computes nothing itself.
 *
 * Drill-down: the regions under the shown one are listed as buttons; choosing one shows its
 * profile and fires `sw-region-change`. The breadcrumb above goes back up the same way. Setting
 * `region-code` from outside changes the region without an event.
 *
 * Keyboard: Tab reaches the breadcrumb links and the sub-region buttons; Enter or Space chooses
 * one. After a change, focus moves to the new region's heading so that screen readers announce
 * it. Each chart has a caption and a data table for screen readers; colour is never the only
 * signal (values are written beside bars, trend lines differ by dash and symbol).
 *
 * @summary Area profile (区域画像) of a region with drill-down county → township → village.
 *
 * @event {SwRegionChangeEvent} sw-region-change - The user chose another region (down or up). `detail: { regionCode, level }`.
 *
 * @csspart profile - The whole profile.
 * @csspart header - Title, as-of date and breadcrumb.
 * @csspart title - The region's heading.
 * @csspart as-of - The date the figures are as of.
 * @csspart breadcrumb - The path from the county down to the region.
 * @csspart breadcrumb-item - Each region above the shown one (a button).
 * @csspart breadcrumb-current - The shown region in the breadcrumb.
 * @csspart figures - The key-figure grid.
 * @csspart figure - Each key figure.
 * @csspart figure-label - A key figure's label.
 * @csspart figure-value - A key figure's value (households and people).
 * @csspart figure-detail - A key figure's share and its base.
 * @csspart figure-split - A key figure's split by monitored category.
 * @csspart sections - The grid of chart sections.
 * @csspart section - Each chart section.
 * @csspart section-title - Each section's heading.
 * @csspart chart - Each chart container (Plot SVG inside).
 * @csspart caption - Each chart's caption (its text summary).
 * @csspart data-table - Each chart's data table (visually hidden).
 * @csspart note - The measure-coverage line.
 * @csspart legend - The trend legend.
 * @csspart sub-regions - The list of regions under the shown one.
 * @csspart sub-region - Each sub-region button.
 * @csspart flag - A red or yellow flag (icon and word).
 * @csspart flag-red - A red flag (also part `flag`).
 * @csspart flag-yellow - A yellow flag (also part `flag`).
 * @csspart state - The loading, empty or error message.
 *
 * @cssproperty [--sw-area-profile-bar=var(--sw-color-accent, #1565c0)] - Bar colour.
 * @cssproperty [--sw-area-profile-series-1=var(--sw-color-accent, #1565c0)] - Trend: newly monitored.
 * @cssproperty [--sw-area-profile-series-2=var(--sw-color-red, #c62828)] - Trend: warnings pushed.
 * @cssproperty [--sw-area-profile-series-3=var(--sw-color-green, #2e7d32)] - Trend: risk eliminated.
 * @cssproperty [--sw-area-profile-gap=1rem] - Space between sections.
 * @cssproperty [--sw-area-profile-figure-min=11em] - Narrowest key-figure column.
 * @cssproperty [--sw-area-profile-section-min=22em] - Narrowest chart-section column.
 *
 * @example
 * ```html
 * <sw-area-profile region-code="360121101000"></sw-area-profile>
 * <script type="module">
 *   const el = document.querySelector('sw-area-profile');
 *   el.profiles = profiles(score(inputs, presets['jiangxi-levels'], { asOf: '2025-06-30' }));
 *   el.addEventListener('sw-region-change', (e) => console.log(e.detail.regionCode));
 * </script>
 * ```
 */
export class SwAreaProfile extends ProfileElement {
  static override styles = areaProfileStyles;

  private readonly sections = new AreaSections(this.localize, this.format);

  private get s(): AreaProfileStrings {
    return this.localize.pick(areaProfileStrings);
  }

  /** A bar chart of the shown region's data, or nothing when there is none. */
  private bars(width: number, data: (region: RegionProfile) => BarDatum[]) {
    const region = this.region;
    const rows = region ? data(region) : [];
    return rows.length ? barsX(rows, this.chartContext(width)) : null;
  }

  private readonly lampsChart = new PlotController(this, '.lamps-chart', (width) =>
    this.bars(width, (region) => this.sections.lampsData(region)),
  );

  private readonly causesChart = new PlotController(this, '.causes-chart', (width) =>
    this.bars(width, (region) => this.sections.causesData(region)),
  );

  private readonly incomeChart = new PlotController(this, '.income-chart', (width) =>
    this.bars(width, (region) => this.sections.incomeData(region)),
  );

  private readonly measuresChart = new PlotController(this, '.measures-chart', (width) =>
    this.bars(width, (region) => this.sections.measuresData(region)),
  );

  private readonly trendChart = new PlotController(this, '.trend-chart', (width) => {
    const trend = this.region?.area.trend ?? [];
    if (!trend.length) return null;
    const style = getComputedStyle(this);
    return trendChart(trend, {
      ...this.chartContext(width),
      colors: [1, 2, 3].map((i) => style.getPropertyValue(`--_series-${i}`).trim()),
      monthLabel: (month, withYear) => this.s.month(month, withYear),
      countLabel: (n) => this.localize.count(n),
    });
  });

  /** Every chart, for tests and hosts that change fonts: redraws them all. */
  redrawCharts(): void {
    for (const chart of [
      this.lampsChart,
      this.causesChart,
      this.incomeChart,
      this.measuresChart,
      this.trendChart,
    ])
      chart.redraw();
  }

  private renderSubRegions(
    profiles: Profiles,
    region: RegionProfile,
  ): TemplateResult | typeof nothing {
    if (region.level === 'village') return nothing;
    const f = this.format;
    const children = childrenOf(profiles, region);
    const level = children[0]?.level ?? (region.level === 'county' ? 'township' : 'village');
    const title = f.strings.subRegions(f.strings.level[level]);
    return html`<nav part="sub-regions" aria-labelledby="sub-regions-title">
      <h3 part="section-title" id="sub-regions-title">${title}</h3>
      ${
        children.length === 0
          ? html`<p>${this.s.subRegionsEmpty}</p>`
          : html`<ul>
              ${children.map((child) => {
                const flag = flagOf(profiles, child.regionCode);
                return html`<li>
                  <button
                    type="button"
                    part="sub-region"
                    data-region-code=${child.regionCode}
                    @click=${() => {
                      this.choose(child);
                    }}
                  >
                    <span class="sub-region-name">${f.name(child)}</span>
                    ${flag ? renderFlag(flag.flag, this.localize.term.flagWord(flag.flag)) : nothing}
                    <span class="sub-region-figures"
                      >${this.s.subRegionFigures(f.pair(child.area.monitored), f.pair(child.area.unresolved))}</span
                    >
                  </button>
                </li>`;
              })}
            </ul>`
      }
    </nav>`;
  }

  protected override render() {
    const term = this.localize.term;
    const state = hostStateMessage(this, term);
    if (state) return state;
    const profiles = this.profiles;
    if (!profiles || profiles.regions.length === 0) return stateMessage('empty', term);
    const region = this.region;
    if (!region) {
      return stateMessage('empty', term, '', this.format.strings.unknownRegion(this.regionCode));
    }
    const f = this.format;
    const flag = flagOf(profiles, region.regionCode);
    return html`<article part="profile" aria-labelledby="title">
      <header part="header">
        <h2 part="title" id="title" tabindex="-1">
          ${f.title(region)} · ${this.s.profile}
          ${flag ? renderFlag(flag.flag, term.flagWord(flag.flag)) : nothing}
        </h2>
        <p part="as-of">${f.strings.asOf(profiles.asOf)}</p>
      </header>
      ${renderBreadcrumb(f, ancestorsOf(profiles, region), region, (r) => {
        this.choose(r);
      })}
      ${this.sections.renderFigures(region)}
      <div part="sections">
        ${this.sections.renderLamps(region)} ${this.sections.renderCauses(region)}
        ${this.sections.renderIncome(region)} ${this.sections.renderMeasures(region)}
        ${this.sections.renderTrend(region)}
      </div>
      ${this.renderSubRegions(profiles, region)}
    </article>`;
  }
}

defineElement('sw-area-profile', SwAreaProfile);

declare global {
  interface HTMLElementTagNameMap {
    'sw-area-profile': SwAreaProfile;
  }
}
