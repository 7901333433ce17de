import type { Answers } from '../../src/sections/checklist/scoring.js';
import type { SelfTests } from '../../src/sections/self-tests/readings.js';

/** The reader the closing note quotes: three signs ticked, 7 and 11 cm knee to wall, 14 and 22 heel raises. */
export const CLOSING_NOTE_READER: { answers: Answers; selfTests: SelfTests } = {
  answers: { stiffAnkles: true, earlyHeelLift: true, standingOrStairs: true, calfTightness: false },
  selfTests: { kneeToWall: { left: 7, right: 11 }, heelRaise: { left: 14, right: 22, ageBand: null } },
};

/**
 * That reader's summary, as it must read, in English and in German, for a date written the reader's way. A number and
 * its unit are joined by a no-break space, so a line never ends between them.
 */
export const closingNoteSummary = {
  en: (date: string) =>
    [
      `My calf check, ${date}`,
      'Signs I ticked:',
      '- My ankles feel stiff',
      '- My heels lift early when I squat or walk',
      '- Standing for a long time or using stairs is hard',
      'Knee to wall: left 7\u00a0cm, right 11\u00a0cm',
      'Difference between my feet: 4\u00a0cm',
      'Heel raises on one leg: left 14, right 22',
      'Difference between my legs: 8',
      'This is not a diagnosis, just what I noted at home to talk about.',
    ].join('\n'),
  de: (date: string) =>
    [
      `Mein Waden-Check, ${date}`,
      'Angekreuzte Anzeichen:',
      '- Meine Sprunggelenke fühlen sich steif an',
      '- Meine Fersen lösen sich früh vom Boden, wenn ich mich hinhocke oder gehe',
      '- Langes Stehen oder Treppensteigen fällt mir schwer',
      'Knie zur Wand: links 7\u00a0cm, rechts 11\u00a0cm',
      'Unterschied zwischen meinen Füßen: 4\u00a0cm',
      'Fersenheben auf einem Bein: links 14, rechts 22',
      'Unterschied zwischen meinen Beinen: 8',
      'Das ist keine Diagnose, sondern nur, was ich mir zu Hause notiert habe, um es im Termin anzusprechen.',
    ].join('\n'),
};
