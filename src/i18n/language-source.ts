import type { Locale } from './locales.js';

export interface OfferedLanguage {
  locale: Locale;
  /** The language's name in itself, as the picker shows it. */
  name: string;
}

/**
 * What the element asks of its language, whichever build it is in: the file with every language
 * (locale-controller.ts), where the page and the reader choose, or a file compiled in one
 * (locale-controller.one-language.ts), where nothing is chosen.
 */
export interface LanguageSource {
  /** The language the widget renders in now. */
  readonly locale: Locale;
  readonly dir: 'rtl' | 'ltr';
  /** Settles once that language's words are there to render. */
  readonly ready: Promise<void>;
  /** Runs `write` with every message inside it in this widget's language. */
  speak<T>(write: () => T): T;
  /** The languages the picker offers, with their names; fewer than two means no picker. */
  readonly offered: readonly OfferedLanguage[];
  /** Sets the picker's languages from shipped codes ("en fr"). */
  offer(codes: string): void;
  /** The reader picked a language in the picker. */
  pick(code: string): void;
}
