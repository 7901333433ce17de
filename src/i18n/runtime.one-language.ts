import { configureTransformLocalization } from '@lit/localize';
import { sourceLocale } from '../generated/locale-codes.js';
import type { Locale } from './locales.js';

/*
 * src/localization.ts for a file compiled in one language (@lit/localize transform mode: tsconfig.static.json
 * resolves `./localization.js` here). Every message is already written in that language: there is nothing to load
 * or switch, so only the language itself is left (src/locale-controller.static.ts reads it).
 */


// The compiler writes this file's language in place of getLocale().
const { getLocale } = configureTransformLocalization({ sourceLocale });

/** The language of every message in this file. */
export const activeLocale = getLocale as () => Locale;
