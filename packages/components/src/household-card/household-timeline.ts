import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/translation.js';
import type { HouseholdCardStrings } from './household-card.strings.js';
import type { OrderView, StepView } from './household-view.js';

/**
 * The process timeline of one household (预警推送 → 入户核实 → … → 风险消除): one ordered list
 * per work order, each stage done (✓ and its date), to do (○ and its deadline) or overdue (⚠ and
 * the days), so the state reads in words and shapes as well as in colour.
 */
export function renderTimeline(
  orders: readonly OrderView[],
  s: HouseholdCardStrings,
  term: Translation,
): TemplateResult {
  if (orders.length === 0) return html`<p part="none">${s.noOrders}</p>`;
  return html`${orders.map((order) => renderOrder(order, s, term))}`;
}

function renderOrder(order: OrderView, s: HouseholdCardStrings, term: Translation) {
  const status = order.isNew ? s.newOrder : order.open ? s.openOrder : s.closed;
  return html`<div part="order" data-order-id=${order.orderId}>
    <h4 part="order-title">
      ${s.order(order.orderId)}
      <span part="order-status" data-open=${order.open ? 'true' : 'false'}>${status}</span>
    </h4>
    ${order.actor ? html`<p part="order-actor">${s.actor(order.actor)}</p>` : nothing}
    <ol part="timeline">
      ${order.steps.map((step) => renderStep(step, s, term))}
    </ol>
  </div>`;
}

function renderStep(step: StepView, s: HouseholdCardStrings, term: Translation) {
  const state = step.overdueDays !== null ? 'overdue' : step.date ? 'done' : 'waiting';
  const icon = state === 'overdue' ? '⚠' : state === 'done' ? '✓' : '○';
  const word =
    state === 'overdue' ? s.overdue(step.overdueDays ?? 0) : state === 'done' ? s.done : s.waiting;
  return html`<li
    part="step step-${state}"
    data-stage=${step.stage}
    data-state=${state}
    aria-current=${state === 'overdue' ? 'step' : 'false'}
  >
    <span class="marker" aria-hidden="true">${icon}</span>
    <span class="stage">${term.stage[step.stage]}</span>
    ${step.outcome ? html`<span class="outcome">${term.outcome[step.outcome]}</span>` : nothing}
    <span class=${state === 'overdue' ? 'word overdue' : 'word visually-hidden'}>${word}</span>
    ${step.date ? html`<time datetime=${step.date}>${step.date}</time>` : nothing}
    ${step.due && !step.date ? html`<span class="due">${s.due(step.due)}</span>` : nothing}
    ${step.lateDays ? html`<span class="late">⚠ ${s.late(step.lateDays)}</span>` : nothing}
  </li>`;
}
