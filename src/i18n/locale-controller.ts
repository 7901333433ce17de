import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { languageName } from './language-names.js';
import { LOCALES, isRightToLeft, matchLocale, resolveLocale, type Locale } from './locales.js';
import { activeLocale, releaseLocale, requestLocale } from './runtime.js';
import { declaredLang, onLangChange } from './page-lang.js';
import type { LanguageSource, OfferedLanguage } from './language-source.js';
import { warnAttribute } from '../warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The widget's language, in one place: the reader's pick in the picker, else the `lang` the page declares for the
 * element (watched live), else the browser's languages. It asks @lit/localize for that language, releases it when
 * the widget leaves, and tells the host when the language is ready to render. (A file compiled in one language
 * has locale-controller.one-language.ts instead: the same LanguageSource, nothing to choose.)
 */
export class LocaleController implements ReactiveController, LanguageSource {
  readonly #host: Host;
  /** The reader's choice in the picker; it outranks what the page declares. */
  #picked: Locale | null = null;
  #wanted: Locale | null = null;
  #warnedLang = '';
  #offered: OfferedLanguage[] = [];
  #ready: Promise<void> = Promise.resolve();
  #stopWatchingLang: (() => void) | null = null;
  #updated = false;
  /** Set while a server-rendered widget renders first in the server's language (see #servedLocale). */
  #servedFirst = false;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    // Re-render the host when a language finishes loading.
    updateWhenLocaleChanges(host);
  }

  /** The language the widget renders in now (one per page: see requestLocale). */
  get locale(): Locale {
    return activeLocale();
  }

  get dir(): 'rtl' | 'ltr' {
    return isRightToLeft(this.locale) ? 'rtl' : 'ltr';
  }

  /** Settles once the language asked for last has loaded, so the reader never sees a flash of English. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** The languages the picker offers, with their names; fewer than two means no picker. */
  get offered(): readonly OfferedLanguage[] {
    return this.#offered;
  }

  hostConnected(): void {
    this.#stopWatchingLang = onLangChange(this.#host, () => this.#choose());
    const served = this.#servedLocale();
    if (!served) {
      this.#choose();
      return;
    }
    this.#servedFirst = true;
    this.#wanted = served;
    this.#ready = requestLocale(this.#host, served);
  }

  hostUpdated(): void {
    this.#updated = true;
    if (!this.#servedFirst) return;
    this.#servedFirst = false;
    const served = this.#wanted;
    this.#choose();
    if (this.#wanted !== served) {
      console.warn(`<calf-check>: the server rendered "${served}"; showing "${this.#wanted}", the page's language.`);
    }
  }

  /**
   * The language a server wrote into this widget's shadow root, when it is about to be hydrated (before its first
   * update; without hydration support the browser empties that root first). Hydration takes the server's words as
   * they stand, so the first render has to be in their language; hostUpdated then moves to the page's.
   */
  #servedLocale(): Locale | null {
    if (this.#updated) return null;
    return matchLocale(this.#host.shadowRoot?.querySelector('[part~="container"]')?.getAttribute('lang') ?? '');
  }

  hostDisconnected(): void {
    this.#stopWatchingLang?.();
    this.#wanted = null;
    releaseLocale(this.#host);
  }

  /** Sets the picker's languages from shipped codes ("en fr"). A pick outside them is forgotten. */
  offer(codes: string): void {
    const locales = codes.split(' ').filter(Boolean) as Locale[];
    // Named once per value rather than on every render.
    this.#offered = locales.map((locale) => ({ locale, name: languageName(locale) }));
    if (this.#picked && !locales.includes(this.#picked)) {
      this.#picked = null;
      if (this.#host.isConnected) this.#choose();
    }
  }

  /** The reader picked a language. */
  pick(code: string): void {
    this.#picked = matchLocale(code);
    this.#choose();
  }

  #choose() {
    let locale = this.#picked;
    if (!locale) {
      const lang = declaredLang(this.#host);
      const resolution = resolveLocale(lang ? [lang] : navigator.languages);
      if (lang && resolution.unsupported.length && lang !== this.#warnedLang) {
        this.#warnedLang = lang;
        warnAttribute('lang', lang, `one of ${LOCALES.join(', ')} (showing English)`);
      }
      locale = resolution.locale;
    }
    if (locale === this.#wanted) return;
    this.#wanted = locale;
    this.#ready = requestLocale(this.#host, locale);
  }
}
