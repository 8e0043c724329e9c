import type { Cause, MeasureKind, Profiles, RegionProfile } from '@shouwang/scoring';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { SwRegionChangeEvent } from '../events/region-change.js';
import { LocalizeController } from '../i18n/localize.js';
import { defineElement } from '../internal/define.js';
import { PlotController } from '../internal/plot-controller.js';
import { stateMessage } from '../internal/state.js';
import { barsX, type BarDatum, type ChartContext } from '../profile-parts/charts.js';
import { FigureFormat } from '../profile-parts/format.js';
import { ancestorsOf, childrenOf, findRegion, flagOf } from '../profile-parts/regions.js';
import {
  renderBreadcrumb,
  renderCountTable,
  renderFigure,
  renderFlag,
  renderTable,
} from '../profile-parts/templates.js';
import {
  areaProfileStrings,
  type AreaProfileStrings,
  type IncomeSource,
} from './area-profile.strings.js';
import { areaProfileStyles } from './area-profile.styles.js';
import { TREND_SERIES, trendChart } from './trend-chart.js';

const SOURCES: readonly IncomeSource[] = ['wage', 'production', 'transfer', 'property'];
const SYMBOLS = { circle: '●', triangle: '▲', square: '■' } as const;

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
export class SwAreaProfile extends LitElement {
  static override styles = areaProfileStyles;

  static override get properties() {
    return {
      profiles: { attribute: false },
      regionCode: { type: String, attribute: 'region-code', reflect: true },
      loading: { type: Boolean, reflect: true },
      error: { type: String },
      bigScreen: { type: Boolean, attribute: 'big-screen', reflect: true },
      lang: { type: String, reflect: true },
    };
  }

  /** The result of `profiles()` from `@shouwang/scoring`: every region's figures and flags. */
  declare profiles: Profiles | undefined;
  /** The region shown: a 6-digit county or 12-digit township or village code; empty = the county. */
  declare regionCode: string;
  /** Shows the loading message instead of the profile. */
  declare loading: boolean;
  /** A reason to show instead of the profile (e.g. a failed load); empty = no error. */
  declare error: string;
  /** Larger type for the meeting-room screen. */
  declare bigScreen: boolean;
  /**
   * Language of the text: `en` for English; anything else is Chinese. When unset, the nearest
   * ancestor's `lang` (or the document's) applies.
   */
  declare lang: string;

  private readonly localize = new LocalizeController(this);
  private readonly format = new FigureFormat(this.localize);
  private focusTitle = false;

  constructor() {
    super();
    this.profiles = undefined;
    this.regionCode = '';
    this.loading = false;
    this.error = '';
    this.bigScreen = false;
  }

  /** The region shown now, if the profiles have it. */
  get region(): RegionProfile | undefined {
    return findRegion(this.profiles, this.regionCode);
  }

  private get s(): AreaProfileStrings {
    return this.localize.pick(areaProfileStrings);
  }

  private chartContext(width: number, color = '--_bar'): ChartContext {
    const style = getComputedStyle(this);
    return {
      width,
      fontSize: parseFloat(style.fontSize) || 16,
      color: style.getPropertyValue(color).trim() || 'currentColor',
    };
  }

  private readonly lampsChart = new PlotController(this, '.lamps-chart', (width) => {
    const data = this.lampsData();
    return data.length ? barsX(data, this.chartContext(width)) : null;
  });

  private readonly causesChart = new PlotController(this, '.causes-chart', (width) => {
    const data = this.causesData();
    return data.length ? barsX(data, this.chartContext(width)) : null;
  });

  private readonly incomeChart = new PlotController(this, '.income-chart', (width) => {
    const data = this.incomeData();
    return data.length ? barsX(data, this.chartContext(width)) : null;
  });

  private readonly measuresChart = new PlotController(this, '.measures-chart', (width) => {
    const data = this.measuresData();
    return data.length ? barsX(data, this.chartContext(width)) : null;
  });

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

  private lampsData(): BarDatum[] {
    return (this.region?.area.lamps ?? []).map((count, lamps) => ({
      label: this.s.lampsRow(lamps),
      value: count.households,
      text: this.format.pair(count),
    }));
  }

  private causeEntries() {
    const causes = this.region?.area.unresolvedCauses;
    if (!causes) return [];
    return (Object.entries(causes) as [Cause, RegionProfile['area']['unresolved']][])
      .filter(([, count]) => count.households > 0)
      .sort(([, a], [, b]) => b.households - a.households || b.people - a.people);
  }

  private causesData(): BarDatum[] {
    return this.causeEntries().map(([cause, count]) => ({
      label: this.localize.term.cause[cause],
      value: count.households,
      text: this.format.pair(count),
    }));
  }

