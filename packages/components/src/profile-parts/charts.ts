import * as Plot from '@observablehq/plot';

/** One bar of a horizontal bar chart. */
export interface BarDatum {
  /** The category, e.g. "因病". */
  readonly label: string;
  /** The bar's length (households, people or a share). */
  readonly value: number;
  /** The value as text, drawn beside the bar so that no reading depends on the bar alone. */
  readonly text: string;
}

/** What a chart needs from its host at draw time. */
export interface ChartContext {
  readonly width: number;
  /** The host's font size in px: charts scale with it (the big-screen mode). */
  readonly fontSize: number;
  /** Bar colour, read from the host's resolved custom properties. */
  readonly color: string;
}

/** Below this width, labels go above the bars instead of beside them. */
const NARROW = 480;

/** Rough width of a text in px: CJK characters are square, Latin ones about 0.6 em. */
function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return width * fontSize;
}

/**
 * A horizontal bar chart with the value written beside (or, on narrow screens, above) each bar.
 * The SVG is hidden from assistive technology: each chart has a caption and a data table.
 */
export function barsX(data: readonly BarDatum[], c: ChartContext): SVGSVGElement | HTMLElement {
  const font = c.fontSize * 0.875;
  const narrow = c.width < NARROW;
  const max = Math.max(0, ...data.map((d) => d.value));
  const labelWidth = Math.max(0, ...data.map((d) => textWidth(d.label, font)));
  const textRoom = Math.max(0, ...data.map((d) => textWidth(d.text, font))) + 8;
  // On narrow screens the label and value go above the bar, on two lines if one is too short.
  const twoLines =
    narrow && data.some((d) => textWidth(`${d.label}  ${d.text}`, font) > c.width - 12);
  const row = font * (narrow ? (twoLines ? 4.6 : 3.4) : 2.2);
  const chart = Plot.plot({
    width: c.width,
    height: Math.round(data.length * row + 8),
    marginTop: 4,
    marginBottom: 4,
    marginLeft: narrow ? 1 : Math.ceil(labelWidth + 10),
    marginRight: narrow ? 8 : Math.ceil(textRoom),
    x: { axis: null, domain: [0, max === 0 ? 1 : max], nice: false },
    y: {
      domain: data.map((d) => d.label),
      axis: narrow ? null : 'left',
      label: null,
      tickSize: 0,
      padding: narrow ? 0.1 : 0.25,
    },
    marks: [
      Plot.barX(data, {
        y: 'label',
        x: 'value',
        fill: c.color,
        insetTop: narrow ? row * (twoLines ? 0.5 : 0.45) : 0,
      }),
      narrow
        ? Plot.text(data, {
            y: 'label',
            x: 0,
            text: (d: BarDatum) => `${d.label}${twoLines ? '\n' : '  '}${d.text}`,
            textAnchor: 'start',
            lineAnchor: 'bottom',
            dx: 3,
            dy: twoLines ? row * 0.02 : -3,
            fill: 'currentColor',
          })
        : Plot.text(data, {
            y: 'label',
            x: 'value',
            text: 'text',
            textAnchor: 'start',
            dx: 4,
            fill: 'currentColor',
          }),
      Plot.ruleX([0]),
    ],
  });
  chart.setAttribute('aria-hidden', 'true');
  return chart;
}
