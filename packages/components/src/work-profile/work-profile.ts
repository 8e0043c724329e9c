import type { Count, Profiles, RegionProfile } from '@shouwang/scoring';
import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../internal/define.js';
import { renderFlag } from '../internal/flag.js';
import { PlotController } from '../internal/plot-controller.js';
import { hostStateMessage, stateMessage } from '../internal/state.js';
import { barsX, type BarDatum } from '../profile-parts/charts.js';
import { ProfileElement } from '../profile-parts/profile-element.js';
import { ancestorsOf, childrenOf, flagOf, flagsWithin } from '../profile-parts/regions.js';
import { renderBreadcrumb, renderCountTable } from '../profile-parts/templates.js';
import { renderFlagsSection } from './flags-section.js';
import { renderRankingTable } from './ranking-table.js';
import { renderStageDays } from './stage-days-table.js';
import { renderWorkFigures } from './work-figures.js';
import {
  workProfileStrings,
  type FunnelStage,
  type RankingKey,
  type WorkProfileStrings,
} from './work-profile.strings.js';
import { workProfileStyles } from './work-profile.styles.js';

const FUNNEL: readonly FunnelStage[] = [
  'pushed',
  'verified',
  'confirmed',
  'included',
  'eliminated',
];

/**
 * Work profile (工作画像) of a county, township or village: how well the monitoring work is
 * going. The process funnel (pushed → verified → confirmed → included → eliminated), the share
 * verified within the deadline, the median days to verify and of every step of the process
 * (with the orders each median rests on), overdue work orders, the data-error
 * share of verifications, the review and approval backlog, inclusion and elimination rates, a
 * sortable ranking of the sub-regions and the red and yellow flags of the area with their
 * reasons. Counts are of the households whose work orders reached a stage (a household with
 * several orders once), as households (户) and people (人) split by monitored category; every rate is given on both bases and names its base. It reads the
 * `profiles` of `@shouwang/scoring` and computes nothing itself.
 *
 * Keyboard: Tab reaches the breadcrumb, the ranking's column headers (Enter or Space sorts by
 * that column, again to reverse) and each sub-region's name (Enter or Space shows that region
 * and fires `sw-region-change`). After a change of region, focus moves to its heading.
 *
 * @summary Work profile (工作画像): funnel, timeliness, overdue orders, sortable ranking, flags.
 *
 * @event {SwRegionChangeEvent} sw-region-change - The user chose another region (a ranked sub-region or the breadcrumb). `detail: { regionCode, level }`.
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
 * @csspart figure-value - A key figure's value.
 * @csspart figure-detail - A key figure's base or explanation.
 * @csspart figure-split - A key figure's split by monitored category.
 * @csspart sections - The grid of sections.
 * @csspart section - Each section (funnel, time per step, ranking, flags).
 * @csspart section-title - Each section's heading.
 * @csspart chart - The funnel chart container (Plot SVG inside).
 * @csspart caption - The captions (text summaries) of the funnel and the time-per-step table.
 * @csspart data-table - The funnel's data table (visually hidden).
 * @csspart table-scroll - The scrolling box around the ranking and the time-per-step table on narrow screens.
 * @csspart stage-days - The table of median days per step of the process.
 * @csspart ranking - The ranking table.
 * @csspart sort-button - Each column header button that sorts the ranking.
 * @csspart ranking-region - Each sub-region's name button in the ranking.
 * @csspart flags - The list of flagged regions.
 * @csspart flag-item - Each flagged region.
 * @csspart flag - A red or yellow flag (icon and word).
 * @csspart flag-red - A red flag (also part `flag`).
 * @csspart flag-yellow - A yellow flag (also part `flag`).
 * @csspart state - The loading, empty or error message.
 *
 * @cssproperty [--sw-work-profile-bar=var(--sw-color-accent, #1565c0)] - Funnel bar colour.
 * @cssproperty [--sw-work-profile-gap=1rem] - Space between sections.
 * @cssproperty [--sw-work-profile-figure-min=11em] - Narrowest key-figure column.
 * @cssproperty [--sw-work-profile-section-min=24em] - Narrowest section column.
 *
 * @example
 * ```html
 * <sw-work-profile region-code="360121"></sw-work-profile>
 * <script type="module">
 *   const el = document.querySelector('sw-work-profile');
 *   el.profiles = profiles(result, { orders: workOrders(result) });
 * </script>
 * ```
 */
