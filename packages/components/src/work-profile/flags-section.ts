import type { RegionFlag } from '@shouwang/scoring';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import { renderFlag } from '../internal/flag.js';
import type { FigureFormat } from '../profile-parts/format.js';
import type { WorkProfileStrings } from './work-profile.strings.js';

/**
 * The red and yellow regions within the shown region, each with its flag (icon and word, never
 * colour alone), level and every reason in the language in force.
 */
export function renderFlagsSection(
  f: FigureFormat,
  s: WorkProfileStrings,
  localize: LocalizeController,
  flags: readonly RegionFlag[],
): TemplateResult {
  const term = localize.term;
  return html`<section part="section section-flags" aria-labelledby="flags-title">
    <h3 part="section-title" id="flags-title">${s.flagsTitle}</h3>
    ${
      flags.length === 0
        ? html`<p part="caption">${s.flagsEmpty}</p>`
        : html`<ul part="flags">
            ${flags.map(
              (flag) =>
                html`<li part="flag-item" data-region-code=${flag.regionCode}>
                  ${renderFlag(flag.flag, term.flagWord(flag.flag))}
                  <strong>${flag.name ?? flag.regionCode}</strong>
                  <span class="level">（${f.strings.level[flag.level]}）</span>
                  <ul class="reasons">
                    ${flag.reasons.map(
                      (reason) =>
                        html`<li data-kind=${reason.kind}>
                          ${renderFlag(reason.flag, term.flagWord(reason.flag))}
                          ${localize.text(reason.message)}
                        </li>`,
                    )}
                  </ul>
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}
