import { allLocales, sourceLocale } from '../generated/locale-codes.js';

/**
 * The shipped languages and how a language tag maps to one: free of @lit/localize and of
 * the translations, so the attribute parsers, the configurator and both builds (runtime.ts with every
 * language, runtime.one-language.ts with one) share them.
 */

/** The languages shipped; `en` is the source. Generated from lit-localize.json. */
export type Locale = (typeof allLocales)[number];
export const LOCALES: readonly Locale[] = allLocales;

export const isRightToLeft = (locale: Locale) => locale === 'ar' || locale === 'ur';

/**
 * Maps one BCP 47 tag to the shipped language that serves its reader, or null. Regions collapse to
 * the one variant we ship (es-MX → es, pt-PT → pt-BR, en-GB → en); Chinese goes by its script, the
 * one a region writes where the tag names none (zh, zh-CN, zh-SG → zh-Hans; zh-TW, zh-HK, zh-MO → zh-Hant);
 * Filipino (fil) is the standard form of Tagalog, which we ship as tl.
 */
export function matchLocale(tag: string): Locale | null {
  // Plain tags ("en", "en-US", "fr-CA", "sr-Latn-RS") need no Intl: only Chinese turns on the script, and a
  // page's first Intl.Locale loads ICU data, some 10 ms before the widget can paint.
  const plain = /^([a-z]{2})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?$/i.exec(tag.trim());
  const language = plain?.[1].toLowerCase();
  if (language && language !== 'zh') return shippedLanguage(language);
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag.trim()).maximize();
  } catch {
    return null; // not a well-formed language tag
  }
  if (locale.language === 'zh') return locale.script === 'Hans' ? 'zh-Hans' : locale.script === 'Hant' ? 'zh-Hant' : null;
  return shippedLanguage(locale.language);
}

/** The shipped language for a primary language subtag other than Chinese. */
function shippedLanguage(language: string): Locale | null {
  if (language === 'pt') return 'pt-BR';
  if (language === 'fil') return 'tl';
  return LOCALES.find((shipped) => shipped === language) ?? null;
}

export interface Resolution {
  locale: Locale;
  /** Tags passed over, in order, before a shipped language matched. */
  unsupported: string[];
}

/** The first tag that matches a shipped language wins; when none does, English. */
export function resolveLocale(tags: readonly string[]): Resolution {
  const unsupported: string[] = [];
  for (const tag of tags) {
    const locale = matchLocale(tag);
    if (locale) return { locale, unsupported };
    unsupported.push(tag);
  }
  return { locale: sourceLocale, unsupported };
}
