import * as Plot from '@observablehq/plot';
import type { TrendMonth } from '@shouwang/scoring';
import type { ChartContext } from '../profile-parts/charts.js';
import type { TrendSeries } from './area-profile.strings.js';

/** The trend's series in drawing order, each with its own dash and symbol as well as colour. */
export const TREND_SERIES: readonly {
  readonly key: TrendSeries;
  readonly symbol: 'circle' | 'triangle' | 'square';
  readonly dash: string;
}[] = [
  { key: 'newlyMonitored', symbol: 'circle', dash: 'none' },
  { key: 'pushed', symbol: 'triangle', dash: '6 3' },
  { key: 'eliminated', symbol: 'square', dash: '2 2' },
];

interface Point {
  readonly month: string;
  readonly households: number;
}

/** Options of the trend chart beyond the shared chart context. */
export interface TrendOptions extends ChartContext {
  /** One colour per series, in {@link TREND_SERIES} order. */
  readonly colors: readonly string[];
  readonly monthLabel: (month: string, withYear: boolean) => string;
  readonly countLabel: (n: number) => string;
}

/**
 * Households per month for the three series (newly monitored, pushed, eliminated): lines told
 * apart by dash and symbol as well as colour. Hidden from assistive technology; the element
 * gives a caption and a data table.
 */
export function trendChart(
  months: readonly TrendMonth[],
  o: TrendOptions,
): SVGSVGElement | HTMLElement {
  const font = o.fontSize * 0.875;
  const narrow = o.width < 480;
  const domain = months.map((m) => m.month);
  const step = narrow ? 3 : domain.length > 12 ? 2 : 1;
  const ticks = domain.filter((_, i) => (domain.length - 1 - i) % step === 0);
  const max = Math.max(1, ...months.flatMap((m) => TREND_SERIES.map((s) => m[s.key].households)));
  const marks = TREND_SERIES.flatMap((series, i) => {
    const points: Point[] = months.map((m) => ({
      month: m.month,
      households: m[series.key].households,
    }));
    const color = o.colors[i] ?? 'currentColor';
    return [
      Plot.lineY(points, {
        x: 'month',
        y: 'households',
        stroke: color,
        strokeWidth: 2,
        strokeDasharray: series.dash,
      }),
      Plot.dot(points, {
        x: 'month',
        y: 'households',
        symbol: series.symbol,
        fill: color,
        r: font * 0.3,
      }),
    ];
  });
  const chart = Plot.plot({
    width: o.width,
    height: Math.round(font * 16),
    marginLeft: Math.ceil(font * 3),
    marginBottom: Math.ceil(font * 2.2),
    marginTop: Math.ceil(font),
    x: {
      type: 'point',
      domain,
      ticks,
      label: null,
      tickFormat: (month: string) =>
        o.monthLabel(month, month.endsWith('-01') || month === ticks[0]),
    },
    y: {
      domain: [0, max],
      nice: true,
      grid: true,
      label: null,
      ticks: Math.min(5, max),
      tickFormat: (n: number) => (Number.isInteger(n) ? o.countLabel(n) : ''),
    },
    marks: [Plot.ruleY([0]), ...marks],
  });
  chart.setAttribute('aria-hidden', 'true');
  return chart;
}
