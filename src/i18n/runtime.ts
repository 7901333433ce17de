import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { Locale } from './locales.js';
import { loadWords } from './words-loader.js';

/*
 * Every widget speaks its own language. @lit/localize's reentrant mode asks `getLocale()` before each `msg()`: the
 * answer is the language of whatever is writing words at that moment (a widget's update, a server render, the
 * fallback's words), set for the length of that synchronous call by `speak()`. Nothing is switched for the page.
 *
 * English is written in the sources; every other language's words are a module of their own, loaded the first time a
 * widget needs them and then shared by every widget on the page (words-loader.ts says from where).
 */

/** The languages of the calls writing words now, innermost last: a call may start another (a server render nests). */
const speaking: Locale[] = [];
const loaded = new Map<Locale, LocaleModule>();
const loading = new Map<Locale, Promise<boolean>>();

/**
 * The language of the words being written now. A widget that is not on a page (one a server renders) has no `lang` of
 * its own to follow: it writes in this.
 */
export const speakingNow = (): Locale => speaking.at(-1) ?? sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: speakingNow,
  loadLocaleSync: (locale) => loaded.get(locale as Locale),
});

/** Runs `write` with every `msg()` inside it answering in `locale` (in English while its words are not there). */
export function speak<T>(locale: Locale, write: () => T): T {
  speaking.push(locale);
  try {
    return write();
  } finally {
    speaking.pop();
  }
}

/** Whether `locale`'s words are there to render now. */
export const hasWords = (locale: Locale): boolean => locale === sourceLocale || loaded.has(locale);

/** Words already at hand (a server render, the configurator): no request is made for these. */
export function addWords(locale: Locale, words: LocaleModule): void {
  loaded.set(locale, words);
}

/**
 * Fetches `locale`'s words once per page, however many widgets ask. Settles true when they are there; false when they
 * could not be had, said once in the console: those widgets show English rather than nothing.
 */
export function loadLocale(locale: Locale): Promise<boolean> {
  if (hasWords(locale)) return Promise.resolve(true);
  let pending = loading.get(locale);
  if (!pending) {
    pending = loadWords(locale).then(
      (words) => {
        addWords(locale, words);
        return true;
      },
      (error: unknown) => {
        console.warn(`<calf-check>: the "${locale}" words could not be loaded (${String(error)}); showing English.`);
        return false;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}
