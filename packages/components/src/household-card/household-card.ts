import {
  maskPersonal,
  type ScoreResult,
  type ScoringInputs,
  type WorkOrders,
} from '@shouwang/scoring';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { SwHouseholdOpenEvent } from '../events/household-open.js';
import { LocalizeController } from '../i18n/localize.js';
import { defineElement } from '../internal/define.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { hostStateMessage, stateMessage } from '../internal/state.js';
import '../lamps/lamps.js';
import { householdCardStrings, type HouseholdCardStrings } from './household-card.strings.js';
import { householdCardStyles } from './household-card.styles.js';
import { renderTimeline } from './household-timeline.js';
import { householdView, type HouseholdView, type MemberView } from './household-view.js';

/**
 * One household's card (户卡): five lamps, score, risk level, causes, why it scored so (each
 * fired indicator and its points, which rule lit each lamp, the points to the next lamp, the
 * smallest change that would clear the alert), members, assistance measures and the process
 * timeline (pushed → verified → reviewed → approved → included → measures → eliminated, or
 * dismissed) with deadlines and overdue marks as of the result's `asOf`.
 *
 * Input: the card reads a `ScoreResult` of `@shouwang/scoring` (`result`) and shows the household
 * named by `household-id`. Work orders (deadlines, overdue) come from `orders`, the
 * `workOrders(result)` the page already has, or are computed once per result when not given.
 * Members, measures, the head of household, phone, village names and the review and approval
 * dates come from `inputs`, the `ScoringInputs` the result was scored from; without it those
 * sections say the data was not given. The card never scores: it reads results and `explain()`.
 *
 * Privacy: ID numbers, names and phone numbers are masked (`3601211990******12`, `魏**`,
 * `139****1000`) unless the host sets `reveal-pii`. Every data string is rendered as text.
 *
 * Keyboard and screen readers: headings per section (h2 for the household, h3 per section, h4
 * per work order), figures in a definition list, members, measures and stages in lists; the
 * overdue stage is `aria-current="step"`. The only focusable control is the "open record"
 * button (Tab, then Enter or Space), which fires `sw-household-open`.
 *
 * @summary One household: lamps, score, level, causes, explanation, members (masked), measures, process timeline.
 *
 * @event {SwHouseholdOpenEvent} sw-household-open - The user asked to open the household's full record. `detail: { householdId }`.
 *
 * @csspart card - The article holding everything.
 * @csspart header - Title, place and date line, and the open button.
 * @csspart title - The household heading.
 * @csspart meta - The place, as-of date and rule-set line.
 * @csspart open-button - The "open record" button.
 * @csspart section - Each section (figures, causes, explanation, members, measures, process).
 * @csspart section-title - Each section heading.
 * @csspart figures - The definition list of figures.
 * @csspart alert - The alert word in the figures (also `alert-on` when over the threshold).
 * @csspart causes - The list of risk causes.
 * @csspart indicators - The list of fired indicators.
 * @csspart indicator - Each fired indicator (also `indicator-risk` or `indicator-resilience`).
 * @csspart members - The list of members.
 * @csspart member - Each member.
 * @csspart measures - The list of measures.
 * @csspart order - Each work order.
 * @csspart order-title - The heading of a work order.
 * @csspart order-status - Open, closed or new.
 * @csspart timeline - The ordered list of stages of a work order.
 * @csspart step - Each stage (also `step-done`, `step-waiting` or `step-overdue`).
 * @csspart none - A "no data" line inside a section.
 * @csspart state - The loading, empty or error message.
 *
 * @cssproperty [--sw-household-card-gap=1rem] - Space between sections.
 * @cssproperty [--sw-household-card-padding=1rem] - Padding inside the card.
 * @cssproperty [--sw-household-card-background=var(--sw-color-surface, #ffffff)] - Card background.
 * @cssproperty [--sw-household-card-lamp-size=1.1em] - Diameter of the lamps (scales with big-screen).
 * @cssproperty [--sw-household-card-overdue=var(--sw-color-red, #c62828)] - Overdue marks.
 * @cssproperty [--sw-household-card-done=var(--sw-color-green, #2e7d32)] - Done stages.
 *
 * @example
 * ```html
 * <sw-household-card household-id="H01"></sw-household-card>
 * <script type="module">
 *   const card = document.querySelector('sw-household-card');
 *   card.result = score(inputs, presets['ankang-five-lamps'], { asOf: '2025-06-30' });
 *   card.inputs = inputs; // members, measures, review dates
 * </script>
 * ```
 */
