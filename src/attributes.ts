/**
 * One parser per attribute. Attributes arrive as strings, but a page's JavaScript may assign anything to the
 * properties (null, numbers, objects), so every parser accepts `unknown` and returns the value the widget uses, plus
 * what it expected when it had to refuse the input. The element applies them all by one rule: the parsed value is
 * written back to the property, so reading a property always gives what the widget shows.
 */
import { LOCALES, matchLocale, type Locale } from './i18n/locales.js';
import { safeBookingUrl, telHref } from './safe-url.js';

/** Longest clinic name shown; longer ones are cut (and the configurator refuses them). */
export const CLINIC_NAME_MAX = 120;

/** The colour schemes the widget's styles ship (src/theme/styles.ts); the configurator offers the same ones. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export type BookingTarget = '_blank' | '_self';

export interface Parsed<T> {
  value: T;
  /** Set when the input was refused (or cut): what the attribute accepts, for the console warning. */
  expected?: string;
  /** The part of the input that was refused, when naming all of it would hide it (a list with one bad tag). */
  refused?: string;
}

/** The value as text: null and undefined are empty, anything else goes through String(). */
export function asText(value: unknown): string {
  // An object a page assigns becomes "[object Object]" on purpose: it then fails validation and is warned about.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return value == null ? '' : String(value);
}

/** Empty input is simply "not set": only something typed and refused earns a warning. */
const refusedUnlessEmpty = <T>(raw: unknown, value: T, expected: string): Parsed<T> =>
  asText(raw).trim() ? { value, expected } : { value };

/** An absolute https:, http:, tel: or mailto: URL, normalised; '' when refused. */
export function parseBookingUrl(raw: unknown): Parsed<string> {
  const href = safeBookingUrl(asText(raw));
  return href ? { value: href } : refusedUnlessEmpty(raw, '', 'an absolute https:, http:, tel: or mailto: URL');
}

/** A phone number as the clinic writes it, trimmed; '' when it has no usable digits. */
export function parsePhone(raw: unknown): Parsed<string> {
  const text = asText(raw).trim();
  return telHref(text)
    ? { value: text }
    : refusedUnlessEmpty(raw, '', 'a phone number of 3 to 20 digits, optionally starting with +');
}

/** Plain text, trimmed and cut at CLINIC_NAME_MAX characters. */
export function parseClinicName(raw: unknown): Parsed<string> {
  const text = asText(raw);
  const value = text.trim().slice(0, CLINIC_NAME_MAX);
  return text.length > CLINIC_NAME_MAX ? { value, expected: `at most ${CLINIC_NAME_MAX} characters; the rest is cut` } : { value };
}

/** Longest address an email can have (RFC 5321's path limit, less the brackets). */
const EMAIL_MAX = 254;

/**
 * One plain address ("clinic@example.com"), trimmed: the widget writes it into a mailto: link itself, so a scheme, a
 * second address, spaces, control characters or the "?" and "&" that would start headers are refused, not repaired.
 */
export function parseClinicEmail(raw: unknown): Parsed<string> {
  const text = asText(raw).trim();
  return text.length <= EMAIL_MAX && /^[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(text)
    ? { value: text }
    : refusedUnlessEmpty(raw, '', 'one plain email address, like clinic@example.com');
}

/**
 * A local emergency number as it is dialled: 2 to 6 plain digits (999, 911, 112, 000, 15, 1669); '' for anything
 * else, so the urgent-care box keeps saying "your local emergency number" rather than show a number that may be wrong.
 */
export function parseEmergencyNumber(raw: unknown): Parsed<string> {
  const digits = asText(raw).trim();
  return /^[0-9]{2,6}$/.test(digits) ? { value: digits } : refusedUnlessEmpty(raw, '', 'an emergency number of 2 to 6 digits, such as 999, 911 or 112');
}

/** `_blank` (the default) or `_self`, in any case. */
export function parseBookingTarget(raw: unknown): Parsed<BookingTarget> {
  const target = asText(raw).trim().toLowerCase() || '_blank';
  if (target === '_blank' || target === '_self') return { value: target };
  return { value: '_blank', expected: '"_blank" or "_self"' };
}

/**
 * share-result fails closed: on only when present without a value, as "true" or as "share-result" (the usual
 * boolean-attribute forms), or as `true` from JavaScript. "false" and absent are off; anything else is off with a
 * warning, so a typo never shares a reader's answers.
 */
export function parseShareResult(raw: unknown): Parsed<boolean> {
  if (typeof raw === 'boolean') return { value: raw };
  if (raw == null) return { value: false };
  const word = asText(raw).trim().toLowerCase();
  if (word === '' || word === 'true' || word === 'share-result') return { value: true };
  if (word === 'false') return { value: false };
  return { value: false, expected: 'no value or "true" to share, "false" not to' };
}

/** A heading level 1–6 written as one digit (spaces allowed); 2 for anything else ("2.5", "0x3", "٣"). */
export function parseHeadingLevel(raw: unknown): Parsed<number> {
  const digits = asText(raw).trim();
  return /^[1-6]$/.test(digits) ? { value: Number(digits) } : refusedUnlessEmpty(raw, 2, 'a whole number from 1 to 6');
}

/** `light` (the default), `dark` or `auto`, in any case. */
export function parseTheme(raw: unknown): Parsed<Theme> {
  const theme = asText(raw).trim().toLowerCase() || 'light';
  return (THEMES as readonly string[]).includes(theme)
    ? { value: theme as Theme }
    : { value: 'light', expected: '"light", "dark" or "auto"' };
}

/**
 * Language tags separated by spaces or commas, each mapped to a shipped language and listed once, written back as
 * the shipped codes ("en-GB, fr" → "en fr"). One warning for the whole value, however many tags it refuses.
 */
export function parseLanguages(raw: unknown): Parsed<string> {
  const offered = new Set<Locale>();
  const refused: string[] = [];
  for (const tag of asText(raw).split(/[\s,]+/).filter(Boolean)) {
    const locale = matchLocale(tag);
    if (locale) offered.add(locale);
    else refused.push(tag);
  }
  const value = [...offered].join(' ');
  return refused.length ? { value, expected: `language tags from: ${LOCALES.join(' ')}`, refused: refused.join(' ') } : { value };
}

/** Every attribute the element observes, by property, with its parser. The element applies them in this order. */
export const ATTRIBUTE_PARSERS = {
  bookingUrl: { attribute: 'booking-url', parse: parseBookingUrl },
  phone: { attribute: 'phone', parse: parsePhone },
  emergencyNumber: { attribute: 'emergency-number', parse: parseEmergencyNumber },
  clinicName: { attribute: 'clinic-name', parse: parseClinicName },
  clinicEmail: { attribute: 'clinic-email', parse: parseClinicEmail },
  bookingTarget: { attribute: 'booking-target', parse: parseBookingTarget },
  shareResult: { attribute: 'share-result', parse: parseShareResult },
  headingLevel: { attribute: 'heading-level', parse: parseHeadingLevel },
  theme: { attribute: 'theme', parse: parseTheme },
  languages: { attribute: 'languages', parse: parseLanguages },
} as const;

export type ParsedOptions = { [P in keyof typeof ATTRIBUTE_PARSERS]: ReturnType<(typeof ATTRIBUTE_PARSERS)[P]['parse']>['value'] };
