import type { LocaleModule } from '@lit/localize';
import type { Locale } from './locales.js';

/**
 * Where a language's words come from when a widget first needs them. Run from the sources (the tests, the demo
 * server), every language's module at once. In the built browser files this module is replaced
 * (scripts/build/rollup/words-beside.mjs) by one that imports `words/<locale>.js` from beside the script itself, so a
 * reader downloads only the languages shown.
 */
export async function loadWords(locale: Locale): Promise<LocaleModule> {
  const { ALL_WORDS } = await import('./all-words.js');
  const words = ALL_WORDS[locale as keyof typeof ALL_WORDS];
  if (!words) throw new Error(`no words for ${locale}`);
  return words;
}
