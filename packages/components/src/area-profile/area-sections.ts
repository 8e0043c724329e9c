import type { Cause, MeasureKind, RegionProfile } from '@shouwang/scoring';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import type { BarDatum } from '../profile-parts/charts.js';
import { sumCounts } from '../profile-parts/counts.js';
import type { FigureFormat } from '../profile-parts/format.js';
import { renderCountTable, renderFigure, renderTable } from '../profile-parts/templates.js';
import {
  areaProfileStrings,
  type AreaProfileStrings,
  type IncomeSource,
} from './area-profile.strings.js';
import { TREND_SERIES } from './trend-chart.js';

const SOURCES: readonly IncomeSource[] = ['wage', 'production', 'transfer', 'property'];
const SYMBOLS = { circle: '●', triangle: '▲', square: '■' } as const;

/**
 * The sections of `<sw-area-profile>`: each chart's data (for its PlotController) and each
 * section's heading, caption and data table. Kept apart from the element, which owns the
 * properties, the charts and the drill-down.
 */
export class AreaSections {
  constructor(
    private readonly localize: LocalizeController,
    private readonly format: FigureFormat,
  ) {}

  private get s(): AreaProfileStrings {
    return this.localize.pick(areaProfileStrings);
  }

  lampsData(region: RegionProfile): BarDatum[] {
    return region.area.lamps.map((count, lamps) => ({
      label: this.s.lampsRow(lamps),
      value: count.households,
      text: this.format.pair(count),
    }));
  }

  /** Unresolved households by cause, causes with none left out, the most common first. */
  causeEntries(region: RegionProfile) {
    return (
      Object.entries(region.area.unresolvedCauses) as [Cause, RegionProfile['area']['unresolved']][]
    )
      .filter(([, count]) => count.households > 0)
      .sort(([, a], [, b]) => b.households - a.households || b.people - a.people);
  }

  causesData(region: RegionProfile): BarDatum[] {
    return this.causeEntries(region).map(([cause, count]) => ({
      label: this.localize.term.cause[cause],
      value: count.households,
      text: this.format.pair(count),
    }));
  }

  incomeData(region: RegionProfile): BarDatum[] {
    const income = region.area.income;
    if (income.total <= 0) return [];
    return SOURCES.map((source) => ({
      label: this.s.source[source],
      value: income.shares[source] ?? 0,
      text: this.format.percent(income.shares[source]),
    }));
  }

  /** Measures and households reached, per kind. */
  measureEntries(region: RegionProfile) {
    return Object.entries(region.area.measures) as [
      MeasureKind,
      RegionProfile['area']['measures'][MeasureKind],
    ][];
  }

  measuresData(region: RegionProfile): BarDatum[] {
    return this.measureEntries(region)
      .filter(([, m]) => m.measures > 0)
      .map(([kind, m]) => ({
        label: this.localize.term.measureKind[kind],
        value: m.households.households,
        text: `${this.s.measuresUnit(this.localize.count(m.measures))} · ${this.format.pair(m.households)}`,
      }));
  }

  renderFigures(region: RegionProfile): TemplateResult {
    const f = this.format;
    const a = region.area;
    const share = (n: number) => (a.monitored.households ? n / a.monitored.households : null);
    const ofMonitored = (n: number) =>
      this.s.share(f.percent(share(n)), f.households(a.monitored.households));
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

  renderLamps(region: RegionProfile): TemplateResult {
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

  renderCauses(region: RegionProfile): TemplateResult {
    const f = this.format;
    const entries = this.causeEntries(region);
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

  renderIncome(region: RegionProfile): TemplateResult {
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

  renderMeasures(region: RegionProfile): TemplateResult {
    const f = this.format;
    const a = region.area;
    const total = this.measureEntries(region).reduce((sum, [, m]) => sum + m.measures, 0);
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
        this.measureEntries(region).map(([kind, m]) => ({
          label: this.localize.term.measureKind[kind],
          count: m.households,
          extra: [this.localize.count(m.measures)],
        })),
        [this.s.measuresHeader],
      ),
      coverage,
    );
  }

  renderTrend(region: RegionProfile): TemplateResult {
    const f = this.format;
    const trend = region.area.trend;
    const totals = TREND_SERIES.map((series) => ({
      key: series.key,
      label: this.s.series[series.key],
      count: sumCounts(trend.map((m) => m[series.key])),
    }));
    const total = (key: (typeof TREND_SERIES)[number]['key']) =>
      f.pair(totals.find((t) => t.key === key)?.count ?? sumCounts([]));
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
      this.s.trendCaption(total('newlyMonitored'), total('pushed'), total('eliminated')),
      html`${renderTable(
        this.s.trendTitle(trend.length),
        [this.s.monthHeader, ...TREND_SERIES.map((series) => this.s.series[series.key])],
        trend.map((m) => [
          this.s.month(m.month, true),
          ...TREND_SERIES.map((series) => f.pair(m[series.key])),
        ]),
      )}${renderCountTable(f, this.s.trendTotalsTitle(trend.length), this.s.seriesHeader, totals)}`,
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
}
