/**
 * The fonts that the tests measuring layout, and `npm run bench:reservation`, set on their pages. A page that says
 * `serif` gets whatever the machine resolves it to, and that changes with what is installed: with Debian's
 * fonts-liberation (which `apt-get install chromium` recommends), Chromium's serif becomes Liberation Serif, whose
 * letters are a fifth narrower than DejaVu Serif's, and the widget in a 700 px column is 6.5 % shorter; with
 * fonts-noto-core, Firefox's and WebKit's serif becomes Noto Serif (2.8 and 1.4 % shorter). A family named here is used wherever it is
 * installed, whatever else is.
 *
 * DejaVu Serif sets the Latin text (a serif, like the blog posts the widget sits in), DejaVu Sans the Arabic and Urdu,
 * which DejaVu Serif lacks, WenQuanYi Micro Hei the Chinese, Japanese and Korean, which neither has, and Lohit
 * Devanagari the Hindi (without it each engine falls back to a different font, or to boxes). `.ci/run` installs
 * their packages.
 */
export const TEST_FONT_FAMILIES = [
  { family: 'DejaVu Serif', package: 'fonts-dejavu-core' },
  { family: 'DejaVu Sans', package: 'fonts-dejavu-core' },
  { family: 'WenQuanYi Micro Hei', package: 'fonts-wqy-microhei' },
  { family: 'Lohit Devanagari', package: 'fonts-lohit-deva' },
];

/** The `font-family` value: the families above, in order, each quoted. */
export const TEST_FONT = TEST_FONT_FAMILIES.map(({ family }) => `"${family}"`).join(', ');

/**
 * The families of TEST_FONT_FAMILIES that the browser running it does not have, with their packages. Runs in the
 * page (a browser test, or puppeteer's evaluate: hence self-contained). A family is installed when Latin letters in
 * it measure the same whether `monospace` or `serif` follows it (each of the three has Latin letters); a missing one
 * falls through to two different fonts.
 * @param {{ family: string, package: string }[]} families
 * @returns {{ family: string, package: string }[]}
 */
export function missingFonts(families) {
  const context = document.createElement('canvas').getContext('2d');
  const width = (font) => {
    context.font = `40px ${font}`;
    return context.measureText('Hamburgefonstiv 0123456789').width;
  };
  return families.filter(({ family }) => width(`"${family}", monospace`) !== width(`"${family}", serif`));
}
