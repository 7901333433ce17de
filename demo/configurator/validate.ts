import { CLINIC_NAME_MAX, THEMES, parseClinicEmail, parseEmergencyNumber, parseHeadingLevel, type Theme } from '../../src/attributes.js';
import { safeBookingUrl, telHref } from '../../src/safe-url.js';
import { accentError, nearestPassing, parseHex, textOn, toHex, type Background } from './brand-colour.js';
import { SCRIPT_URL, scriptFile, type WidgetConfig } from './snippet.js';

/** The form's fields as typed, before any checking. */
export interface FormValues {
  bookingUrl: string;
  phone: string;
  clinicName: string;
  lang: string;
  languages: readonly string[];
  theme: string;
  /** The brand colour on light backgrounds (the Light theme, and Automatic's light half). */
  accent: string;
  /** The brand colour on dark backgrounds (the Dark theme, and Automatic's dark half). */
  accentDark: string;
  /** 'on' when ticked. */
  shareResult: string;
  bookingTarget: string;
  headingLevel: string;
  logo: string;
  note: string;
  emergencyNumber: string;
  clinicEmail: string;
  /** 'cdn' or 'self'. */
  hosting: string;
  /** Where the clinic put the file, with 'self'. */
  scriptUrl: string;
}

export type Field = keyof FormValues;

/** What the configurator shows next to each field it refuses, in words a clinic understands. */
export type FieldErrors = Partial<Record<Field, string>>;

/** A value the configurator offers to put in a field with one click, e.g. the address with https:// added. */
export type FieldSuggestions = Partial<Record<Field, string>>;

/** The self-hosted file's address when the clinic leaves it empty: the file at the root of its own site. */
export const DEFAULT_SELF_URL = '/calf-check.js';

/**
 * The address with `https://` in front, when what was typed looks like a web address that only lacks its scheme
 * ("clinic.example/book", "www.clinic.example"); else undefined.
 */
export function withHttps(typed: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(typed) || typed.startsWith('/')) return undefined;
  const href = safeBookingUrl(`https://${typed}`);
  return href && new URL(href).hostname.includes('.') ? href : undefined;
}

/** A web address (https: or http:) the widget would take, normalised; else null. */
const webAddress = (typed: string) => {
  const href = safeBookingUrl(typed);
  return href && /^https?:/.test(href) ? href : null;
};

/**
 * Checks the form with the widget's own rules (the same safeBookingUrl and telHref it uses) and returns the
 * config to turn into a snippet, plus an explanation for each field it refused. A refused field is left out.
 */
