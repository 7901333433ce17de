/**
 * The clinic's embed code, as a pure function of what it filled in: the configurator shows it, copies it and
 * previews it, and tests/configurator/main.test.ts loads it into a fresh page.
 */

import type { Theme } from '../../src/attributes.js';
import { telHref } from '../../src/safe-url.js';
import { escapeHtml, fallbackHtml as writeFallback } from '../../src/embed/fallback.js';
import { RESERVATION_CSS, reservationCss } from '../../src/embed/reservation.js';
import type { Locale } from '../../src/i18n/locales.js';

export { escapeHtml, RESERVATION_CSS };

/** Where a clinic's page loads the widget from: the npm package as jsDelivr serves it. */
export const SCRIPT_URL = 'https://cdn.jsdelivr.net/npm/calf-check@0.1.0/dist/calf-check.js';

/**
 * The built file a snippet needs (in dist/): for one fixed language and no picker, the file compiled in that language
 * alone (README, "One file per language"), else calf-check.js, which fetches each other language's words from
 * words/ beside itself when a widget shows it.
 */
export function scriptFile(config: Pick<WidgetConfig, 'lang' | 'languages'>): string {
  return config.lang && config.languages.length < 2 ? `calf-check.${config.lang}.js` : 'calf-check.js';
}

/** What the configurator's form holds once it is valid; empty strings mean "leave the widget's default". */
export interface WidgetConfig {
  bookingUrl: string;
  phone: string;
  clinicName: string;
  /** The one language the widget shows, or '' to follow the page (`lang` on `<html>`) and the browser. */
  lang: string;
  /** Languages offered in the widget's picker; fewer than two shows no picker. */
  languages: readonly string[];
  theme: Theme;
  /** `#rrggbb`, or '' for the widget's own colours. */
  accent: string;
  /** Text colour on the accent, chosen by the configurator for contrast; '' with no accent. */
  accentContrast: string;
  /** `#rrggbb` for the dark palette (Dark, and Automatic's dark half), or ''. */
  accentDark: string;
  accentDarkContrast: string;
  /** Adds the number of signs and the band to the booking link. */
  shareResult: boolean;
  bookingTarget: '_blank' | '_self';
  /** 1–6; the widget's default is 2. */
  headingLevel: number;
  /** An image address for the `logo` slot, or ''. */
  logo: string;
  /** The clinic's own short text for the `note` slot, or ''. */
  note: string;
  /** Digits the urgent-care box offers to call, or ''. */
  emergencyNumber: string;
  /** Where a reader may email their summary, or ''. */
  clinicEmail: string;
}

export const DEFAULT_CONFIG: WidgetConfig = {
  bookingUrl: '',
  phone: '',
  clinicName: '',
  lang: '',
  languages: [],
  theme: 'light',
  accent: '',
  accentContrast: '',
  accentDark: '',
  accentDarkContrast: '',
  shareResult: false,
  bookingTarget: '_blank',
  headingLevel: 2,
  logo: '',
  note: '',
  emergencyNumber: '',
  clinicEmail: '',
};

/**
 * The reservation the snippet carries: the starting language's own height first, then each language the picker offers;
 * with the language left to the page, every language's.
 */
export function snippetReservation(config: Pick<WidgetConfig, 'lang' | 'languages'>): string {
  if (!config.lang) return RESERVATION_CSS;
  return reservationCss([config.lang, ...config.languages] as Locale[]);
}

/** Only a web page can open in a new tab; tel: and mailto: hand over to another app. */
const opensNewTab = (config: WidgetConfig) => /^https?:/i.test(config.bookingUrl) && config.bookingTarget === '_blank';

/**
 * What a reader sees if the script is slow or never comes: the widget's heading, its introduction and the clinic's
 * booking or phone link, in plain light-DOM HTML the page styles (src/embed/fallback.ts, the structure the WordPress
 * plugin writes too). Once the element runs, its shadow root shows only the `logo` and `note` slots, so these
 * children are no longer rendered. With the language left automatic, the words are English and say so with `lang`.
 */
