// Measures the reading grade (Flesch–Kincaid) of every English string a reader meets, from
// the words modules (src/words.ts, src/sections/*/words.ts), and fails above the target: patient material should read at US grade 8 or below
// (a 12–14-year-old). Prints the grade of each part of the widget, and fails too if a msg() in
// those modules was never reached, so a new string cannot slip past the measure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { build, transform } from 'esbuild';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';

const MAX_GRADE = 8;
/** Every module of words: the element's own, and each section's. */
const CONTENT_FILES = [
  'src/words.ts',
  ...readdirSync('src/sections')
    .filter((section) => existsSync(`src/sections/${section}/words.ts`))
    .map((section) => `src/sections/${section}/words.ts`),
];
// Stand-ins for what a clinic configures; the phone's digits count as no words.
const CLINIC = 'Your Clinic';
const PHONE = '+44 20 7946 0000';

/** Numbers each msg() call in the source, so the run can tell which ones it reached. */
let callSites = 0;
const siteFiles = [];
const countCallSites = {
  name: 'count-msg-call-sites',
  setup(plugin) {
    plugin.onLoad({ filter: /src[\\/](sections[\\/][a-z-]+[\\/])?words\.ts$/ }, async ({ path }) => {
      // Compiled first, so "msg()" in a comment is not counted.
      const { code } = await transform(readFileSync(path, 'utf8'), { loader: 'ts' });
      const file = path.slice(path.lastIndexOf('src'));
      const numbered = code.replace(/\bmsg\(/g, () => (siteFiles.push(file), `__reached(${callSites++}, msg)(`));
      return { contents: `import { __reached } from 'readability:reached';\n${numbered}`, loader: 'js', resolveDir: dirname(path) };
    });
    plugin.onResolve({ filter: /^readability:reached$/ }, () => ({ path: 'reached', namespace: 'readability' }));
    plugin.onLoad({ filter: /.*/, namespace: 'readability' }, () => ({
      contents: `export const reached = new Set();
        export const __reached = (site, msg) => (...args) => (reached.add(site), msg(...args));`,
      loader: 'js',
    }));
  },
};

const { outputFiles } = await build({
  stdin: {
    contents: `${CONTENT_FILES.map((file) => `export * from './${file.slice(4)}';`).join('\n')}
      export { reached } from 'readability:reached';`,
    resolveDir: 'src',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  write: false,
  logLevel: 'silent',
  plugins: [countCallSites],
});
const content = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

/** Every string inside a value: a string, a list of them, or an object holding either. */
const strings = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(strings));

const bands = ['none', 'some', 'most'];
const texts = {
  explainer: [
    content.headingText(),
    content.leadText(),
    ...content.explainerSections().flatMap((section) => [section.title, ...section.blocks.flat()]),
  ],
  picture: strings(content.bodyPictureText()),
  checklist: [
    ...strings(content.checklistText()),
    ...content.signTexts().flatMap((sign) => [sign.label, sign.hint]),
    content.noneFitText(),
  ],
  result: [
    ...[0, 1, 2, 3, 4].map((signs) => content.signsCountText(signs, 4, 'en')),
    ...bands.flatMap((band) => [content.resultText(band), content.ctaText(band)]),
    content.startText(),
    content.needsScriptText(),
  ],
  booking: [
    content.bookLabel(''),
    content.bookLabel(CLINIC),
    content.callLabel(PHONE),
    content.noBookingText(''),
    content.noBookingText(CLINIC),
    content.newTabText(),
    content.languagePickerLabel(),
  ],
  safety: [...strings(content.safetyText()), content.emergencyCallText('999'), content.urgentToggleText()],
  'self-tests': [
    ...strings(content.selfTestsText()),
    ...strings(content.kneeToWallText()),
    ...strings(content.heelRaiseText()),
    ...['restricted', 'usual'].map((side) => content.kneeToWallSideText(side, '10 cm')),
    ...[true, false].map((differ) => content.kneeToWallSidesText(differ, '2 cm')),
    content.raiseCountText('3'),
    content.averagesText('40–49'),
    content.distanceErrorText('25 cm', '8.5'),
    content.raisesErrorText('100'),
    ...[0, 1, 8].map((difference) => content.heelRaiseSidesText(difference, String(difference), 'en')),
    // What a screen reader names the fields and switch choices by, and says when the beat starts or stops.
    ...['kneeToWall', 'heelRaise'].flatMap((test) =>
      ['left', 'right'].flatMap((side) => ['cm', 'in'].map((unit) => content.entryNameText(test, side, unit))),
    ),
    ...['cm', 'in'].map((unit) => content.unitLongText(unit)),
    ...[true, false].map((running) => content.beatStatusText(running)),
  ],
  sources: strings(content.sourcesText()),
  disclaimer: [content.disclaimerText(false), content.disclaimerText(true)],
  // The summary's lines, with the figures a reader might have entered standing in for the values.
  summary: [
    ...strings(content.summaryText()),
    content.summaryTitle('1 December 2026'),
    ...strings(content.summaryLines()),
    content.kneeToWallLine('7 cm', content.notMeasuredText()),
    content.heelRaiseLine('14', '22'),
    content.kneeToWallDifferenceLine('4 cm'),
    content.heelRaiseDifferenceLine('8'),
    content.ageBandLine('40–49'),
  ],
};

const missed = [...Array(callSites).keys()].filter((site) => !content.reached.has(site));
if (missed.length) {
  for (const site of missed) console.error(`${siteFiles[site]}: a msg() call (no. ${site}, counting from 0) is not measured.`);
  console.error('Add every string a reader meets to scripts/checks/readability.mjs.');
  process.exit(1);
}

/** Each paragraph or list item is at least one sentence; sentence punctuation inside splits it further. */
function grade(lines) {
  const sentences = lines.flatMap((line) => line.split(/(?<=[.!?])\s+/)).filter((s) => s.trim());
  const words = sentences.flatMap((s) => s.match(/[\p{L}'’-]+/gu) ?? []);
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

for (const [part, lines] of Object.entries(texts)) {
  console.log(`reading grade ${part.padEnd(10)} ${grade(lines).toFixed(1)}`);
}
const overall = grade(Object.values(texts).flat());
console.log(
  `reading grade overall    ${overall.toFixed(1)} (Flesch–Kincaid, all ${callSites} messages of ${CONTENT_FILES.join(', ')}; target ≤ ${MAX_GRADE})`,
);
if (overall > MAX_GRADE) {
  console.error(`English text reads above grade ${MAX_GRADE}: shorten sentences or use shorter words.`);
  process.exit(1);
}
