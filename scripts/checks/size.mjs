// `npm run size`: raw, gzip and brotli sizes of every shipped file, what each part of the all-language bundle
// costs, and a failure when any file is above its gzip budget. Part of `npm test`.
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { breakdown, gzipWithout, textByGroup } from './bundle-breakdown.mjs';

const FILE = 'dist/calf-check.js';
/*
 * Lit, the widget and (until each language moved to a file of its own) seven complete locales, inline.
 * The first aim, 20 KB, holds for English alone (about 14 KB); each of the six translations
 * costs about 2 KB gzip more. So the budget is what the bundle measured after trimming it (29.0 KB: no
 * translator notes, each message id once, minified templates and CSS), plus under 1 KB of room.
 * Anything that grows it past this has to say why here. See README, "Performance".
 * 30.0 KB: the element split into a shell, one parser per attribute, a locale controller and a view per part costs
 * about 0.6 KB gzip over the single class it replaced; kept for the clarity the new sections build on.
 * 31.0 KB: the urgent-care box up front with its emergency number, the "None of these fit me" answer and the side-view
 * body picture cost about 1.1 KB gzip in seven languages (0.7 KB in each one-language file), for safety a reader sees first.
 * 34.0 KB: the reader's summary (plain-text builder, copy/print/share/email, print stylesheet, clinic-email, its 14
 * strings in seven languages) costs 3.0 KB gzip here.
 * 34.5 KB: server rendering (calf-check/ssr) costs this module 0.5 KB: the translations of the note a server-rendered
 * checklist shows until the script runs; for hydration, a first render in the server's language and the reader's
 * early ticks kept; a server-rendered shadow root emptied when a page loads this module instead of calf-check/hydrate.
 * 34.9 KB: theme="auto" following the page's own color-scheme (a controller watching the page's root, body and head),
 * a dark brand colour and a line-height property cost about 0.4 KB gzip; a page's dark mode is what bloggers asked for.
 * 45.0 KB: the two home self-tests (steps, safety lines, entries, readings, pace guide, averages) cost about 3.3 KB
 * gzip in English and 0.6–0.8 KB more in each of the six translations.
 * 50.0 KB: words a clinician would sign: the Sources section (twelve studies and guidelines, 1.5 KB gzip), the gaps
 * between sides, regional number and date formats (0.5 KB), the self-tests' and summary's controllers, and the
 * six reviewed translations, which say more plainly and so at more length (0.3–0.6 KB each). Every language in one
 * file had reached its limit.
 * 25.0 KB: every language but English leaves this file. It carries Lit, the widget and the English words (as before,
 * 22.7 KB in the English one-language file) and what choosing a language per widget takes: @lit/localize's runtime,
 * the language controller, the picker and the loader of the words beside it (2.0 KB). Each other language's words
 * are their own file (words/<locale>.js, below), fetched only where a widget shows them, so a language added costs a
 * reader of another language nothing. Below the 24 KB first aimed at only by leaving out content: the Sources
 * section alone is 1.4 KB.
 * 25.5 KB: what axe cannot check costs 0.4 KB gzip (24.8 → 25.2): high-contrast colours for the pictures, the booking
 * button and the pace dot, the self-test fields' full spoken names and the beat's two announcements in English, the
 * refused entry said in the live region, the copy status said again, real headings and regions.
 */
const BUDGET_GZIP = 25.5 * 1024;

/** The hydrating module is the all-language one plus @lit-labs/ssr-client's hydration (1.4 KB gzip when added). */
const BUDGET_GZIP_HYDRATE = BUDGET_GZIP + 2 * 1024;

/*
 * One language's words for calf-check.js: every message of the widget in that language, keyed by a short id,
 * written as UTF-8. The words themselves weigh most of it (German's text alone gzips to 4.4 KB; Hindi's, three bytes
 * a letter, 5.4 KB), so the 4 KB first aimed at holds for none of the translations (4.1–5.4 KB); 6 KB keeps room.
 */
const BUDGET_GZIP_WORDS = 6 * 1024;

/*
 * The server module reaches no reader: it renders any language at any moment, so every language's words are inside
 * (17 translations, about 55 KB of its gzip size). The budget only catches a dependency bundled in by accident.
 */
const BUDGET_GZIP_SERVER = 90 * 1024;

