/**
 * The clinic's embed code, as a pure function of what it filled in: the configurator shows it, copies it and
 * previews it, and tests/configurator/main.test.ts loads it into a fresh page.
 */

import type { Theme } from '../../src/attributes.js';

/** Where a clinic's page loads the widget from: the npm package as jsDelivr serves it. */
export const SCRIPT_URL = 'https://cdn.jsdelivr.net/npm/calf-check@0.1.0/dist/calf-check.js';

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
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** Makes any text safe inside a double-quoted HTML attribute: it can neither close the quote nor open a tag. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (char) => ENTITIES[char]);
}

/** The `<calf-check>` tag alone, attributes in the README's order; defaults are left out. */
export function widgetTag(config: WidgetConfig): string {
  const attributes: [string, string][] = [
    ['booking-url', config.bookingUrl],
    ['phone', config.phone],
    ['clinic-name', config.clinicName],
    ['lang', config.lang],
    ['languages', config.languages.length > 1 ? config.languages.join(' ') : ''],
    ['theme', config.theme === 'light' ? '' : config.theme],
    [
      'style',
      config.accent ? `--calf-check-accent: ${config.accent}; --calf-check-accent-contrast: ${config.accentContrast};` : '',
    ],
  ];
  const set = attributes.filter(([, value]) => value.trim() !== '');
  const rendered = set.map(([name, value]) => `\n  ${name}="${escapeAttribute(value.trim())}"`).join('');
  return `<calf-check${rendered}${set.length ? '\n' : ''}></calf-check>`;
}

/** The whole snippet: the module script, the no-layout-shift line from the README, and the tag. */
export function snippet(config: WidgetConfig, scriptUrl = SCRIPT_URL): string {
  return [
    `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`,
    '<style>calf-check:not(:defined) { display: block; min-height: 88em; }</style>',
    widgetTag(config),
  ].join('\n');
}
