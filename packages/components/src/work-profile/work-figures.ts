import type { Rate, WorkFigures } from '@shouwang/scoring';
import { html, type TemplateResult } from 'lit';
import type { FigureFormat } from '../profile-parts/format.js';
import { renderFigure } from '../profile-parts/templates.js';
import type { WorkProfileStrings } from './work-profile.strings.js';

/**
 * The key figures of `<sw-work-profile>`: pushed, verified in time, median days to verify,
 * overdue, data-error share, backlog, inclusion and elimination rates, measures per monitored
 * household and cases per caseworker. Counts carry their split; rates name their base.
 */
export function renderWorkFigures(
  f: FigureFormat,
  s: WorkProfileStrings,
  w: WorkFigures,
): TemplateResult {
  const rate = (key: string, label: string, r: Rate) =>
    renderFigure(key, label, f.rate(r), f.base(r));
  const days = w.medianDaysToVerify;
  return html`<h3 class="visually-hidden">${s.figures}</h3>
    <dl part="figures">
      ${renderFigure('pushed', s.pushed, f.pair(w.pushed), null, f.split(w.pushed, true))}
      ${renderFigure(
        'verifiedInTime',
        s.verifiedInTime,
        f.rate(w.verifiedInTime),
        `${s.verifiedInTimeCount(f.pair(w.verifiedInTime.numerator))}；${f.base(w.verifiedInTime)}`,
      )}
      ${renderFigure(
        'medianDays',
        s.medianDays,
        days === null ? f.strings.none : f.strings.days(f.number(days)),
        s.medianDaysDetail,
      )}
      ${renderFigure('overdue', s.overdue, f.pair(w.overdue), null, f.split(w.overdue, true))}
      ${rate('dataErrorShare', s.dataErrorShare, w.dataErrorShare)}
      ${renderFigure('backlog', s.backlog, f.pair(w.backlog), s.backlogDetail, f.split(w.backlog, true))}
      ${rate('inclusionRate', s.inclusionRate, w.inclusionRate)}
      ${rate('eliminationRate', s.eliminationRate, w.eliminationRate)}
      ${renderFigure(
        'measuresPerMonitored',
        s.measuresPerMonitored,
        f.number(w.measuresPerMonitored),
        s.measuresPerMonitoredDetail,
      )}
      ${renderFigure(
        'casesPerCaseworker',
        s.casesPerCaseworker,
        f.number(w.casesPerCaseworker),
        s.casesPerCaseworkerDetail,
      )}
    </dl>`;
}
