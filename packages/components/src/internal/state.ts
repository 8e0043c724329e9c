import { html, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/translation.js';

/** What an element can be waiting for or missing instead of showing its data. */
export type ElementState = 'loading' | 'empty' | 'error';

/**
 * The message an element shows while loading, when it has nothing to show, or when it failed.
 * Loading and empty are polite status messages; an error is an alert.
 *
 * @example
 * if (!this.profile) return stateMessage('empty', this.localize.term);
 */
export function stateMessage(state: ElementState, term: Translation, reason = ''): TemplateResult {
  if (state === 'error') {
    return html`<div part="state" data-state="error" role="alert">${term.error(reason)}</div>`;
  }
  return html`<div part="state" data-state=${state} role="status">
    ${state === 'loading' ? term.loading : term.empty}
  </div>`;
}