  private incomeData(): BarDatum[] {
    const income = this.region?.area.income;
    if (!income || income.total <= 0) return [];
    return SOURCES.map((source) => ({
      label: this.s.source[source],
      value: income.shares[source] ?? 0,
      text: this.format.percent(income.shares[source]),
    }));
  }

  private measureEntries() {
    const measures = this.region?.area.measures;
    if (!measures) return [];
    return Object.entries(measures) as [
      MeasureKind,
      RegionProfile['area']['measures'][MeasureKind],
    ][];
  }

  private measuresData(): BarDatum[] {
    return this.measureEntries()
      .filter(([, m]) => m.measures > 0)
      .map(([kind, m]) => ({
        label: this.localize.term.measureKind[kind],
        value: m.households.households,
        text: `${this.s.measuresUnit(this.localize.count(m.measures))} · ${this.format.pair(m.households)}`,
      }));
  }

  /** Shows another region because the user chose it, and says so with `sw-region-change`. */
  private choose(region: RegionProfile): void {
    this.regionCode = region.regionCode;
    this.focusTitle = true;
    this.dispatchEvent(
      new SwRegionChangeEvent({ regionCode: region.regionCode, level: region.level }),
    );
  }

  protected override updated(): void {
    if (!this.focusTitle) return;
    this.focusTitle = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="title"]')?.focus();
  }

  private renderFigures(region: RegionProfile): TemplateResult {
    const f = this.format;
    const a = region.area;
    const share = (n: number) => (a.monitored.households ? n / a.monitored.households : null);
    const ofMonitored = (n: number) =>
      this.s.share(
        f.percent(share(n)),
        `${this.s.monitored} ${f.households(a.monitored.households)}`,
      );
    return html`<h3 class="visually-hidden">${this.s.figures}</h3>
      <dl part="figures">
        ${renderFigure('population', this.s.population, f.pair(a.population), null, f.split(a.population, true))}
        ${renderFigure('monitored', this.s.monitored, f.pair(a.monitored), null, f.split(a.monitored))}
        ${renderFigure(
          'unresolved',
          this.s.unresolved,
          f.pair(a.unresolved),
          ofMonitored(a.unresolved.households),
          f.split(a.unresolved),
        )}
        ${renderFigure(
          'eliminated',
          this.s.eliminated,
          f.pair(a.eliminated),
          null,
          f.split(a.eliminated, true),
        )}
      </dl>`;
  }

  private renderLamps(region: RegionProfile): TemplateResult {
    const f = this.format;
    const lamps = region.area.lamps;
    const lit = lamps
      .slice(1)
      .reduce(
        (sum, c) => ({ households: sum.households + c.households, people: sum.people + c.people }),
        { households: 0, people: 0 },
      );
    return this.section(
      'lamps',
      this.s.lampsTitle,
      this.s.lampsCaption(f.pair(region.area.population), f.pair(lit)),
      renderCountTable(
        f,
        this.s.lampsTitle,
        this.s.lampsHeader,
        lamps.map((count, n) => ({ label: this.s.lampsRow(n), count })),
      ),
    );
  }

  private renderCauses(region: RegionProfile): TemplateResult {
    const f = this.format;
    const entries = this.causeEntries();
    if (!entries.length) return this.emptySection('causes', this.s.causesTitle, this.s.causesEmpty);
    const top = entries[0];
    return this.section(
      'causes',
      this.s.causesTitle,
      this.s.causesCaption(
        f.pair(region.area.unresolved),
        top ? `${this.localize.term.cause[top[0]]}（${f.pair(top[1])}）` : null,
      ),
      renderCountTable(
        f,
        this.s.causesTitle,
        this.s.causeHeader,
        entries.map(([cause, count]) => ({ label: this.localize.term.cause[cause], count })),
      ),
    );
  }

  private renderIncome(region: RegionProfile): TemplateResult {
    const f = this.format;
    const income = region.area.income;
    if (income.total <= 0)
      return this.emptySection('income', this.s.incomeTitle, this.s.incomeEmpty);
    const yuan = (n: number) => f.strings.yuan(this.localize.count(Math.round(n)));
    return this.section(
      'income',
      this.s.incomeTitle,
      this.s.incomeCaption(yuan(income.total), f.percent(income.shares.production)),
      renderTable(
        this.s.incomeTitle,
        [this.s.sourceHeader, this.s.yuanHeader, this.s.shareHeader],
        SOURCES.map((source) => [
          this.s.source[source],
          yuan(income.yuan[source]),
          f.percent(income.shares[source]),
        ]),
      ),
    );
  }

  private renderMeasures(region: RegionProfile): TemplateResult {
    const f = this.format;
    const a = region.area;
    const total = this.measureEntries().reduce((sum, [, m]) => sum + m.measures, 0);
    const coverage = html`<p part="note" data-figure="coverage">
      <strong>${this.s.coverage}</strong>: ${f.pair(a.measureCoverage.numerator)}
      （${f.rate(a.measureCoverage)}；${f.base(a.measureCoverage)}）
    </p>`;
    if (total === 0)
      return this.emptySection('measures', this.s.measuresTitle, this.s.measuresEmpty, coverage);
    return this.section(
      'measures',
      this.s.measuresTitle,
      this.s.measuresCaption(
        this.s.measuresUnit(this.localize.count(total)),
        f.pair(a.measureCoverage.numerator),
      ),
      renderCountTable(
        f,
        this.s.measuresTitle,
        this.s.kindHeader,
        this.measureEntries().map(([kind, m]) => ({
          label: this.localize.term.measureKind[kind],
          count: m.households,
          extra: [this.localize.count(m.measures)],
        })),
        [this.s.measuresHeader],
      ),
      coverage,
    );
  }

  private renderTrend(region: RegionProfile): TemplateResult {
    const f = this.format;
    const trend = region.area.trend;
    const sum = (key: (typeof TREND_SERIES)[number]['key']) =>
      trend.reduce(
        (acc, m) => ({
          households: acc.households + m[key].households,
          people: acc.people + m[key].people,
        }),
        { households: 0, people: 0 },
      );
    const legend = html`<ul part="legend">
      ${TREND_SERIES.map(
        (series, i) =>
          html`<li class="series-${i + 1}">
            <span class="legend-mark" aria-hidden="true">${SYMBOLS[series.symbol]}</span>
            ${this.s.series[series.key]}
          </li>`,
      )}
    </ul>`;
    return this.section(
      'trend',
      this.s.trendTitle(trend.length),
      this.s.trendCaption(
        f.pair(sum('newlyMonitored')),
        f.pair(sum('pushed')),
        f.pair(sum('eliminated')),
      ),
      renderTable(
        this.s.trendTitle(trend.length),
        [this.s.monthHeader, ...TREND_SERIES.map((series) => this.s.series[series.key])],
        trend.map((m) => [
          this.s.month(m.month, true),
          ...TREND_SERIES.map((series) => f.pair(m[series.key])),
        ]),
      ),
      legend,
    );
  }

  private section(
    key: string,
    title: string,
    caption: string,
    table: TemplateResult,
    before: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    return html`<section part="section section-${key}" aria-labelledby="${key}-title">
      <h3 part="section-title" id="${key}-title">${title}</h3>
      ${before}
      <figure>
        <div part="chart" class="${key}-chart"></div>
        <figcaption part="caption">${caption}</figcaption>
      </figure>
      ${table}
    </section>`;
  }

  private emptySection(
    key: string,
    title: string,
    message: string,
    before: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    return html`<section part="section section-${key}" aria-labelledby="${key}-title">
      <h3 part="section-title" id="${key}-title">${title}</h3>
      ${before}
      <p part="caption">${message}</p>
    </section>`;
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
                    ${flag ? renderFlag(f, flag.flag, this.localize.term.flagWord(flag.flag)) : nothing}
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
    if (this.error) return stateMessage('error', term, this.error);
    if (this.loading) return stateMessage('loading', term);
    const profiles = this.profiles;
    if (!profiles || profiles.regions.length === 0) return stateMessage('empty', term);
    const region = this.region;
    if (!region) {
      return html`<div part="state" data-state="empty" role="status">
        ${this.format.strings.unknownRegion(this.regionCode)}
      </div>`;
    }
    const f = this.format;
    const flag = flagOf(profiles, region.regionCode);
    return html`<article part="profile" aria-labelledby="title">
      <header part="header">
        <h2 part="title" id="title" tabindex="-1">
          ${f.title(region)} · ${this.s.profile}
          ${flag ? renderFlag(f, flag.flag, term.flagWord(flag.flag)) : nothing}
        </h2>
        <p part="as-of">${f.strings.asOf(profiles.asOf)}</p>
      </header>
      ${renderBreadcrumb(f, ancestorsOf(profiles, region), region, (r) => {
        this.choose(r);
      })}
      ${this.renderFigures(region)}
      <div part="sections">
        ${this.renderLamps(region)} ${this.renderCauses(region)} ${this.renderIncome(region)}
        ${this.renderMeasures(region)} ${this.renderTrend(region)}
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
