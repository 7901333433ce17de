import { CLINIC_NAME_MAX, THEMES, parseHeadingLevel, type Theme } from '../../src/attributes.js';
import { safeBookingUrl, telHref } from '../../src/safe-url.js';
import { contrastRatio, type Rgba } from './contrast.js';
import { SCRIPT_URL, type WidgetConfig } from './snippet.js';

/** The form's fields as typed, before any checking. */
export interface FormValues {
  bookingUrl: string;
  phone: string;
  clinicName: string;
  lang: string;
  languages: readonly string[];
  theme: string;
  accent: string;
  /** 'on' when ticked. */
  shareResult: string;
  bookingTarget: string;
  headingLevel: string;
  logo: string;
  note: string;
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

/** The backgrounds the shipped themes paint (src/styles.ts), which a brand colour must stand out from. */
const BACKGROUNDS: Record<Theme, { name: string; rgba: Rgba }[]> = {
  light: [{ name: 'white', rgba: [255, 255, 255, 1] }],
  dark: [{ name: 'dark', rgba: [0x16, 0x1b, 0x1f, 1] }],
  auto: [
    { name: 'white', rgba: [255, 255, 255, 1] },
    { name: 'dark', rgba: [0x16, 0x1b, 0x1f, 1] },
  ],
};
const WHITE: Rgba = [255, 255, 255, 1];
const INK: Rgba = [0x11, 0x11, 0x11, 1];

/**
 * The widget writes no text in the accent colour: it paints graphics with it (the booking button, ticked boxes, the
 * heading mark, the result bar, the picture's arrow, the focus ring), and WCAG AA asks 3:1 of graphics (1.4.11).
 */
const ACCENT_MIN_CONTRAST = 3;
/** The booking button's text, written on the accent in textOn's colour, is text: AA's 4.5:1. */
const BUTTON_TEXT_MIN_CONTRAST = 4.5;

/** What parseHex accepts, said for a clinic. */
const HEX_HINT = 'Enter a colour code of 6 or 3 hex digits, e.g. #1d5fa8 or #15a (the # is optional), or pick one.';

/** `#abc` or `#aabbcc`, the `#` optional → RGBA, else null. */
export function parseHex(value: string): Rgba | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(1) as Rgba;
}

/** White or near-black, whichever reads better on the accent: the booking button's text and the tick. */
export function textOn(accent: Rgba): string {
  return contrastRatio(WHITE, accent) >= contrastRatio(INK, accent) ? '#ffffff' : '#111111';
}

/** A ratio to one decimal, rounded down: 2.97 must not read "3.0" next to "needs 3:1". */
const ratioText = (ratio: number) => (Math.floor(ratio * 10) / 10).toFixed(1);

/** Why `accent` (null: not a colour code) cannot be the brand colour on `theme`'s background(s); undefined when it can. */
function accentError(accent: Rgba | null, theme: Theme): string | undefined {
  if (!accent) return HEX_HINT;
  const backgrounds = BACKGROUNDS[theme];
  const weak = backgrounds.find((bg) => contrastRatio(accent, bg.rgba) < ACCENT_MIN_CONTRAST);
  if (weak) {
    const ratio = ratioText(contrastRatio(accent, weak.rgba));
    const why = `The colour needs to stand out from the background (${ACCENT_MIN_CONTRAST}:1) so the button, ticks and arrow are easy to see.`;
    const direction = weak.name === 'white' ? 'darker' : 'lighter';
    // A colour too faint on one of white and dark always clears the other, so a mid-tone between them works.
    if (backgrounds.length > 1) {
      return `With the Automatic theme the background switches between white and dark, and this colour is too faint on the ${weak.name} one (${ratio}:1). ${why} Pick a ${direction} one that stays clear of both (a mid-tone such as #3c8dbc), choose Light or Dark above, or leave this empty.`;
    }
    return `This colour is too faint on the ${weak.name} background (${ratio}:1). ${why} Pick a ${direction} one.`;
  }
  const buttonText = contrastRatio(parseHex(textOn(accent))!, accent);
  if (buttonText < BUTTON_TEXT_MIN_CONTRAST) {
    return `Neither white nor dark text is easy to read on this colour (${ratioText(buttonText)}:1 at best), and the booking button's text needs ${BUTTON_TEXT_MIN_CONTRAST}:1. Pick one a little darker or lighter.`;
  }
  return undefined;
}

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
  let accent = '';
  let accentContrast = '';
  const accentText = values.accent.trim();
  if (accentText) {
    const rgba = parseHex(accentText);
    const error = accentError(rgba, theme);
    if (error) errors.accent = error;
    else if (rgba) {
      accent = `#${[0, 1, 2].map((i) => rgba[i].toString(16).padStart(2, '0')).join('')}`;
      accentContrast = textOn(rgba);
    }
  }
  const logo = values.logo.trim();
  if (logo && !webAddress(logo)) {
    suggestHttps('logo', logo, 'Paste the full address of your logo image, starting with https://.');
  }
  let scriptUrl = SCRIPT_URL;
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
      accent,
      accentContrast,
      shareResult: values.shareResult === 'on',
      bookingTarget: values.bookingTarget === '_self' ? '_self' : '_blank',
      headingLevel: parseHeadingLevel(values.headingLevel).value,
      logo: errors.logo ? '' : logo,
      note: values.note.trim(),
    },
    scriptUrl,
    errors,
    suggestions,
  };
}