/*
 * A file compiled in one language carries Lit, the widget and that language's words, and nothing to switch
 * language with: 13.0–13.7 KB gzip when first built. 15 KB keeps that at most a sixth above the all-language
 * file's English share, with room for what the widget has still to say.
 * 16.6 KB: the urgent-care box, none-fit and body picture add 0.7 KB to each; the reader's summary (its text,
 * copy/print/share/email, print styles, clinic-email) 1.5–1.6 KB.
 * 17.0 KB: the page's own dark mode, the dark brand colour and the line-height property, 0.35 KB in each.
 * 22 KB: the two home self-tests add 3.7–5.0 KB gzip to each (their words, view and logic, and the summary's lines for them).
 * 25 KB: the Sources section (1.5 KB), the gaps between sides, regional formats and the reviewed wording, 3.1–3.6 KB
 * in each (22.7 KB in English, 24.4 KB in Arabic).
 * 26 KB: Hindi, whose Devanagari letters take three bytes each, is the longest at 25.8 KB; English stays at 23.1 KB.
 * 26.5 KB: the same accessibility work adds 0.4–0.5 KB to each (Hindi 26.3 KB, English 23.6 KB).
 */
const BUDGET_GZIP_ONE_LANGUAGE = 26.5 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotliSize = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const source = readFileSync(FILE);
const gzip = gzipSize(source);

const map = readFileSync(`${FILE}.map`, 'utf8');
const rows = breakdown(source.toString(), map);
console.log(`What ${FILE} is made of ("gzip cost": how much smaller the gzip file would be without it):`);
console.table(
  Object.fromEntries(rows.map((row) => [row.group, { raw: kb(row.raw), 'gzip alone': kb(row.gzipAlone), 'gzip cost': kb(row.gzipMarginal) }])),
);
const translations = rows.filter((row) => row.group.startsWith('locale ') || row.group.startsWith('message ids'));
if (translations.length) {
  const englishOnly = gzipWithout(textByGroup(source.toString(), map), translations.map((row) => row.group));
  console.log(
    `The translations and their ids cost ${kb(gzip - englishOnly)} gzip together; English alone would be about ${kb(englishOnly)} gzip.`,
  );
}

/*
 * Every file the package ships: the scripts a page can load (the all-language module, its hydrating variant, one
 * module per language, the classic script of each) and the server module. The server module reaches no reader; its
 * budget, the all-language one, only catches a dependency bundled in by accident.
 */
const BUDGETS = [
  [/^calf-check\.(classic\.)?js$/, BUDGET_GZIP],
  [/^calf-check\.hydrate\.js$/, BUDGET_GZIP_HYDRATE],
  [/^ssr\.js$/, BUDGET_GZIP_SERVER],
  [/^calf-check\.[\w-]+\.(classic\.)?js$/, BUDGET_GZIP_ONE_LANGUAGE],
  [/^words\/[\w-]+\.js$/, BUDGET_GZIP_WORDS],
];
const budgetOf = (name) => BUDGETS.findIndex(([pattern]) => pattern.test(name));
const order = (name) => `${budgetOf(name)} ${name.replace('.classic', '')} ${name.includes('.classic') ? 1 : 0}`;
const files = [...readdirSync('dist'), ...readdirSync('dist/words').map((name) => `words/${name}`)]
  .filter((name) => budgetOf(name) !== -1)
  .sort((a, b) => order(a).localeCompare(order(b)));
const report = {};
const over = [];
for (const name of files) {
  const bytes = readFileSync(`dist/${name}`);
  const budget = BUDGETS[budgetOf(name)][1];
  const fileGzip = gzipSize(bytes);
  report[`dist/${name}`] = {
    raw: kb(bytes.length),
    gzip: kb(fileGzip),
    brotli: kb(brotliSize(bytes)),
    budget: kb(budget),
    'room left': kb(budget - fileGzip),
  };
  if (fileGzip > budget) over.push(`dist/${name} is over its budget by ${kb(fileGzip - budget)} gzip.`);
}
console.log('Every shipped file (budgets are gzip):');
console.table(report);

// What a reader of a page in another language downloads from calf-check.js: the module and that language's words.
const pageCost = (locale) => gzipSize(readFileSync(FILE)) + (locale === 'en' ? 0 : gzipSize(readFileSync(`dist/words/${locale}.js`)));
const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
console.log('A page whose widgets show one language, loading calf-check.js (gzip, two requests but for English):');
console.table(Object.fromEntries(['en', ...targetLocales].map((locale) => [locale, kb(pageCost(locale))])));
if (over.length) {
  for (const line of over) console.error(line);
  process.exit(1);
}
