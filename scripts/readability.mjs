// Measures the reading grade (Flesch–Kincaid) of the English text a reader sees, and fails above
// the target: patient material should read at US grade 8 or below (a 12–14-year-old).
import { build } from 'esbuild';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';

const MAX_GRADE = 8;

const { outputFiles } = await build({
  entryPoints: ['src/content.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  write: false,
  logLevel: 'silent',
});
const content = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

const bands = ['none', 'some', 'most'];
const safety = content.safetyText();
const texts = {
  explainer: [
    content.leadText(),
    ...content.explainerSections().flatMap((section) => [section.title, ...section.blocks.flat()]),
  ],
  checklist: content.signTexts().flatMap((sign) => [sign.label, sign.hint]),
  result: bands.flatMap((band) => [content.resultText(band), content.ctaText(band)]),
  safety: [safety.emergencyIntro, ...safety.emergency, safety.urgentIntro, ...safety.urgent],
};

/** Each paragraph or list item is at least one sentence; sentence punctuation inside splits it further. */
function grade(lines) {
  const sentences = lines.flatMap((line) => line.split(/(?<=[.!?])\s+/)).filter((s) => s.trim());
  const words = sentences.flatMap((s) => s.match(/[\p{L}'’-]+/gu) ?? []);
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

let worst = -Infinity;
for (const [part, lines] of Object.entries(texts)) {
  const g = grade(lines);
  worst = Math.max(worst, g);
  console.log(`reading grade ${part.padEnd(9)} ${g.toFixed(1)}`);
}
const overall = grade(Object.values(texts).flat());
console.log(`reading grade overall   ${overall.toFixed(1)} (Flesch–Kincaid; target ≤ ${MAX_GRADE})`);
if (overall > MAX_GRADE) {
  console.error(`English text reads above grade ${MAX_GRADE}: shorten sentences or use shorter words.`);
  process.exit(1);
}
