import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { Locale } from './locales.js';
import * as ar from '../generated/locales/ar.js';
import * as de from '../generated/locales/de.js';
import * as es from '../generated/locales/es.js';
import * as fr from '../generated/locales/fr.js';
import * as ptBR from '../generated/locales/pt-BR.js';
import * as zhHans from '../generated/locales/zh-Hans.js';


/** Imported statically, not lazily: the all-language module is one file with every locale inside, nothing else to fetch. */
const templatesByLocale = { ar, de, es, fr, 'pt-BR': ptBR, 'zh-Hans': zhHans };

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => Promise.resolve(templatesByLocale[locale as keyof typeof templatesByLocale]),
});

/** The language every widget on the page renders in right now. */
export const activeLocale = getLocale as () => Locale;

/** Each connected widget's language, most recent request last. */
const requested = new Map<object, Locale>();

/**
 * @lit/localize has one active language per page. The latest request wins for every widget, and a
 * request that overrides another widget's language says so once in the console.
 */
export function requestLocale(widget: object, locale: Locale): Promise<void> {
  requested.delete(widget);
  const overridden = [...requested.values()].find((other) => other !== locale);
  if (overridden) {
    console.warn(
      `<calf-check>: a page shows one language at a time; every widget now shows "${locale}", not "${overridden}".`,
    );
  }
  requested.set(widget, locale);
  return setLocale(locale);
}

/** A widget leaves the page: the language last asked for by those still there takes over again. */
export function releaseLocale(widget: object): void {
  if (!requested.delete(widget)) return;
  const latest = [...requested.values()].at(-1);
  if (latest) void setLocale(latest);
}
