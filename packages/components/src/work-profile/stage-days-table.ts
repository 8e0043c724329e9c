import type { Stage, StageDays } from '@shouwang/scoring';
import { html, type TemplateResult } from 'lit';
import type { FigureFormat } from '../profile-parts/format.js';
import type { WorkProfileStrings } from './work-profile.strings.js';

/** What the stage-days section needs from `<sw-work-profile>`. */
export interface StageDaysOptions {
  readonly format: FigureFormat;
  readonly strings: WorkProfileStrings;
  /** The name of a stage of the process in the language in force. */
  readonly stageName: (stage: Stage) => string;
  /** The region's median days per step, in process order. */
  readonly steps: readonly StageDays[];
}

/** The slowest step that any order went through, for the caption; undefined when none did. */
function slowest(steps: readonly StageDays[]): StageDays | undefined {
  let best: StageDays | undefined;
  for (const step of steps) {
    if (step.medianDays === null) continue;
    if (!best || step.medianDays > (best.medianDays ?? -Infinity)) best = step;
  }
  return best;
}

/**
 * The median days of every step of the process (pushed → verified … measures → eliminated) as a
 * visible table with a caption that says what it shows and which step is slowest. Each median
 * names the number of orders it rests on; a step no order went through shows "—", never 0.
 */
export function renderStageDays(o: StageDaysOptions): TemplateResult {
  const { format: f, strings: s } = o;
  const stepName = (step: StageDays) => s.step(o.stageName(step.from), o.stageName(step.to));
  const days = (value: number | null) =>
    value === null ? f.strings.none : f.strings.days(f.number(value));
  const top = slowest(o.steps);
  const body = top
    ? html`<div part="table-scroll" class="table-scroll">
        <table part="stage-days">
          <caption part="caption">
            ${s.stageDaysCaption(stepName(top), days(top.medianDays))}
          </caption>
          <thead>
            <tr>
              <th scope="col">${s.stepHeader}</th>
              <th scope="col">${s.medianHeader}</th>
              <th scope="col">${s.ordersHeader}</th>
            </tr>
          </thead>
          <tbody>
            ${o.steps.map(
              (step) =>
                html`<tr data-step="${step.from}-${step.to}">
                  <th scope="row">${stepName(step)}</th>
                  <td>${days(step.medianDays)}</td>
                  <td>${s.orders(step.orders, f.number(step.orders))}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`
    : html`<p part="caption">${s.stageDaysEmpty}</p>`;
  return html`<section part="section section-stage-days" aria-labelledby="stage-days-title">
    <h3 part="section-title" id="stage-days-title">${s.stageDaysTitle}</h3>
    ${body}
  </section>`;
}
