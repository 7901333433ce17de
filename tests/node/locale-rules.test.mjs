// The glossary and typography check against the shipped files, and against each with a defect the independent
// reviews found put back: the check must catch what a medical translator caught.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkLocale, checkShippedLocale, readUnits } from '../../scripts/checks/locale-rules.mjs';

const terms = JSON.parse(readFileSync('locales/glossary/terms.json', 'utf8'));
const LOCALES = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;

/** The rules run over one language's units with the target of the unit whose English is `english` replaced. */
function withTarget(locale, english, target) {
  const units = readUnits(readFileSync(`locales/${locale}.xlf`, 'utf8'));
  const unit = units.find((candidate) => candidate.source === english);
  assert.ok(unit, `no unit with the English ${JSON.stringify(english)}`);
  unit.target = target;
  const glossary = JSON.parse(readFileSync(`locales/glossary/${locale}.json`, 'utf8'));
  return checkLocale({ locale, units, glossary, terms }).filter((problem) => problem.includes(unit.id));
}

describe('translation glossary and typography', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every shipped message keeps its glossary and typography`, () => {
      assert.deepEqual(checkShippedLocale(locale), []);
    });
  }

  const DEFECTS = [
    ['de', 'the picture says Knöchel where the text says Sprunggelenk', 'Stiff ankle', 'Steifer Knöchel', /Knöchel/],
    ['ar', 'the diagram\u2019s word for the calf is another than the text\u2019s', 'Calf', 'بطة الساق', /calf/],
    ['ar', 'load written الحمل, which reads as pregnancy', 'Extra load', 'حمل إضافي', /load/],
    ['es', 'a Spain-only word for the counter', 'Hold on to a wall or counter. Stop if it hurts, or if pain spreads or grows. Skip this test after a recent ankle, calf or Achilles injury, or if standing on one leg is not safe for you.', 'Apóyate en una pared o encimera. Para si te duele.', /encimera|support/],
    ['pt-BR', 'the English "local emergency number" copied, where Brazil has several', 'Call your local emergency number or go to an emergency department now if back pain comes with any of these:', 'Ligue para o número de emergência local ou vá agora a um pronto-socorro se a dor nas costas vier com:', /emergency-number/],
    ['zh-Hans', '"both legs" where the English says only "legs": one weak leg would not count', "one or both legs that suddenly feel weak or won't do what you want", '双腿突然无力或不听使唤', null],
    ['fr', 'an ordinary space before a colon, which lets it wrap alone', 'Signs I ticked:', 'Signes que j’ai cochés :', /space/],
    ['zh-Hans', 'an ASCII comma beside Chinese characters', 'sleep, stress and recovery', '睡眠, 压力和恢复', /ASCII/],
    ['de', 'straight quotation marks', 'Tick the signs that sound like you, or choose "None of these fit me", to see what it may mean.', 'Kreuzen Sie an, was passt, oder wählen Sie "Nichts davon passt".', /quotation/],
  ];
  for (const [locale, defect, english, target, expected] of DEFECTS) {
    it(`${locale}: catches ${defect}`, () => {
      const problems = withTarget(locale, english, target);
      assert.ok(problems.length > 0, `no problem reported for ${target}`);
      if (expected) assert.match(problems.join('\n'), expected);
    });
  }
});