export class SwHouseholdCard extends LitElement {
  static override styles = [sharedStyles, householdCardStyles];

  static override get properties() {
    return {
      result: { attribute: false },
      orders: { attribute: false },
      inputs: { attribute: false },
      householdId: { type: String, attribute: 'household-id', reflect: true },
      revealPii: { type: Boolean, attribute: 'reveal-pii', reflect: true },
      bigScreen: { type: Boolean, attribute: 'big-screen', reflect: true },
      hideOpen: { type: Boolean, attribute: 'hide-open', reflect: true },
      loading: { type: Boolean, reflect: true },
      error: { type: String },
      lang: { type: String, reflect: true },
    };
  }

  /** A result of `score()` from `@shouwang/scoring`. */
  declare result: ScoreResult | undefined;
  /** The `workOrders(result)` the page already has; computed once per result when unset. */
  declare orders: WorkOrders | undefined;
  /** The scoring inputs of `result`: members, measures, head name, phone, region names, events. */
  declare inputs: ScoringInputs | undefined;
  /** The household shown (户编号). */
  declare householdId: string;
  /** Shows ID numbers, names and phone numbers unmasked. Default false: masked. */
  declare revealPii: boolean;
  /** Larger type for the meeting-room screen. */
  declare bigScreen: boolean;
  /** Hides the "open record" button (e.g. when the card is the record). */
  declare hideOpen: boolean;
  /** Shows the loading message instead of the household (while the host reads or scores). */
  declare loading: boolean;
  /** A reason to show instead of the household (e.g. a failed load); empty = no error. */
  declare error: string;
  /**
   * Language of the text: `en` for English; anything else is Chinese. When unset, the nearest
   * ancestor's `lang` (or the document's) applies.
   */
  declare lang: string;

  private readonly localize = new LocalizeController(this);
  private view: HouseholdView | undefined;
  private viewError = '';

