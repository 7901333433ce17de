import { type AgeBand, type LengthUnit } from '../sections/self-tests/readings.js';

/**
 * A count as the reader's language writes it: Arabic in Arabic-Indic digits (٣ من ٤), asked for by name, as engines
 * and versions differ in which digits plain "ar" gets; the others in plain Latin digits, which is what Intl writes
 * for them too. Only Arabic asks Intl: its first use on a page loads ICU's number data, some 20 ms of main thread.
 */
export const formatCount = (count: number, locale: string) =>
  locale === 'ar' ? new Intl.NumberFormat(numberingLocale(locale)).format(count) : String(count);

/**
 * Each unit's short name as CLDR writes it (what Intl.NumberFormat's unit style prints), kept here as data: asking
 * Intl would load its unit tables before the widget's first paint. A language not listed writes "cm" and "in".
 */
const UNIT_NAMES: Record<LengthUnit, Record<string, string>> = {
  cm: { 'zh-Hans': '厘米', ar: 'سم' },
  in: { fr: 'po', de: 'Zoll', 'pt-BR': 'pol.', 'zh-Hans': '英寸', ar: 'بوصة' },
};
export const unitName = (unit: LengthUnit, locale: string) => UNIT_NAMES[unit][locale] ?? unit;
export const CM_PER_INCH = 2.54;

/**
 * Languages that write a decimal comma (8,5). They accept a point too, which a phone's number pad may offer instead.
 * Arabic also takes its own separator (٫) and Arabic-Indic digits. English and Chinese write a point, and a comma
 * there reads as a thousands separator ("1,5"): refused rather than guessed.
 */
const DECIMAL_SEPARATORS: Record<string, RegExp> = { fr: /,/, de: /,/, es: /,/, 'pt-BR': /,/, ar: /[,٫]/ };

/** The reader's text with Arabic-Indic or Persian digits written as 0–9 and the language's decimal separator as a point. */
export function normalizeNumber(text: string, locale: string): string {
  const digits = text.trim().replace(/[٠-٩۰-۹]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
  const separator = DECIMAL_SEPARATORS[locale];
  return separator ? digits.replace(separator, '.') : digits;
}

/** Kept to a tenth of a centimetre: finer than anyone measures at home, and what a unit switch round-trips. */
export const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * A number as the reader's language writes it, to one decimal at most: 8.5, 8,5 in the comma languages, ٨٫٥ in
 * Arabic (Arabic-Indic digits asked of Intl explicitly, as the widget's counts are: engines differ on the default).
 */
export function formatDecimal(value: number, locale: string): string {
  if (locale === 'ar') return new Intl.NumberFormat(numberingLocale(locale), { maximumFractionDigits: 1 }).format(value);
  const text = String(tenth(value));
  return DECIMAL_SEPARATORS[locale] ? text.replace('.', ',') : text;
}

/** An age band as the reader's language writes it: 40–49, ٤٠–٤٩, 80+. */
export const ageBandText = (band: AgeBand, locale: string) =>
  band.replace(/\d+/g, (digits) => formatDecimal(Number(digits), locale)).replace('-', '–');

/**
 * The locale to hand Intl.NumberFormat so numbers are written as the widget writes them: Arabic in Arabic-Indic
 * digits, asked for explicitly because engines and versions differ on Arabic's default.
 */
export const numberingLocale = (locale: string) => (locale === 'ar' ? 'ar-u-nu-arab' : locale);