export function fallbackHtml(config: WidgetConfig): string[] {
  return writeFallback(config.lang as Locale | '', {
    bookingUrl: config.bookingUrl,
    newTab: opensNewTab(config),
    phone: config.phone,
    tel: telHref(config.phone) ?? '',
    clinicName: config.clinicName,
    headingLevel: config.headingLevel,
  });
}

/** The children the element shows in its slots: the clinic's logo and note. */
function slottedHtml(config: WidgetConfig): string[] {
  const children: string[] = [];
  // Sized here, not by the widget: a logo file of any size stays a logo-sized picture, and the clinic can change it.
  if (config.logo) {
    children.push(
      `<img slot="logo" src="${escapeHtml(config.logo)}" alt="${escapeHtml(config.clinicName)}" style="max-height: 3em; max-width: 100%;" />`,
    );
  }
  if (config.note) children.push(`<p slot="note">${escapeHtml(config.note)}</p>`);
  return children;
}

/** The brand colours as the widget's custom properties: the plain ones for light, the `-dark` ones for the dark palette. */
function brandStyle(config: WidgetConfig): string {
  const light = config.accent ? `--calf-check-accent: ${config.accent}; --calf-check-accent-contrast: ${config.accentContrast};` : '';
  const dark = config.accentDark
    ? `--calf-check-accent-dark: ${config.accentDark}; --calf-check-accent-contrast-dark: ${config.accentDarkContrast};`
    : '';
  return [light, dark].filter(Boolean).join(' ');
}

/** The `<calf-check>` tag with its fallback and slotted children; attributes in the README's order, defaults left out. */
export function widgetTag(config: WidgetConfig): string {
  const attributes: [string, string][] = [
    ['booking-url', config.bookingUrl],
    ['phone', config.phone],
    ['clinic-name', config.clinicName],
    ['clinic-email', config.clinicEmail],
    ['emergency-number', config.emergencyNumber],
    ['booking-target', config.bookingTarget === '_self' && config.bookingUrl ? '_self' : ''],
    ['share-result', config.shareResult && config.bookingUrl ? 'true' : ''],
    ['heading-level', config.headingLevel === 2 ? '' : String(config.headingLevel)],
    ['lang', config.lang],
    ['languages', config.languages.length > 1 ? config.languages.join(' ') : ''],
    ['theme', config.theme === 'light' ? '' : config.theme],
    ['style', brandStyle(config)],
  ];
  const set = attributes.filter(([, value]) => value.trim() !== '');
  const rendered = set.map(([name, value]) => `\n  ${name}="${escapeHtml(value.trim())}"`).join('');
  const children = [...fallbackHtml(config), ...slottedHtml(config)].map((child) => `\n  ${child}`).join('');
  return `<calf-check${rendered}${set.length ? '\n' : ''}>${children}\n</calf-check>`;
}

/**
 * Where calf-check.js at `scriptUrl` finds the words of a widget that starts in `config.lang`, for the browser to
 * fetch them alongside the module instead of after it; '' when there is nothing to fetch (English, a one-language
 * file, a language left to the page).
 */
export function wordsPreload(config: Pick<WidgetConfig, 'lang' | 'languages'>, scriptUrl: string): string {
  const ending = /calf-check\.js(?=[?#]|$)/;
  if (!config.lang || config.lang === 'en' || scriptFile(config) !== 'calf-check.js' || !ending.test(scriptUrl)) return '';
  return scriptUrl.replace(ending, `words/${config.lang}.js`).replace(/[?#].*$/, '');
}

/** The whole snippet: the module script (and the starting language's words), the reservation line, and the tag. */
export function snippet(config: WidgetConfig, scriptUrl = SCRIPT_URL): string {
  const words = wordsPreload(config, scriptUrl);
  return [
    `<script type="module" src="${escapeHtml(scriptUrl)}"></script>`,
    ...(words ? [`<link rel="modulepreload" href="${escapeHtml(words)}" />`] : []),
    `<style>${snippetReservation(config)}</style>`,
    widgetTag(config),
  ].join('\n');
}
