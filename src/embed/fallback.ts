/**
 * The one structure of the fallback a `<calf-check>` carries for a reader whose browser never runs the script: the
 * widget's heading, its introduction and the clinic's booking or phone link, in the widget's language (`lang`, and
 * `dir="rtl"` for a right-to-left one), the phone number isolated left to right so its groups keep their order. The
 * configurator writes it with a clinic's values; the build writes it with stand-ins ({clinic}, {phone}, {href},
 * {target}, {tel}, {level}, {content}) for the WordPress plugin, which puts its escaped values in their place.
 */
import { isRightToLeft, LOCALES, type Locale } from '../i18n/locales.js';
import { fallbackText } from './fallback-words.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** Makes any text safe as an element's text or inside a double-quoted attribute: it can neither close the quote nor open a tag. */
export function escapeHtml(value: string): string {
  return value.replace(/[&"<>]/g, (char) => ENTITIES[char]);
}

/** The attribute that opens a web page in a new tab, for a booking link that should. */
export const NEW_TAB = ' target="_blank" rel="noopener"';

export interface FallbackParts {
  heading: (level: number | string) => string;
  lead: string;
  /** The booking link; `target` is '' or NEW_TAB. */
  book: (href: string, target: string) => string;
  /** The phone link to `tel` (a tel: address). */
  call: (tel: string) => string;
  /** What to say with neither a booking link nor a phone. */
  noBooking: string;
  /** The paragraph that holds the links, or noBooking. */
  line: (content: string) => string;
}

/**
 * The fallback's pieces for a widget showing `locale` ('' when the page decides: then English, and said to be), with
 * the clinic's name and phone as they should appear (escaped here).
 */
export function fallbackParts(locale: Locale | '', clinicName: string, phone: string): FallbackParts {
  const words = fallbackText(locale, clinicName, phone);
  const shown = locale || 'en';
  const attributes = ` lang="${shown}"${isRightToLeft(shown) ? ' dir="rtl"' : ''}`;
  const number = escapeHtml(phone);
  return {
    heading: (level) => `<h${level}${attributes}>${escapeHtml(words.heading)}</h${level}>`,
    lead: `<p${attributes}>${escapeHtml(words.lead)}</p>`,
    book: (href, target) => `<a href="${escapeHtml(href)}"${target}>${escapeHtml(words.book)}</a>`,
    call: (tel) => `<a href="${escapeHtml(tel)}">${escapeHtml(words.call).replace(number, `<bdi dir="ltr">${number}</bdi>`)}</a>`,
    noBooking: escapeHtml(words.noBooking),
    line: (content) => `<p${attributes}>${content}</p>`,
  };
}

export interface FallbackValues {
  /** An already validated booking address, or ''. */
  bookingUrl: string;
  newTab: boolean;
  /** The phone as the clinic wrote it, and its tel: address ('' when there is none). */
  phone: string;
  tel: string;
  clinicName: string;
  headingLevel: number;
}

/** The fallback's three elements, in order. */
export function fallbackHtml(locale: Locale | '', values: FallbackValues): string[] {
  const parts = fallbackParts(locale, values.clinicName, values.phone);
  const links = [
    ...(values.bookingUrl ? [parts.book(values.bookingUrl, values.newTab ? NEW_TAB : '')] : []),
    ...(values.tel ? [parts.call(values.tel)] : []),
  ];
  return [parts.heading(values.headingLevel), parts.lead, parts.line(links.length ? links.join(' · ') : parts.noBooking)];
}

/** Stand-ins the WordPress plugin replaces with its escaped values. */
const CLINIC = '{clinic}';
const PHONE = '{phone}';

/**
 * The fallback's pieces in every shipped language as templates, for a writer in another language (the WordPress
 * plugin): `…At` with the clinic's name, the others without. Fails if a translation lost a stand-in.
 */
export function fallbackTemplates() {
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const plain = fallbackParts(locale, '', '');
      const named = fallbackParts(locale, CLINIC, PHONE);
      const templates = {
        heading: plain.heading('{level}'),
        lead: plain.lead,
        book: plain.book('{href}', '{target}'),
        bookAt: named.book('{href}', '{target}'),
        call: named.call('{tel}'),
        noBooking: plain.noBooking,
        noBookingAt: named.noBooking,
        line: plain.line('{content}'),
      };
      for (const [key, stand] of [['bookAt', CLINIC], ['noBookingAt', CLINIC], ['call', `<bdi dir="ltr">${PHONE}</bdi>`]] as const) {
        if (!templates[key].includes(stand)) throw new Error(`${locale}: the fallback's ${key} lost ${stand}: ${templates[key]}`);
      }
      return [locale, templates];
    }),
  );
}
