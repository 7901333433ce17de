import { allLocales, sourceLocale } from '../generated/locale-codes.js';

/**
 * The shipped languages and how a language tag maps to one: free of @lit/localize and of
 * the translations, so the attribute parsers, the configurator and both builds (runtime.ts with every
 * language, runtime.one-language.ts with one) share them.
 */

/** The languages shipped; `en` is the source. Generated from lit-localize.json. */
export type Locale = (typeof allLocales)[number];
export const LOCALES: readonly Locale[] = allLocales;

export const isRightToLeft = (locale: Locale) => locale === 'ar';

/**
 * Maps one BCP 47 tag to the shipped language that serves its reader, or null. Regions collapse to
 * the one variant we ship (es-MX → es, pt-PT → pt-BR, en-GB → en); Chinese needs Simplified script,
 * so zh, zh-CN and zh-SG match and Traditional (zh-TW, zh-Hant) does not.
 */
export function matchLocale(tag: string): Locale | null {
  // Plain tags ("en", "en-US", "fr-CA", "sr-Latn-RS") need no Intl: only Chinese turns on the script, and a
  // page's first Intl.Locale loads ICU data, some 10 ms before the widget can paint.
  const plain = /^([a-z]{2})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?$/i.exec(tag.trim());
  const language = plain?.[1].toLowerCase();
  if (language && language !== 'zh') {
    return language === 'pt' ? 'pt-BR' : (LOCALES.find((shipped) => shipped === language) ?? null);
  }
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag.trim()).maximize();
  } catch {
    return null; // not a well-formed language tag
  }
  if (locale.language === 'zh') return locale.script === 'Hans' ? 'zh-Hans' : null;
  if (locale.language === 'pt') return 'pt-BR';
  return LOCALES.find((shipped) => shipped === locale.language) ?? null;
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
