import { configureTransformLocalization } from '@lit/localize';
import { sourceLocale } from './generated/locale-codes.js';
import type { Locale } from './language-tags.js';

/*
 * src/localization.ts for a file compiled in one language (@lit/localize transform mode, tsconfig.static.json
 * resolves `./localization.js` here). Every message is already written in that language, so there is nothing to
 * load or switch: a page asking for another language gets this one.
 */

export { declaredLang, isRightToLeft, matchLocale, onLangChange, resolveLocale, type Locale, type Resolution } from './language-tags.js';

// The compiler writes this file's language in place of getLocale().
const { getLocale } = configureTransformLocalization({ sourceLocale });

/** The language of every message in this file. */
export const activeLocale = getLocale as () => Locale;

/** The languages this file can show: its own. */
export const LOCALES: readonly Locale[] = [activeLocale()];

/** Nothing to load: the file's language is the only one. */
export function requestLocale(_widget: object, _locale: Locale): Promise<void> {
  return Promise.resolve();
}

export function releaseLocale(_widget: object): void {}
