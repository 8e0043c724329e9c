import { html, type TemplateResult } from 'lit';

/** The icon of each flag level, the same in every language and never shown without the word. */
export const flagIcon = { red: '▲', yellow: '●' } as const;

/**
 * A red or yellow flag as icon and word together, so colour is never the only signal: part
 * `flag` and `flag-red` or `flag-yellow`, classes `flag flag-<level>` for the element's colour.
 * The icon is hidden from screen readers; the word is what they say.
 *
 * @example
 * html`<td>${renderFlag(flag.flag, this.localize.term.flagWord(flag.flag))}</td>`
 */
export function renderFlag(flag: 'red' | 'yellow', word: string): TemplateResult {
  return html`<span part="flag flag-${flag}" class="flag flag-${flag}"
    ><span aria-hidden="true">${flagIcon[flag]}</span> ${word}</span
  >`;
}
