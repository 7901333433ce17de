import { configureTransformLocalization } from '@lit/localize';
import { sourceLocale } from '../generated/locale-codes.js';
import type { Locale } from './locales.js';

/*
 * runtime.ts for a file compiled in one language (@lit/localize transform mode: tsconfig.one-language.json
 * resolves `./runtime.js` here). Every message is already written in that language: there is nothing to load
 * or switch, so only the language itself is left (locale-controller.one-language.ts reads it).
 */


// The compiler writes this file's language in place of getLocale().
const { getLocale } = configureTransformLocalization({ sourceLocale });

/** The language of every message in this file. */
export const activeLocale = getLocale as () => Locale;

/** Every message is already in the one language: there is nothing to set around the words. */
export const speak = <T>(_locale: Locale, write: () => T): T => write();
