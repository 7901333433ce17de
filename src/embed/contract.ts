/**
 * What travels with the widget to the places that write its tag in another language: the shipped languages and which
 * read right to left, the reservation line, the palettes' backgrounds, the attributes the element reads and the
 * fallback's templates. The build writes it as JSON for the WordPress plugin (build/embed.json) and the benchmark.
 */
import { ATTRIBUTE_PARSERS } from '../attributes.js';
import { isRightToLeft, LOCALES } from '../i18n/locales.js';
import { fallbackTemplates } from './fallback.js';
import { BACKGROUNDS } from './palette.js';
import { RESERVATION_CSS, RESERVATION_CSS_MINIFIED } from './reservation.js';

export function embedContract() {
  return {
    locales: [...LOCALES],
    rightToLeft: LOCALES.filter(isRightToLeft),
    attributes: ['lang', ...Object.values(ATTRIBUTE_PARSERS).map(({ attribute }) => attribute)].sort(),
    reservationCss: RESERVATION_CSS,
    reservationCssMinified: RESERVATION_CSS_MINIFIED,
    backgrounds: BACKGROUNDS,
    fallback: fallbackTemplates(),
  };
}
