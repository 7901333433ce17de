import { configureTransformLocalization } from '@lit/localize';
import { sourceLocale } from './generated/locale-codes.js';
import type { Locale } from './locales.js';

/*
 * src/localization.ts for a file compiled in one language (@lit/localize transform mode: tsconfig.static.json
 * resolves `./localization.js` here). Every message is already written in that language, so there is nothing to
 * load or switch.
 */

export * from './locales.js';

// The compiler writes this file's language in place of getLocale().
const { getLocale } = configureTransformLocalization({ sourceLocale });

/** The language of every message in this file. */
export const activeLocale = getLocale as () => Locale;

/** This file's one language: whatever a page asks for, its widgets show this one (see LocaleController). */
export const onlyLocale: Locale | null = activeLocale();

/** Nothing to load: every message is already in this file's language. */
export const requestLocale: (widget: object, locale: Locale) => Promise<void> = () => Promise.resolve();

export const releaseLocale: (widget: object) => void = () => {};
