import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './en.js';
import type { LanguageCode, Translation } from './translation.js';
import { zhCN } from './zh-cn.js';

const translations: Record<LanguageCode, Translation> = { 'zh-CN': zhCN, en };

/** One table of strings per language. */
export type Localized<T> = Readonly<Record<LanguageCode, T>>;

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page: when <html lang> changes, every connected element re-renders.
const connected = new Set<Host>();
let documentObserver: MutationObserver | undefined;

function observeDocumentLang(): void {
  if (documentObserver || typeof MutationObserver === 'undefined') return;
  documentObserver = new MutationObserver(() => {
    for (const host of connected) host.requestUpdate();
  });
  documentObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
}

/** Maps any BCP 47 tag to a language Shouwang has: English for `en*`, else Chinese. */
export function languageOf(tag: string | null | undefined): LanguageCode {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * Gives an element its language and text. The language is the element's own `lang`, else the
 * nearest ancestor's (in the light DOM), else the document's; anything not English is Chinese.
 *
 * @example
 * private readonly localize = new LocalizeController(this);
 * render() { return html`${this.localize.term.lampsLabel(3, 5)}`; }
 */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.host);
    observeDocumentLang();
  }

  hostDisconnected(): void {
    connected.delete(this.host);
  }

  /** The language in force for the host now. */
  get lang(): LanguageCode {
    // The property first: lit reflects a new `lang` to the attribute only after rendering.
    const own = this.host.lang || this.host.closest('[lang]')?.getAttribute('lang');
    return languageOf(own ?? document.documentElement.lang);
  }

  /** The translation table of the language in force. */
  get term(): Translation {
    return translations[this.lang];
  }

  /**
   * Picks the table of the language in force from an element's own string tables, so each
   * element keeps its strings beside it while the controller decides the language.
   *
   * @example
   * const strings = { 'zh-CN': { title: '工作画像' }, en: { title: 'Work profile' } };
   * this.localize.pick(strings).title;
   */
  pick<T>(tables: Localized<T>): T {
    return tables[this.lang];
  }

  /** A bilingual text from a rule set (`{ zh, en }`) in the language in force. */
  text(value: { readonly zh: string; readonly en: string }): string {
    return this.lang === 'en' ? value.en : value.zh;
  }

  /**
   * A count as its readers expect it: in Chinese, 10,000 and over in 万 with one decimal
   * (12,345 → "1.2万"); in English, with thousands separators.
   */
  count(value: number): string {
    if (this.lang === 'zh-CN' && Math.abs(value) >= 10_000) {
      const tenThousands = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(
        value / 10_000,
      );
      return `${tenThousands}${this.term.tenThousand}`;
    }
    return new Intl.NumberFormat(this.lang).format(value);
  }
}
