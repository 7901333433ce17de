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
  en: { floor: 111.2, lines: [[235.1, 3.621], [193.1, 2.153]] },
  es: { floor: 121.1, lines: [[329.7, 6.96], [252.3, 3.6]] },
  fr: { floor: 122.7, lines: [[352.4, 7.77], [250, 3.48]] },
  de: { floor: 122.7, lines: [[374.9, 8.175], [244.5, 3.104]] },
  'pt-BR': { floor: 118.4, lines: [[304, 5.416], [211.8, 2.237]] },
  'zh-Hans': { floor: 99.9, lines: [[298.8, 8.095], [166.7, 1.807]] },
  ar: { floor: 104.2, lines: [[220.5, 3.25], [150.8, 1.13]] },
  it: { floor: 119.8, lines: [[277.5, 4.62], [220.2, 2.666]] },
  nl: { floor: 117.1, lines: [[317, 6.375], [220, 2.663]] },
  pl: { floor: 118.3, lines: [[327.3, 6.9], [210.5, 2.269]] },
  ja: { floor: 112.6, lines: [[247.8, 3.983], [163.3, 1.218]] },
  ko: { floor: 110, lines: [[214.3, 2.934], [156.2, 1.19]] },
  'zh-Hant': { floor: 101.3, lines: [[177.9, 2.138], [132.6, 0.749]] },
  vi: { floor: 118.3, lines: [[261.1, 4.05], [158.9, 1.003]] },
  tl: { floor: 128.8, lines: [[394.5, 8.154], [286.5, 4.024]] },
  hi: { floor: 107.3, lines: [[217.5, 2.989], [152.1, 1.085]] },
  ur: { floor: 128, lines: [[282.5, 4.136], [237.7, 2.755]] },
  tr: { floor: 121.4, lines: [[379.5, 8.82], [253.1, 3.565]] },
};

/**
 * What :lang() matches a widget of that language by: its tag, or the primary subtag where the variant shipped serves
 * every region (pt for pt-BR and pt-PT alike; zh for every Chinese page but one written zh-Hant, whose rule comes later).
 */
const LANG_MATCH: Record<Locale, string> = {
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
