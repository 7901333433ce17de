/**
 * Numbers, units and dates as the reader writes them: the widget's language decides the words, the reader's region
 * (from the tags the page and the browser give in that language) decides the decimal mark and the date. Pure and
 * free of @lit/localize: the self-tests, the summary and the result share it. Kept as data where Intl would load ICU's
 * tables before the widget's first paint.
 */
import type { Locale } from './locales.js';

/** The units a length is measured and written in. */
export type LengthUnit = 'cm' | 'in';

const languageOf = (tag: string) => tag.trim().split('-')[0].toLowerCase();

/** A tag's region ("GB" in en-GB, "419" in es-419), or null; a regular expression rather than Intl.Locale, for speed. */
export function regionOf(tag: string): string | null {
  return /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2}|\d{3})(?:-|$)/i.exec(tag.trim())?.[1].toUpperCase() ?? null;
}

/**
 * The tag to format with: the language shown, with the region of the first tag in that language the page declares for
 * the widget, else the browser's (`lang="en"` read in an en-GB browser is en-GB). A language with no region anywhere
 * keeps its usual form. A French page in an en-US browser is plain French: another language's region does not count.
 */
export function readerLocale(shown: Locale, declared: string | null, browser: readonly string[]): string {
  const language = languageOf(shown);
  for (const tag of [declared ?? '', ...browser]) {
    const region = languageOf(tag) === language ? regionOf(tag) : null;
    if (region) return `${shown.replace(/-[A-Z]{2}$/, '')}-${region}`;
  }
  return shown;
}

/**
 * Each shipped language's decimal mark, and the regions that write the other one, as CLDR has them (read from ICU's
 * data: `new Intl.NumberFormat('es-MX').formatToParts(1.5)`). Arabic is written with Arabic-Indic digits and ٫ in every
 * region, as the widget's counts are.
 */
const DECIMAL_MARKS: Record<string, [mark: string, otherRegions: string]> = {
  en: ['.', 'AT BE CZ DE DK EE ES FI FR GE HU ID IT LT LV NL NO PL PT RO SE SI SK UA ZA'],
  es: [',', 'BR BZ CU DO GT HN MX NI PA PE PR SV US 419'],
  de: [',', 'CH LI'],
  fr: [',', ''],
  pt: [',', ''],
  zh: ['.', ''],
  ar: ['٫', ''],
  it: [',', 'CH'],
  nl: [',', ''],
  pl: [',', ''],
  tr: [',', ''],
  vi: [',', ''],
};

/** The decimal mark the reader writes: 8.5 in Mexico and Switzerland, 8,5 in Spain and Germany, ٨٫٥ in Arabic. */
export function decimalMark(tag: string): string {
  const [mark, otherRegions] = DECIMAL_MARKS[languageOf(tag)] ?? ['.', ''];
  const region = regionOf(tag);
  if (nativeDigits(tag)) return '٫';
  if (!region || !otherRegions.split(' ').includes(region)) return mark;
  return mark === '.' ? ',' : '.';
}

/**
 * Whether the reader writes numbers in Arabic-script digits: Arabic in every region (Arabic-Indic), Urdu in India
 * (Extended Arabic-Indic), as CLDR has it; Urdu in Pakistan writes 0–9.
 */
const nativeDigits = (tag: string) => languageOf(tag) === 'ar' || (languageOf(tag) === 'ur' && regionOf(tag) === 'IN');

/**
 * The locale to hand Intl so numbers are written as the widget writes them: Arabic in Arabic-Indic digits, asked for
 * explicitly because engines and versions differ on Arabic's default.
 */
export const numberingLocale = (tag: string) =>
  nativeDigits(tag) ? `${tag}-u-nu-${languageOf(tag) === 'ar' ? 'arab' : 'arabext'}` : tag;

/**
 * A count as the reader's language writes it: Arabic in Arabic-Indic digits (٣ من ٤); the others in plain Latin
 * digits, which is what Intl writes for them too. Only Arabic asks Intl: its first use on a page loads ICU's number
 * data, some 20 ms of main thread.
 */
export const formatCount = (count: number, tag: string) =>
  nativeDigits(tag) ? new Intl.NumberFormat(numberingLocale(tag)).format(count) : String(count);

/** Kept to a tenth of a centimetre: finer than anyone measures at home, and what a unit switch round-trips. */
export const tenth = (value: number) => Math.round(value * 10) / 10;

/** A number to one decimal at most, with the reader's decimal mark: 8.5, 8,5, ٨٫٥. */
export function formatDecimal(value: number, tag: string): string {
  if (nativeDigits(tag)) return new Intl.NumberFormat(numberingLocale(tag), { maximumFractionDigits: 1 }).format(value);
  return String(tenth(value)).replace('.', decimalMark(tag));
}

/**
 * Each unit's short name in the reader's language, as patient material writes it (CLDR's, except German "Zoll" and
 * Spanish "pulg.", which readers know better than "in"). A language not listed writes "cm" and "in".
 */
const UNIT_NAMES: Record<LengthUnit, Record<string, string>> = {
  cm: { zh: '厘米', ar: 'سم' },
  in: {
    es: 'pulg.', fr: 'po', de: 'Zoll', pt: 'pol.', zh: '英寸', ar: 'بوصة',
    it: 'poll.', nl: 'inch', pl: 'cal', ja: 'インチ', ko: '인치', vi: 'inch', tl: 'pulgada', hi: 'इंच', ur: 'انچ', tr: 'inç',
  },
};
/** Traditional Chinese as Taiwan writes it (公分, 英吋), which Hong Kong readers know too; Simplified keeps 厘米, 英寸. */
const TRADITIONAL_CHINESE = /^zh-(?:Hant|TW|HK|MO)(?:-|$)/i;
const UNIT_NAMES_HANT: Record<LengthUnit, string> = { cm: '公分', in: '英吋' };
export const unitName = (unit: LengthUnit, tag: string) =>
  TRADITIONAL_CHINESE.test(tag.trim()) ? UNIT_NAMES_HANT[unit] : (UNIT_NAMES[unit][languageOf(tag)] ?? unit);

/** A length with its unit, joined by a no-break space so a line never ends between them: "8.5 cm", "3,3 po". */
export const formatLength = (value: number, unit: LengthUnit, tag: string) => `${formatDecimal(value, tag)}\u00a0${unitName(unit, tag)}`;

/**
 * The reader's text with Arabic-Indic or Persian digits written as 0–9 and their decimal mark as a point. A reader
 * who writes a comma may type a point too, which a phone's number pad may offer instead; where the region writes a
 * point, a comma reads as a thousands separator ("1,5") and is left for the parser to refuse rather than guessed.
 */
export function normalizeNumber(text: string, tag: string): string {
  const digits = text.trim().replace(/[٠-٩۰-۹]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
  const mark = decimalMark(tag);
  return mark === '.' ? digits : digits.replace(mark === '٫' ? /[,٫]/ : /,/, '.');
}

/** An age band as the reader's language writes it: 40–49, ٤٠–٤٩, 80+. */
export const ageBandText = (band: string, tag: string) =>
  band.replace(/\d+/g, (digits) => formatCount(Number(digits), tag)).replace('-', '–');

/** The date written in full the reader's way ("2 December 2026" in Britain), so no one misreads day and month. */
export const formatDate = (date: Date, tag: string) => new Intl.DateTimeFormat(numberingLocale(tag), { dateStyle: 'long' }).format(date);