export function validate(
  values: FormValues,
  locales: readonly string[],
): { config: WidgetConfig; scriptUrl: string; errors: FieldErrors; suggestions: FieldSuggestions } {
  const errors: FieldErrors = {};
  const suggestions: FieldSuggestions = {};
  /** Refuses a scheme-less address with "did you mean https://…?", which the page offers as a one-click fix. */
  const suggestHttps = (field: Field, typed: string, otherwise: string) => {
    const fixed = withHttps(typed);
    if (fixed) suggestions[field] = fixed;
    errors[field] = fixed ? `Did you mean ${fixed}? Addresses start with https://.` : otherwise;
  };
  const bookingUrl = values.bookingUrl.trim();
  if (bookingUrl && !safeBookingUrl(bookingUrl)) {
    if (/^\s*(javascript|data|vbscript|file):/i.test(bookingUrl)) {
      errors.bookingUrl = 'This kind of link cannot be used for booking. Paste the address of your booking page, starting with https://.';
    } else {
      suggestHttps('bookingUrl', bookingUrl, 'Paste the full address of your booking page, starting with https:// (or a tel: or mailto: link).');
    }
  }
  const phone = values.phone.trim();
  if (phone && !telHref(phone)) errors.phone = 'Enter a phone number of 3 to 20 digits; it may start with +.';
  const clinicName = values.clinicName.trim();
  if (clinicName.length > CLINIC_NAME_MAX) errors.clinicName = `Keep the name to ${CLINIC_NAME_MAX} characters or fewer.`;
  const lang = locales.includes(values.lang) ? values.lang : '';
  const languages = values.languages.filter((tag) => locales.includes(tag));
  if (lang && languages.length > 1 && !languages.includes(lang)) {
    errors.languages = 'Include the language the widget starts in, or offer no picker.';
  }
  const theme = (THEMES as readonly string[]).includes(values.theme) ? (values.theme as Theme) : 'light';
  /** A brand colour field: refused with a reason (and the nearest shade that works), or taken with its text colour. */
  const brandColour = (field: 'accent' | 'accentDark', typed: string, backgrounds: readonly Background[]) => {
    if (!typed) return { colour: '', onColour: '' };
    const rgba = parseHex(typed);
    const error = accentError(rgba, backgrounds);
    if (!error) return { colour: toHex(rgba!), onColour: textOn(rgba!) };
    const nearest = rgba && nearestPassing(rgba, backgrounds);
    errors[field] = nearest ? `${error} The nearest shade that works is ${nearest}.` : error;
    if (nearest) suggestions[field] = nearest;
    return { colour: '', onColour: '' };
  };
  // Each theme shows the fields it uses; Automatic uses both, and without a dark one the light one serves both halves.
  const darkTyped = theme === 'light' ? '' : values.accentDark.trim();
  const light = brandColour('accent', theme === 'dark' ? '' : values.accent.trim(), theme === 'auto' && !darkTyped ? ['white', 'dark'] : ['white']);
  const dark = brandColour('accentDark', darkTyped, ['dark']);
  // The widget's own parsers: what they take, the configurator takes.
  const emergency = parseEmergencyNumber(values.emergencyNumber);
  if (emergency.expected) errors.emergencyNumber = 'Enter the number as it is dialled, 2 to 6 digits, such as 999, 911, 112 or 000.';
  const email = parseClinicEmail(values.clinicEmail);
  if (email.expected) {
    errors.clinicEmail = /^mailto:/i.test(values.clinicEmail.trim())
      ? 'Leave out "mailto:": type the address alone, like desk@yourclinic.example.'
      : 'Enter one email address, like desk@yourclinic.example.';
  }
  const logo = values.logo.trim();
  if (logo && !webAddress(logo)) {
    suggestHttps('logo', logo, 'Paste the full address of your logo image, starting with https://.');
  }
  let scriptUrl = SCRIPT_URL.replace(/calf-check\.js$/, scriptFile({ lang, languages: errors.languages ? [] : languages }));
  if (values.hosting === 'self') {
    const typed = values.scriptUrl.trim() || DEFAULT_SELF_URL;
    // A path from the site's root ("/js/calf-check.js") works on the clinic's own pages; "//host" is another site.
    if (/^\/(?!\/)/.test(typed) || webAddress(typed)) scriptUrl = typed;
    else if (/^[\w.-]+\.m?js$/.test(typed)) {
      // A file name alone would be looked for next to each page; from the site's root it is found from every page.
      suggestions.scriptUrl = `/${typed}`;
      errors.scriptUrl = `Did you mean /${typed}, the file in the top folder of your site?`;
    } else suggestHttps('scriptUrl', typed, 'Enter the address of the file on your site: https://… or a path such as /calf-check.js.');
  }
  return {
    config: {
      bookingUrl: errors.bookingUrl ? '' : bookingUrl,
      phone: errors.phone ? '' : phone,
      clinicName: errors.clinicName ? '' : clinicName,
      lang,
      languages: errors.languages ? [] : languages,
      theme,
      accent: light.colour,
      accentContrast: light.onColour,
      accentDark: dark.colour,
      accentDarkContrast: dark.onColour,
      shareResult: values.shareResult === 'on',
      bookingTarget: values.bookingTarget === '_self' ? '_self' : '_blank',
      headingLevel: parseHeadingLevel(values.headingLevel).value,
      logo: errors.logo ? '' : logo,
      note: values.note.trim(),
      emergencyNumber: emergency.value,
      clinicEmail: email.value,
    },
    scriptUrl,
    errors,
    suggestions,
  };
}
