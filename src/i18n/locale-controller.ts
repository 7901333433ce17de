import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageName } from './language-names.js';
import { LOCALES, isRightToLeft, matchLocale, resolveLocale, type Locale } from './locales.js';
import { hasWords, loadLocale, speak, speakingNow } from './runtime.js';
import { declaredLang, onLangChange } from './page-lang.js';
import type { LanguageSource, OfferedLanguage } from './language-source.js';
import { sourceLocale } from '../generated/locale-codes.js';
import { warnAttribute } from '../warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * One widget's language, in one place: the reader's pick in the picker, else the `lang` the page declares for this
 * element (watched live), else the browser's languages. Each widget has its own, so widgets in three languages stand
 * side by side. A language whose words are not loaded yet is loaded first; until then the widget keeps what it shows
 * (before its first render: nothing but its fallback), so the reader never sees a flash of English. (A file compiled
 * in one language has locale-controller.one-language.ts instead: the same LanguageSource, nothing to choose.)
 */
export class LocaleController implements ReactiveController, LanguageSource {
  readonly #host: Host;
  /** The reader's choice in the picker; it outranks what the page declares. */
  #picked: Locale | null = null;
  /** The language chosen; `#shown` follows it once its words are there. */
  #wanted: Locale = sourceLocale;
  #shown: Locale = sourceLocale;
  #warnedLang = '';
  #offered: OfferedLanguage[] = [];
  #ready: Promise<void> = Promise.resolve();
  #stopWatchingLang: (() => void) | null = null;
  #connected = false;
  #updated = false;
  /** Set while a server-rendered widget renders first in the server's language (see #servedLocale). */
  #servedFirst = false;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The language the widget renders in now. Before it is on a page (a server rendering it) it follows nothing yet and
   * takes the language it is rendered in.
   */
  get locale(): Locale {
    return this.#connected ? this.#shown : speakingNow();
  }

  get dir(): 'rtl' | 'ltr' {
    return isRightToLeft(this.locale) ? 'rtl' : 'ltr';
  }

  /** Settles once the language chosen last is there to render (or has fallen back to English). */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** The languages the picker offers, with their names; fewer than two means no picker. */
  get offered(): readonly OfferedLanguage[] {
    return this.#offered;
  }

  speak<T>(write: () => T): T {
    return speak(this.locale, write);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#stopWatchingLang = onLangChange(this.#host, () => this.#choose());
    const served = this.#servedLocale();
    if (!served) {
      this.#choose();
      return;
    }
    this.#servedFirst = true;
    this.#show(served);
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
    this.#connected = false;
    this.#stopWatchingLang?.();
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
    if (locale !== this.#wanted) this.#show(locale);
  }

  /** Shows `locale` as soon as its words are there: at once when another widget has loaded them already. */
  #show(locale: Locale) {
    this.#wanted = locale;
    if (hasWords(locale)) {
      this.#shown = locale;
      this.#ready = Promise.resolve();
      this.#host.requestUpdate();
      return;
    }
    this.#ready = loadLocale(locale).then((loaded) => {
      if (this.#wanted !== locale) return;
      this.#shown = loaded ? locale : sourceLocale;
      this.#host.requestUpdate();
    });
    // The host's next update waits for the words (see its scheduleUpdate); asking for one makes sure it comes.
    this.#host.requestUpdate();
  }
}
