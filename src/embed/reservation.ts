/**
 * The page's CSS while the module has not run: the widget's height is reserved so the page does not jump when it
 * appears. The height the widget first takes depends on its column (narrow columns wrap more) and its language
 * (German runs longer than Chinese), so the reservation follows both: a float's percentage padding resolves against
 * the width of the element it is in, the column's, whatever the viewport; and `:lang()` picks each language's values,
 * from the widget's `lang` or the page's. `display: flow-root` holds the float (and keeps the fallback heading's
 * margin inside the box, so nothing moves when the widget takes the fallback's place).
 *
 * If the module never comes (blocked, offline, a wrong address), the reservation is dropped after 4 s, leaving only
 * the fallback's words and link instead of a tall blank box: a 0 s animation is the one way CSS alone has to change a
 * value after a delay, and once the element is defined the rule no longer matches and the animation goes with it.
 */
import type { Locale } from '../i18n/locales.js';

/**
 * Each language's height in em as a function of the column's width w (in em): the larger of a floor (the widget at
 * its widest) and two falling lines a − b·w. Fitted by `npm run bench:reservation` over columns of 320–1000 px in
 * every shipped language (scripts/bench/reservation-heights.json; tests/embed.test.ts holds the two equal).
 */
export const RESERVATION_FITS: Record<Locale, { floor: number; lines: [a: number, b: number][] }> = {
  en: { floor: 112.1, lines: [[223.2, 3.094], [156.9, 1.08]] },
  es: { floor: 122, lines: [[279.1, 4.68], [244.6, 3.344]] },
  fr: { floor: 122, lines: [[293.2, 5.19], [233.5, 2.972]] },
  de: { floor: 123.5, lines: [[381.2, 8.496], [241.8, 3.014]] },
  'pt-BR': { floor: 119.2, lines: [[308.8, 5.638], [212.3, 2.245]] },
  'zh-Hans': { floor: 100.8, lines: [[228.4, 4.62], [166.2, 1.766]] },
  ar: { floor: 105.1, lines: [[220.3, 3.218], [156.7, 1.263]] },
  it: { floor: 120.6, lines: [[278.1, 4.62], [228.3, 2.915]] },
  nl: { floor: 118, lines: [[295.5, 5.475], [220, 2.673]] },
  pl: { floor: 119.2, lines: [[303.2, 5.82], [222.2, 2.624]] },
  ja: { floor: 113.4, lines: [[242.7, 3.761], [162.4, 1.163]] },
  ko: { floor: 110.8, lines: [[215.1, 2.933], [157.1, 1.19]] },
  'zh-Hant': { floor: 102.2, lines: [[176.1, 2.076], [128.6, 0.618]] },
  vi: { floor: 119.1, lines: [[265.3, 4.216], [164.4, 1.14]] },
  tl: { floor: 129.7, lines: [[369.4, 6.96], [302.3, 4.52]] },
  hi: { floor: 108.1, lines: [[213.9, 2.86], [152.8, 1.08]] },
  ur: { floor: 128.9, lines: [[278.7, 4.015], [154.3, 0.551]] },
  tr: { floor: 122.2, lines: [[440.6, 12], [260.5, 3.789]] },
};

/**
 * What :lang() matches a widget of that language by: its tag, or the primary subtag where the variant shipped serves
 * every region (pt for pt-BR and pt-PT alike; zh for every Chinese page but one written zh-Hant, whose rule comes later).
 */
export const LANG_MATCH: Record<Locale, string> = {
  ...(Object.fromEntries(Object.keys(RESERVATION_FITS).map((locale) => [locale, locale])) as Record<Locale, string>),
  'pt-BR': 'pt',
  'zh-Hans': 'zh',
};

const round = (value: number) => Math.round(value * 10) / 10;
const height = (locale: Locale) => {
  const { floor, lines } = RESERVATION_FITS[locale];
  return `max(${floor}em, ${lines.map(([a, b]) => `${a}em - ${round(b * 100)}%`).join(', ')})`;
};

/**
 * The reservation for a page whose widgets show `locales` (all of them when it cannot know: a page-decided language,
 * a picker). The first is the default for a widget whose language matches none of the others.
 */
export function reservationCss(locales: readonly Locale[] = Object.keys(RESERVATION_FITS) as Locale[], separator = ' '): string {
  const [first, ...others] = locales.length ? locales : (['en'] as Locale[]);
  return [
    'calf-check:not(:defined) { display: flow-root; }',
    `calf-check:not(:defined)::before { content: ""; float: left; padding-top: ${height(first)}; animation: calf-check-unreserve 0s 4s forwards; }`,
    ...others
      .filter((locale) => locale !== first)
      .map((locale) => `calf-check:not(:defined):lang(${LANG_MATCH[locale]})::before { padding-top: ${height(locale)}; }`),
    '@keyframes calf-check-unreserve { to { padding-top: 0; } }',
  ].join(separator);
}

/** Every language's reservation, English first: what README shows and a page with widgets of any language needs. */
export const RESERVATION_CSS = reservationCss();

/** The same, a rule a line, as README's Theming section shows it. */
export const RESERVATION_CSS_LINES = reservationCss(undefined, '\n');

/** The same rules without the spaces, for a page's inline style (the WordPress plugin's). */
export const minified = (css: string) => css.replace(/\s*([{}:;,])\s*/g, '$1').replace(/;}/g, '}');
export const RESERVATION_CSS_MINIFIED = minified(RESERVATION_CSS);
