import { html, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/translation.js';

/** What an element can be waiting for or missing instead of showing its data. */
export type ElementState = 'loading' | 'empty' | 'error';

/**
 * The message an element shows while loading, when it has nothing to show, or when it failed.
 * Loading and empty are polite status messages; an error is an alert. `message` replaces the
 * shared wording where an element has a more precise one (e.g. "no village outlines"). Every
 * text is rendered as text, never as HTML.
 *
 * @example
 * if (!this.profile) return stateMessage('empty', this.localize.term);
 */
export function stateMessage(
  state: ElementState,
  term: Translation,
  reason = '',
  message?: string,
): TemplateResult {
  if (state === 'error') {
    const text = message ?? term.error(reason);
    return html`<div part="state" data-state="error" role="alert">${text}</div>`;
  }
  return html`<div part="state" data-state=${state} role="status">
    ${message ?? (state === 'loading' ? term.loading : term.empty)}
  </div>`;
}

/** The two state attributes every element has: `loading` and `error`. */
export interface StateHost {
  /** Shows the loading message instead of the element's data. */
  readonly loading: boolean;
  /** A reason to show as an alert instead of the element's data; empty = no error. */
  readonly error: string;
}

/**
 * The message of the state the host page set: its `error` (an alert) before `loading` (a
 * status); null when neither is set and the element shows its data (or its empty state).
 *
 * @example
 * const state = hostStateMessage(this, term);
 * if (state) return state;
 */
export function hostStateMessage(host: StateHost, term: Translation): TemplateResult | null {
  if (host.error) return stateMessage('error', term, host.error);
  if (host.loading) return stateMessage('loading', term);
  return null;
}
