import type { LocaleModule } from '@lit/localize';
import { addWords } from './runtime.js';
import type { Locale } from './locales.js';
import type { targetLocales } from '../generated/locale-codes.js';
import * as ar from '../generated/locales/ar.js';
import * as de from '../generated/locales/de.js';
import * as es from '../generated/locales/es.js';
import * as fr from '../generated/locales/fr.js';
import * as hi from '../generated/locales/hi.js';
import * as it from '../generated/locales/it.js';
import * as ja from '../generated/locales/ja.js';
import * as ko from '../generated/locales/ko.js';
import * as nl from '../generated/locales/nl.js';
import * as pl from '../generated/locales/pl.js';
import * as ptBR from '../generated/locales/pt-BR.js';
import * as tl from '../generated/locales/tl.js';
import * as tr from '../generated/locales/tr.js';
import * as ur from '../generated/locales/ur.js';
import * as vi from '../generated/locales/vi.js';
import * as zhHans from '../generated/locales/zh-Hans.js';
import * as zhHant from '../generated/locales/zh-Hant.js';

/**
 * Every language's words in one module, for what needs them all at once and synchronously: a server rendering any
 * language, the configurator writing a fallback on each keystroke. A browser widget loads only its own (runtime.ts).
 */
export const ALL_WORDS = {
  ar,
  de,
  es,
  fr,
  hi,
  it,
  ja,
  ko,
  nl,
  pl,
  'pt-BR': ptBR,
  tl,
  tr,
  ur,
  vi,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
} satisfies Record<(typeof targetLocales)[number], LocaleModule>;

/** Registers every language's words with the runtime, so any widget can be written in any language synchronously. */
export function addAllWords(): void {
  for (const [locale, words] of Object.entries(ALL_WORDS)) addWords(locale as Locale, words);
}
