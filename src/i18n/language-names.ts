/**
 * Language names, apart from runtime.ts: Intl alone, no @lit/localize and no translations, so the
 * configurator page can show the same names as the widget's picker without loading the widget's locales.
 */

/** A language's name in itself, capitalised ("Deutsch", "Français", "العربية"), so a reader finds their own without reading ours. */
export function languageName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
