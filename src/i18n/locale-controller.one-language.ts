import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { activeLocale, speak } from './runtime.js';
import { declaredLang, onLangChange } from './page-lang.js';
import { isRightToLeft, matchLocale } from './locales.js';
import type { LanguageSource, OfferedLanguage } from './language-source.js';
import { warnAttribute } from '../warn.js';

/*
 * locale-controller.ts for a file compiled in one language (tsconfig.one-language.json resolves
 * `./locale-controller.js` here): the same surface for the element, with nothing to choose, load or offer. A page
 * that asks for another language, or for a picker, gets this one, and its developer hears why.
 */

type Host = ReactiveControllerHost & HTMLElement;

/** The languages pages asked this file for in vain, each said once per page however many widgets ask. */
const askedFor = new Set<string>();

export class LocaleController implements ReactiveController, LanguageSource {
  readonly #host: Host;
  #stopWatchingLang: (() => void) | null = null;
  /** Nothing to wait for: every message is already in the file's language. */
  readonly ready: Promise<void> = Promise.resolve();
  /** Never a picker: the file holds one language. */
  readonly offered: readonly OfferedLanguage[] = [];

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The file's one language, whatever the page declares. */
  get locale() {
    return activeLocale();
  }

  get dir(): 'rtl' | 'ltr' {
    return isRightToLeft(this.locale) ? 'rtl' : 'ltr';
  }

  speak<T>(write: () => T): T {
    return speak(this.locale, write);
  }

  hostConnected(): void {
    this.#stopWatchingLang = onLangChange(this.#host, () => this.#sayIfAskedForAnother());
    this.#sayIfAskedForAnother();
  }

  hostDisconnected(): void {
    this.#stopWatchingLang?.();
  }

  offer(codes: string): void {
    if (codes) warnAttribute('languages', codes, `nothing in a one-language file (this one shows ${this.locale}; calf-check.js has a picker)`);
  }

  /** There is no picker to pick from. */
  pick(): void {}

  #sayIfAskedForAnother() {
    const lang = declaredLang(this.#host);
    if (!lang || matchLocale(lang) === this.locale || askedFor.has(lang)) return;
    askedFor.add(lang);
    warnAttribute('lang', lang, `${this.locale}, the one language of this file (showing ${this.locale}; calf-check.js has them all)`);
  }
}