  constructor() {
    super();
    this.result = undefined;
    this.orders = undefined;
    this.inputs = undefined;
    this.householdId = '';
    this.revealPii = false;
    this.bigScreen = false;
    this.hideOpen = false;
    this.loading = false;
    this.error = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('result') ||
      changed.has('householdId') ||
      changed.has('orders') ||
      changed.has('inputs')
    ) {
      this.viewError = '';
      try {
        this.view =
          this.result && this.householdId
            ? householdView(this.result, this.householdId, {
                orders: this.orders,
                inputs: this.inputs,
              })
            : undefined;
      } catch (error) {
        // Inputs the card cannot read show as its error state, not as a broken page.
        this.view = undefined;
        this.viewError = error instanceof Error ? error.message : String(error);
      }
    }
  }

  private mask(value: string | null, kind: 'personId' | 'name' | 'phone'): string {
    if (value === null || value === '') return this.strings.notGiven;
    return this.revealPii ? value : maskPersonal(value, kind);
  }

  private get strings(): HouseholdCardStrings {
    return this.localize.pick(householdCardStrings);
  }

  private onOpen(): void {
    this.dispatchEvent(new SwHouseholdOpenEvent({ householdId: this.householdId }));
  }

  private number(value: number): string {
    return this.localize.count(Math.round(value * 100) / 100);
  }

  /** Yuan in full (a household's income and help are read to the yuan, not in 万). */
  private money(value: number): string {
    return new Intl.NumberFormat(this.localize.lang, { maximumFractionDigits: 0 }).format(value);
  }

  protected override render() {
    const term = this.localize.term;
    const host = hostStateMessage(this, term);
    if (host) return host;
    if (this.viewError) return stateMessage('error', term, this.viewError);
    const view = this.view;
    if (!view) return stateMessage('empty', term);
    const s = this.strings;
    const facts = view.household;
    const place = [facts?.township, facts?.village].filter(Boolean).join(' ');
    return html`<article part="card" aria-labelledby="title">
      <header part="header">
        <div>
          <h2 part="title" id="title">
            ${s.title(facts ? this.mask(facts.headName, 'name') : '—', view.householdId)}
          </h2>
          <p part="meta">
            ${place ? html`<span>${place}</span> · ` : nothing}
            ${s.asOf(view.asOf, this.localize.text(view.ruleSetLabel))}
          </p>
        </div>
        ${
          this.hideOpen
            ? nothing
            : html`<button part="open-button" type="button" @click=${this.onOpen}>
                ${s.openRecord}
              </button>`
        }
      </header>
      <div class="layout">
        <div class="column">
          ${this.renderFigures(view)} ${this.renderCauses(view)} ${this.renderExplanation(view)}
        </div>
        <div class="column">
          ${this.renderMembers(view)} ${this.renderMeasures(view)}
          <section part="section" aria-labelledby="timeline-title">
            <h3 part="section-title" id="timeline-title">${s.timeline}</h3>
            ${renderTimeline(view.orders, s, term)}
          </section>
        </div>
      </div>
    </article>`;
  }

  private renderFigures(view: HouseholdView) {
    const s = this.strings;
    const term = this.localize.term;
    const e = view.explanation;
    const facts = view.household;
    const threshold = view.threshold === null ? '—' : this.number(view.threshold);
    const lang = this.localize.lang;
    return html`<section part="section" aria-labelledby="figures-title">
      <h3 part="section-title" id="figures-title">${s.figures}</h3>
      <dl part="figures">
        <div>
          <dt>${s.lamps}</dt>
          <dd><sw-lamps .lit=${e.lamps} .max=${view.maxLamps} lang=${lang}></sw-lamps></dd>
        </div>
        <div>
          <dt>${s.score}</dt>
          <dd class="big" data-figure="score">${s.points(this.number(e.score))}</dd>
        </div>
        <div>
          <dt>${s.level}</dt>
          <dd data-figure="level">${this.localize.text(view.levelLabel)}</dd>
        </div>
        <div>
          <dt>${s.alert}</dt>
          <dd part=${e.alert ? 'alert alert-on' : 'alert'} data-figure="alert">
            ${e.alert ? html`<span aria-hidden="true">⚠ </span>${s.alertYes(threshold)}` : s.alertNo(threshold)}
          </dd>
        </div>
        ${
          facts
            ? html`<div>
                  <dt>${s.category}</dt>
                  <dd>${facts.category ? term.category[facts.category] : s.notMonitored}</dd>
                </div>
                ${
                  facts.monitoredSince
                    ? html`<div>
                        <dt>${s.monitoredSince}</dt>
                        <dd>
                          <time datetime=${facts.monitoredSince}>${facts.monitoredSince}</time>
                        </dd>
                      </div>`
                    : nothing
                }
                <div>
                  <dt>${s.size}</dt>
                  <dd>${facts.size === null ? s.notGiven : term.peopleUnit(String(facts.size))}</dd>
                </div>
                <div>
                  <dt>${s.incomePerCapita}</dt>
                  <dd>
                    ${
                      facts.incomePerCapita === null
                        ? s.notGiven
                        : s.yuanPerPerson(this.money(facts.incomePerCapita))
                    }
                  </dd>
                </div>
                <div>
                  <dt>${s.phone}</dt>
                  <dd data-pii="phone">${this.mask(facts.phone, 'phone')}</dd>
                </div>`
            : nothing
        }
      </dl>
    </section>`;
  }

  private renderCauses(view: HouseholdView) {
    const s = this.strings;
    const term = this.localize.term;
    return html`<section part="section" aria-labelledby="causes-title">
      <h3 part="section-title" id="causes-title">${s.causes}</h3>
      ${
        view.causes.length === 0
          ? html`<p part="none">${s.noCauses}</p>`
          : html`<ul part="causes">
              ${view.causes.map((cause) => html`<li data-cause=${cause}>${term.cause[cause]}</li>`)}
            </ul>`
      }
    </section>`;
  }

  private renderExplanation(view: HouseholdView) {
    const s = this.strings;
    const e = view.explanation;
    const label = (id: string) => {
      const text = view.indicatorLabels.get(id);
      return text ? this.localize.text(text) : id;
    };
    const threshold = view.threshold === null ? '' : this.number(view.threshold);
    const byPoints = e.litLamps.filter((l) => l.rule === 'points');
    const byCore = e.litLamps.filter((l) => l.rule === 'core');
    let clearing: string;
    if (!e.alert) clearing = s.belowThreshold(threshold);
    else if (!e.clearing) clearing = s.clearingNone;
    else {
      const c = e.clearing;
      const say = c.action === 'remove' ? s.clearingRemove : s.clearingAdd;
      clearing = say(
        label(c.indicatorId),
        this.number(c.points),
        this.number(c.scoreAfter),
        threshold,
      );
    }
    return html`<section part="section" aria-labelledby="explanation-title">
      <h3 part="section-title" id="explanation-title">${s.explanation}</h3>
      ${
        e.fired.length === 0
          ? html`<p part="none">${s.noIndicators}</p>`
          : html`<ul part="indicators">
              ${e.fired.map(
                (f) =>
                  html`<li part="indicator indicator-${f.class}" data-indicator=${f.indicatorId}>
                    <span class="points"
                      >${f.points > 0 ? '+' : '−'}${this.number(Math.abs(f.points))}</span
                    >
                    <span class="label">${this.localize.text(f.label)}</span>
                    <span class="tags">
                      <span class="tag">${f.class === 'risk' ? s.risk : s.resilience}</span>
                      ${f.core ? html`<span class="tag core">★ ${s.core}</span>` : nothing}
                    </span>
                  </li>`,
              )}
            </ul>`
      }
      ${e.floorAdjustment > 0 ? html`<p>${s.floorAdjustment(this.number(e.floorAdjustment))}</p>` : nothing}
      <ul class="notes">
        ${
          byPoints.length > 0 && view.pointsPerLamp !== null
            ? html`<li data-note="lamps-points">
                ${s.lampsByPoints(byPoints[0]?.lamp ?? 1, byPoints.at(-1)?.lamp ?? 1, this.number(view.pointsPerLamp))}
              </li>`
            : nothing
        }
        ${byCore.map(
          (l) =>
            html`<li data-note="lamps-core">
              ${s.lampByCore(l.lamp, l.indicatorIds.map(label).join('、'))}
            </li>`,
        )}
        <li data-note="next-lamp">
          ${e.toNextLamp === null ? s.allLampsLit : s.toNextLamp(this.number(e.toNextLamp), e.lamps + 1)}
        </li>
        <li data-note="clearing">${clearing}</li>
      </ul>
    </section>`;
  }

  private renderMember(m: MemberView) {
    const s = this.strings;
    const pick = (table: Readonly<Record<string, string>>, code: string) => table[code] ?? code;
    return html`<li part="member">
      <span class="member-name" data-pii="name">${this.mask(m.name, 'name')}</span>
      <span class="relation">${pick(s.relation, m.relation)}</span>
      <dl>
        <div class="wide">
          <dt>${s.personId}</dt>
          <dd data-pii="personId">${this.mask(m.personId, 'personId')}</dd>
        </div>
        ${
          m.age === null
            ? nothing
            : html`<div>
                <dt>${s.age}</dt>
                <dd>${s.years(m.age)}</dd>
              </div>`
        }
        <div>
          <dt>${s.labor}</dt>
          <dd>${pick(s.laborAbility, m.laborAbility)}</dd>
        </div>
        <div>
          <dt>${s.health}</dt>
          <dd>${pick(s.healthStatus, m.health)}</dd>
        </div>
        <div>
          <dt>${s.disabilityLabel}</dt>
          <dd>${s.disability(m.disability)}</dd>
        </div>
        <div>
          <dt>${s.schoolingLabel}</dt>
          <dd>${pick(s.schooling, m.schooling)}</dd>
        </div>
      </dl>
    </li>`;
  }

  private renderMembers(view: HouseholdView) {
    const s = this.strings;
    const members = view.members;
    return html`<section part="section" aria-labelledby="members-title">
      <h3 part="section-title" id="members-title">${s.members}</h3>
      ${
        members === null
          ? html`<p part="none">${s.notGiven}</p>`
          : members.length === 0
            ? html`<p part="none">${s.noMembers}</p>`
            : html`<ul part="members">
                ${members.map((m) => this.renderMember(m))}
              </ul>`
      }
    </section>`;
  }

  private renderMeasures(view: HouseholdView) {
    const s = this.strings;
    const term = this.localize.term;
    const measures = view.measures;
    return html`<section part="section" aria-labelledby="measures-title">
      <h3 part="section-title" id="measures-title">${s.measures}</h3>
      ${
        measures === null
          ? html`<p part="none">${s.notGiven}</p>`
          : measures.length === 0
            ? html`<p part="none">${s.noMeasures}</p>`
            : html`<ul part="measures">
                ${measures.map(
                  (m) =>
                    html`<li data-kind=${m.kind}>
                      <span class="kind">${term.measureKind[m.kind]}</span>
                      <time datetime=${m.date}>${m.date}</time>
                      ${m.amount === null ? nothing : html`<span>${s.yuan(this.money(m.amount))}</span>`}
                    </li>`,
                )}
              </ul>`
      }
    </section>`;
  }
}

defineElement('sw-household-card', SwHouseholdCard);

declare global {
  interface HTMLElementTagNameMap {
    'sw-household-card': SwHouseholdCard;
  }
}
