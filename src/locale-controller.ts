import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { languageName } from './language-names.js';
import {
  LOCALES,
  activeLocale,
  declaredLang,
  isRightToLeft,
  matchLocale,
  onLangChange,
  onlyLocale,
  releaseLocale,
  requestLocale,
  resolveLocale,
  type Locale,
} from './localization.js';
import { warnAttribute } from './warn.js';

export interface OfferedLanguage {
  locale: Locale;
  /** The language's name in itself, as the picker shows it. */
  name: string;
}

type Host = ReactiveControllerHost & HTMLElement;

/** The other languages pages asked a one-language file for, each said once per page however many widgets ask. */
const askedOfOnlyLocale = new Set<string>();

/** A one-language file shows its own language to every page; when the page wants another, its developer hears why. */
function showOnlyLocale(only: Locale, lang: string | null) {
  if (!lang || matchLocale(lang) === only || askedOfOnlyLocale.has(lang)) return;
  askedOfOnlyLocale.add(lang);
  warnAttribute('lang', lang, `${only}, the one language of this file (showing ${only}; calf-check.js has them all)`);
}

/**
 * The widget's language, in one place: the reader's pick in the picker, else the `lang` the page declares for the
 * element (watched live), else the browser's languages. It asks @lit/localize for that language, releases it when
 * the widget leaves, and tells the host when the language is ready to render.
 */
export class LocaleController implements ReactiveController {
  readonly #host: Host;
  /** The reader's choice in the picker; it outranks what the page declares. */
  #picked: Locale | null = null;
  #wanted: Locale | null = null;
  #warnedLang = '';
  #offered: OfferedLanguage[] = [];
  #ready: Promise<void> = Promise.resolve();
  #stopWatchingLang: (() => void) | null = null;

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
    this.#choose();
  }

  hostDisconnected(): void {
    this.#stopWatchingLang?.();
    this.#wanted = null;
    releaseLocale(this.#host);
  }

  /** Sets the picker's languages from shipped codes ("en fr"). A pick outside them is forgotten. */
  offer(codes: string): void {
    if (onlyLocale && codes) {
      warnAttribute('languages', codes, `nothing in a one-language file (this one shows ${onlyLocale}; calf-check.js has a picker)`);
      codes = '';
    }
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
    if (onlyLocale) {
      showOnlyLocale(onlyLocale, declaredLang(this.#host));
      return;
    }
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