export class SwWorkProfile extends ProfileElement {
  static override styles = workProfileStyles;

  // Sort state is kept out of `properties` (it is not an attribute) and re-renders by request.
  private sortKey: RankingKey = 'overdue';
  private sortDescending = true;

  private get s(): WorkProfileStrings {
    return this.localize.pick(workProfileStrings);
  }

  private readonly funnelChart = new PlotController(this, '.funnel-chart', (width) => {
    const data = this.funnelData();
    return data.length ? barsX(data, this.chartContext(width)) : null;
  });

  /** Redraws the funnel chart (e.g. after the host changed fonts). */
  redrawCharts(): void {
    this.funnelChart.redraw();
  }

  /** Orders at a stage, as households and people split by category. */
  private funnelCount(region: RegionProfile, stage: FunnelStage): Count {
    return region.work[stage];
  }

  private funnelData(): BarDatum[] {
    const region = this.region;
    if (!region || region.work.pushed.households === 0) return [];
    const pushed = region.work.pushed.households;
    return FUNNEL.map((stage) => {
      const count = this.funnelCount(region, stage);
      return {
        label: this.s.stage[stage],
        value: count.households,
        text: `${this.format.pair(count)} · ${this.s.ofPushed(this.format.percent(count.households / pushed))}`,
      };
    });
  }

  private sortBy(key: RankingKey): void {
    if (key === this.sortKey) this.sortDescending = !this.sortDescending;
    else {
      this.sortKey = key;
      this.sortDescending = key !== 'name';
    }
    this.requestUpdate();
  }

  private renderFunnel(region: RegionProfile): TemplateResult {
    const f = this.format;
    const s = this.s;
    const pushed = region.work.pushed.households;
    const body =
      pushed === 0
        ? html`<p part="caption">${s.funnelEmpty}</p>`
        : html`<figure>
              <div part="chart" class="funnel-chart"></div>
              <figcaption part="caption">
                ${s.funnelCaption(
                  f.pair(region.work.pushed),
                  f.pair(region.work.verified),
                  f.pair(region.work.included),
                  f.pair(this.funnelCount(region, 'eliminated')),
                )}
              </figcaption>
            </figure>
            ${renderCountTable(
              f,
              s.funnelTitle,
              s.stageHeader,
              FUNNEL.map((stage) => {
                const count = this.funnelCount(region, stage);
                return {
                  label: s.stage[stage],
                  count,
                  extra: [f.percent(count.households / pushed)],
                };
              }),
              [s.ofPushedHeader],
            )}`;
    return html`<section part="section section-funnel" aria-labelledby="funnel-title">
      <h3 part="section-title" id="funnel-title">${s.funnelTitle}</h3>
      ${body}
    </section>`;
  }

  private renderRanking(
    profiles: Profiles,
    region: RegionProfile,
  ): TemplateResult | typeof nothing {
    if (region.level === 'village') return nothing;
    const f = this.format;
    const s = this.s;
    const children = childrenOf(profiles, region);
    const level =
      f.strings.level[children[0]?.level ?? (region.level === 'county' ? 'township' : 'village')];
    return html`<section part="section section-ranking" aria-labelledby="ranking-title">
      <h3 part="section-title" id="ranking-title">${s.rankingTitle(level)}</h3>
      ${
        children.length === 0
          ? html`<p part="caption">${s.rankingEmpty}</p>`
          : renderRankingTable({
              format: f,
              strings: s,
              flagWord: (flag) => this.localize.term.flagWord(flag),
              profiles,
              regions: children,
              level,
              sortKey: this.sortKey,
              descending: this.sortDescending,
              onSort: (key) => {
                this.sortBy(key);
              },
              onChoose: (child) => {
                this.choose(child);
              },
            })
      }
    </section>`;
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
      ${renderWorkFigures(f, this.s, region.work)}
      <div part="sections">
        ${this.renderFunnel(region)}
        ${renderStageDays({
          format: f,
          strings: this.s,
          stageName: (stage) => term.stage[stage],
          steps: region.work.stageDays,
        })}
        ${renderFlagsSection(f, this.s, this.localize, flagsWithin(profiles, region))}
      </div>
      ${this.renderRanking(profiles, region)}
    </article>`;
  }
}

defineElement('sw-work-profile', SwWorkProfile);

declare global {
  interface HTMLElementTagNameMap {
    'sw-work-profile': SwWorkProfile;
  }
}
