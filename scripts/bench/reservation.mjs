// `npm run bench:reservation`: how tall the widget is when it first appears, in every shipped language and column
// width, and how far the post under it moves when it replaces the space the snippet's CSS reserved: with the
// reservation line clinics paste today, and with two proposals fitted to the heights measured here. Headless Chromium
// (Debian's), the page's text at 16px in the tests' named fonts (tests/infra/layout-fonts.mjs). Prints markdown tables,
// writes the heights to scripts/bench/reservation-heights.json; asserts nothing.
//
// RESERVATION_STEP (px, default 20) sets the step between column widths, from 320 to 1000 px.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { TEST_FONT, TEST_FONT_FAMILIES, missingFonts } from '../../tests/infra/layout-fonts.mjs';
import { launchChromium } from './browser.mjs';
import { startServer } from './server.mjs';

const STEP = Number(process.env.RESERVATION_STEP ?? 20);
const WIDTHS = [];
for (let width = 320; width <= 1000; width += STEP) WIDTHS.push(width);
const { sourceLocale, targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const LANGUAGES = [sourceLocale, ...targetLocales];
const FONT_SIZE = 16;
/** A full-width column's page padding on each side: the viewport is the column plus twice this. */
const PAGE_PADDING = 16;
/** Within this share of the widget's height, the post under it barely moves: the goal, and the tests' tolerance. */
const GOAL = 0.05;
const OUT = 'scripts/bench/reservation-heights.json';

/*
 * The clinic's tag exactly as the configurator writes it (demo/configurator/snippet.ts, bundled for Node), with the
 * README snippet's attributes and the starting language set, so the fallback inside it is in that language; and the
 * reservation line the configurator writes today.
 */
const bundled = async (entryPoint) => {
  const { outputFiles } = await build({ entryPoints: [entryPoint], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  return import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);
};
const { DEFAULT_CONFIG, RESERVATION_CSS, widgetTag } = await bundled('demo/configurator/snippet.ts');
/** What :lang() the reservation picks each language by, as the shipped reservation does. */
const { LANG_MATCH } = await bundled('src/embed/reservation.ts');
const tag = (lang) => widgetTag({ ...DEFAULT_CONFIG, bookingUrl: 'https://clinic.example/book', clinicName: 'Stride Physio', lang });

/**
 * A post with the widget in a column: `#column` is the full width less PAGE_PADDING each side, or, with the class
 * `fixed`, the width its style says, centred. Scrollbars overlay the page as on a phone, so a column of the viewport's
 * width less the padding is exactly that wide. The reservation's 4 s drop is paused: it measures the reservation.
 */
function post(lang, { css = '', script = '' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>html{scrollbar-width:none}body{margin:0;font:${FONT_SIZE}px/1.5 ${TEST_FONT}}#column{margin:0 ${PAGE_PADDING}px}#column.fixed{margin:0 auto}
${css}calf-check:not(:defined),calf-check:not(:defined)::before{animation-play-state:paused!important}</style>
${script ? `<script type="module" src="${script}"></script>` : ''}</head>
<body><p>A post about back pain.</p><div id="column">${tag(lang)}</div><p>Rest of the post</p></body></html>`;
}

const server = await startServer(process.cwd());
const browser = await launchChromium();
const round = (value, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

/** Runs in the page: the widget's (or the reserved box's) height at each column width, after two frames. */
async function heightsAt(columns) {
  const column = document.getElementById('column');
  const element = document.querySelector('calf-check');
  await element.updateComplete;
  const heights = [];
  for (const { width } of columns) {
    column.className = width ? 'fixed' : '';
    column.style.width = width ? `${width}px` : '';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    heights.push(element.getBoundingClientRect().height);
  }
  return heights;
}

let pageCount = 0;
async function open(name, html, viewport = { width: 1200, height: 900 }) {
  // A path of its own for each page: the server keeps each path's compressed body.
  const path = `/${name}-${++pageCount}.html`;
  server.pages.set(path, html);
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return page;
}

/** The widget's height when it first appears (sections closed), per language, at each of WIDTHS. */
async function widgetHeights() {
  const heights = {};
  for (const lang of LANGUAGES) {
    const page = await open(`widget-${lang}`, post(lang, { script: `/dist/calf-check.${lang}.js` }));
    await page.waitForFunction(() => document.querySelector('calf-check')?.shadowRoot?.querySelector('[part~="cta"]'));
    heights[lang] = (await page.evaluate(heightsAt, WIDTHS.map((width) => ({ width })))).map((px) => round(px));
    await page.close();
  }
  return heights;
}

/**
 * The layouts a reservation is measured in: a full-width column of each of WIDTHS (the viewport that plus the page's
 * padding), a blog's 700 px column in wider viewports, and a 320 px sidebar or card in a desktop viewport.
 */
const LAYOUTS = [
  ...WIDTHS.map((width) => ({ name: `full ${width}`, column: width, viewport: width + 2 * PAGE_PADDING, fixed: false })),
  ...[1024, 1280, 1920].map((viewport) => ({ name: `blog 700 in ${viewport}`, column: 700, viewport, fixed: true })),
  { name: 'sidebar 320 in 1280', column: 320, viewport: 1280, fixed: true },
];

/** The reserved box's height, before the module runs, under `cssFor(lang)` in each layout. */
async function reservedHeights(cssFor) {
  const reserved = {};
  for (const lang of LANGUAGES) {
    const page = await open(`reserved-${lang}`, post(lang, { css: cssFor(lang) }));
    reserved[lang] = [];
    for (const layout of LAYOUTS) {
      await page.setViewport({ width: layout.viewport, height: 900 });
      const [px] = await page.evaluate(heightsAt, [{ width: layout.fixed ? layout.column : 0 }]);
      reserved[lang].push(round(px));
    }
    await page.close();
  }
  return reserved;
}

/*
 * Fitting. Heights and widths in em (the page's font size): the widget's text wraps by the width in em, so a fit in
 * em holds at any font size. A reservation is max(C, a1 − b1·w, …): a floor for wide columns, where the widget stops
 * growing at its 42rem max-width, and falling lines for narrower ones, fitted to the smallest worst relative error.
 */
const reservationAt = ({ floor, lines }, w) => Math.max(floor, ...lines.map(({ a, b }) => a - b * w));
const worstError = (fit, ws, hs) => Math.max(...ws.map((w, i) => Math.abs(reservationAt(fit, w) - hs[i]) / hs[i]));

function fitLines(ws, hs, count) {
  // The floor is the widest column's height, exactly: a blog's column, the commonest place, then does not move at all.
  const floor = round(hs.at(-1));
  const toFit = (p) => ({ floor, lines: Array.from({ length: count }, (_, i) => ({ a: p[2 * i], b: p[2 * i + 1] })) });
  const cost = (p) => worstError(toFit(p), ws, hs);
  const last = hs.length - 1;
  // Starts: each line through two measured points, the first one from the narrowest width.
  const through = (i, j) => {
    const b = (hs[i] - hs[j]) / (ws[j] - ws[i]);
    return [hs[i] + b * ws[i], b];
  };
  const starts = [];
  for (let j = 1; j < last; j++) {
    if (count === 1) starts.push(through(0, j));
    else for (let k = j + 1; k < last; k++) starts.push([...through(0, j), ...through(j, k)]);
  }
  let best = { p: starts[0], cost: Infinity };
  for (const start of starts) {
    // Pattern search: step each parameter up and down, halve the steps when nothing improves.
    let p = [...start];
    let value = cost(p);
    let steps = p.map((_, i) => (i % 2 === 0 ? 2 : 0.05));
    while (steps[0] > 1e-3) {
      let improved = false;
      for (let i = 0; i < p.length; i++) {
        for (const sign of [1, -1]) {
          const q = [...p];
          q[i] += sign * steps[i];
          const c = cost(q);
          if (c < value) [p, value, improved] = [q, c, true];
        }
      }
      if (!improved) steps = steps.map((step) => step / 2);
    }
    if (value < best.cost) best = { p, cost: value };
  }
  // What the CSS will say: em to 0.1, the slope as a percentage (or vw) to 0.1; a line never above the floor goes.
  const lines = toFit(best.p)
    .lines.map(({ a, b }) => ({ a: round(a), b: round(b, 3) }))
    .filter(({ a, b }) => ws.some((w) => a - b * w > floor));
  return { floor, lines };
}

const num = (value) => String(round(value, 2));
/** `max(Cem, A1em - X1unit, …)`, where X% of a width w px is (X/100)·w: b em per em is 100·b % of the width. */
const cssMax = ({ floor, lines }, unit) => `max(${num(floor)}em${lines.map(({ a, b }) => `,${num(a)}em - ${num(b * 100)}${unit}`).join('')})`;

/** Column-relative: a float's percentage padding follows the width of the element it is in, the column's. */
const columnCss = (fit) =>
  `calf-check:not(:defined){display:flow-root}calf-check:not(:defined)::before{content:"";float:left;padding-top:${cssMax(fit, '%')};` +
  'animation:calf-check-unreserve 0s 4s forwards}@keyframes calf-check-unreserve{to{padding-top:0}}';
/** Viewport-relative: the element's own min-height, in vw (what a media query would follow too). */
const viewportCss = (fit) =>
  `calf-check:not(:defined){display:flow-root;min-height:${cssMax(fit, 'vw')};animation:calf-check-unreserve 0s 4s forwards}` +
  '@keyframes calf-check-unreserve{to{min-height:0}}';

/** The proposal for a page whose widgets may show any language: English's values, each other language's by :lang(). */
/** As src/embed/reservation.ts matches them: by tag, Portuguese and Simplified Chinese by their primary subtag. */
function allLanguagesCss(fits) {
  const rules = LANGUAGES.filter((lang) => lang !== 'en').map(
    (lang) => `calf-check:not(:defined):lang(${LANG_MATCH[lang]})::before{padding-top:${cssMax(fits[lang], '%')}}`,
  );
  return columnCss(fits.en).replace('@keyframes', `${rules.join('')}@keyframes`);
}

// ---------------------------------------------------------------------------------------------------------------

const check = await browser.newPage();
const missing = await check.evaluate(missingFonts, TEST_FONT_FAMILIES);
await check.close();
if (missing.length) {
  console.error(`Fonts not installed: ${missing.map((f) => f.family).join(', ')} (Debian: apt-get install ${[...new Set(missing.map((f) => f.package))].join(' ')})`);
  await browser.close();
  await server.close();
  process.exit(1);
}

try {
  console.log(`Chromium ${await browser.version()}; text ${FONT_SIZE}px in ${TEST_FONT}; README's attributes (booking-url, clinic-name).\n`);
  const heights = await widgetHeights();
  const ems = (lang) => heights[lang].map((px) => px / FONT_SIZE);
  const wsColumn = WIDTHS.map((width) => width / FONT_SIZE);
  const wsViewport = WIDTHS.map((width) => (width + 2 * PAGE_PADDING) / FONT_SIZE);

  const fits = { column: {}, viewport: {} };
  for (const lang of LANGUAGES) {
    // Two lines: one for the narrow columns, where the text wraps most, one up to the widget's max-width.
    fits.column[lang] = fitLines(wsColumn, ems(lang), 2);
    fits.viewport[lang] = fitLines(wsViewport, ems(lang), 2);
  }

  const proposals = {
    "today's line (the configurator's)": () => RESERVATION_CSS,
    'column (float, % padding)': (lang) => columnCss(fits.column[lang]),
    'viewport (min-height in vw)': (lang) => viewportCss(fits.viewport[lang]),
    'column, all languages in one rule set (:lang())': () => allLanguagesCss(fits.column),
  };
  const reserved = {};
  for (const [name, cssFor] of Object.entries(proposals)) reserved[name] = await reservedHeights(cssFor);

  const actualIn = (lang, layout) => heights[lang][WIDTHS.indexOf(layout.column)];
  const moves = (name) =>
    Object.fromEntries(
      LANGUAGES.map((lang) => [lang, LAYOUTS.map((layout, i) => ({ px: reserved[name][lang][i] - actualIn(lang, layout), of: actualIn(lang, layout) }))]),
    );

  // Tables.
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const header = (first) => [row([first, ...LANGUAGES]), row([first.replace(/./g, '-').slice(0, 3), ...LANGUAGES.map(() => '---:')])].join('\n');
  console.log(`## The widget's height as it first appears (px / em at ${FONT_SIZE}px)\n`);
  console.log(header('column'));
  WIDTHS.forEach((width, i) =>
    console.log(row([`${width} px`, ...LANGUAGES.map((lang) => `${Math.round(heights[lang][i])} / ${(heights[lang][i] / FONT_SIZE).toFixed(1)}`)])),
  );

  const summary = {};
  for (const name of Object.keys(proposals)) {
    const table = moves(name);
    console.log(`\n## Move of the post below when the widget appears (reserved − actual, px and % of the widget): ${name}\n`);
    console.log(header('layout'));
    LAYOUTS.forEach((layout, i) =>
      console.log(
        row([
          layout.name,
          ...LANGUAGES.map((lang) => {
            const { px, of } = table[lang][i];
            const share = px / of;
            return `${px > 0 ? '+' : ''}${Math.round(px)} (${(share * 100).toFixed(1)} %)${Math.abs(share) > GOAL ? ' ✗' : ''}`;
          }),
        ]),
      ),
    );
    const worst = (filter) =>
      Math.max(...LANGUAGES.flatMap((lang) => LAYOUTS.map((layout, i) => (filter(layout) ? Math.abs(table[lang][i].px / table[lang][i].of) : 0))));
    summary[name] = {
      'full width, worst': `${(worst((l) => !l.fixed) * 100).toFixed(1)} %`,
      'blog 700, worst': `${(worst((l) => l.name.startsWith('blog')) * 100).toFixed(1)} %`,
      'sidebar 320, worst': `${(worst((l) => l.name.startsWith('sidebar')) * 100).toFixed(1)} %`,
    };
  }
  console.log('\n## Worst move, as a share of the widget’s height, over all languages\n');
  console.log(row(['reservation', 'full width 320–1000', 'blog 700 in 1024–1920', 'sidebar 320 in 1280']));
  console.log(row(['---', '---:', '---:', '---:']));
  for (const [name, worst] of Object.entries(summary)) console.log(row([name, ...Object.values(worst)]));

  console.log('\n## Proposed CSS\n');
  console.log('Column-relative, one language (what the configurator would write for the starting language):\n');
  for (const lang of LANGUAGES) console.log(`${lang}: \`${columnCss(fits.column[lang])}\``);
  console.log('\nColumn-relative, every language in one block (English unless a :lang() says otherwise):\n');
  console.log(`\`${allLanguagesCss(fits.column)}\``);
  console.log('\nViewport-relative (for comparison):\n');
  for (const lang of LANGUAGES) console.log(`${lang}: \`${viewportCss(fits.viewport[lang])}\``);

  // Two-space JSON, with each list of numbers on one line, so a re-run's changes read as a diff.
  const json = (value) => JSON.stringify(value, null, 2).replace(/\[\s*([-\d.,\s]+?)\s*\]/g, (_, list) => `[${list.split(/,\s*/).join(', ')}]`);
  writeFileSync(
    OUT,
    `${json(
      {
        about:
          'Height of <calf-check> as it first appears (sections closed, booking-url and clinic-name set, its one-language file), per language, at each column width; written by npm run bench:reservation.',
        chromium: await browser.version(),
        font: TEST_FONT,
        fontSizePx: FONT_SIZE,
        widthsPx: WIDTHS,
        heightsPx: heights,
        fits: {
          about:
            'reserved height in em = max(floor, a - b * w) over lines, w the column width in em (column) or the viewport width in em (viewport, full-width page with 16px padding); in CSS, b * 100 is the % (or vw) term',
          ...fits,
        },
      },
    )}\n`,
  );
  console.log(`\nHeights written to ${OUT}.`);
} finally {
  await browser.close();
  await server.close();
}
