import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Draws a chart for a given width; returns null when there is nothing to draw. */
export type ChartDrawer = (width: number) => Element | null;

/**
 * Keeps one chart (usually an Observable Plot figure) drawn inside a container of the host's
 * shadow root: redrawn after every host update and whenever the container's width changes, so
 * a chart fits a 360 px phone as well as a 1920 px screen.
 *
 * @example
 * private readonly trend = new PlotController(this, '.trend', (width) =>
 *   Plot.plot({ width, marks: [Plot.lineY(this.months, { x: 'month', y: 'count' })] }),
 * );
 */
export class PlotController implements ReactiveController {
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;
  private width = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly selector: string,
    private readonly draw: ChartDrawer,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width > 0 && width !== this.width) {
        this.width = width;
        // Drawing inside the observer callback would resize the container again in the same
        // frame ("ResizeObserver loop" error): draw in the next frame instead.
        requestAnimationFrame(() => {
          this.redraw();
        });
      }
    });
    if (this.observed) this.observer.observe(this.observed);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    const container = this.container();
    if (container !== this.observed) {
      if (this.observed) this.observer?.unobserve(this.observed);
      this.observed = container ?? undefined;
      if (container) this.observer?.observe(container);
    }
    this.redraw();
  }

  /** Redraws now (e.g. after a language change that does not update the host). */
  redraw(): void {
    const container = this.container();
    if (!container) return;
    // The measured width is kept, so that the observer's first report of the same width does
    // not draw the chart a second time.
    if (!this.width) this.width = Math.floor(container.getBoundingClientRect().width);
    const width = this.width || 640;
    const chart = this.draw(width);
    container.replaceChildren(...(chart ? [chart] : []));
  }

  private container(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>(this.selector) ?? null;
  }
}
