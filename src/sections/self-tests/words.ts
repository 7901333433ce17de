import { msg, str } from '@lit/localize';
import type { KneeToWallSide, LengthUnit } from './readings.js';

/*
 * The words of the two home self-tests. A number from them is something to bring to an assessment, never a
 * diagnosis; the readings say "often" and "about", as the published figures do.
 */

export const selfTestsText = () => ({
  heading: msg('Two tests you can do at home', { desc: 'Heading of the home self-tests.' }),
  intro: msg('They give you numbers to bring to an assessment. They are not a diagnosis.', {
    desc: 'Under the self-tests heading.',
  }),
  safety: msg(
    'Hold on to a wall or counter. Stop if it hurts, or if pain spreads or grows. Skip this test after a recent ankle, calf or Achilles injury, or if standing on one leg is not safe for you.',
    { desc: 'Safety line shown with each self-test.' },
  ),
  left: msg('Left', { desc: 'Label of the entry for the left foot or leg.' }),
  right: msg('Right', { desc: 'Label of the entry for the right foot or leg.' }),
});

export const kneeToWallText = () => ({
  title: msg('Knee to wall', { desc: 'Name of a self-test: how far the knee can bend forward over the foot.' }),
  steps: [
    msg('Face a wall, one foot flat on the floor, big toe close to the wall.'),
    msg('Bend the knee to touch the wall, heel down. Move the foot back bit by bit, to the farthest point where the knee still touches the wall with the heel down.'),
    msg('Measure from big toe to wall. Then do the other foot.'),
  ],
  legend: msg('Big toe to wall', { desc: 'Heading of the two distance entries, one per foot.' }),
  unit: msg('Measure in', { desc: 'Label of the centimetres / inches switch.' }),
  noCutOff: msg('There is no single agreed cut-off.', {
    desc: 'Shown with the knee to wall reading.',
  }),
});


/** One foot's reading; `limit` is the restricted threshold with its unit ("10 cm"). */
export const kneeToWallSideText = (side: KneeToWallSide, limit: string) =>
  side === 'restricted'
    ? msg(str`Under about ${limit}, often called stiff.`, {
        desc: 'Knee to wall reading for one foot, shown after the side (Left/Right). The value is a distance with its unit.',
      })
    : msg(str`About ${limit} or more, often called normal.`, {
        desc: 'Knee to wall reading for one foot, shown after the side (Left/Right). The value is a distance with its unit.',
      });

/** Whether the two feet differ; `noise` is the measurement error with its unit ("2 cm"). */
export const kneeToWallSidesText = (differ: boolean, noise: string) =>
  differ
    ? msg(str`Your feet differ by ${noise} or more. That is more than the test's usual noise (Powden 2015): worth mentioning at an assessment.`, {
        desc: 'Knee to wall: the two sides differ by more than the smallest change the test can detect. The value is a distance with its unit; "Powden 2015" names a study listed under Sources.',
      })
    : msg(str`Your feet differ by less than ${noise}. A gap this small may just be measurement noise (Powden 2015).`, {
        desc: 'Knee to wall: the two sides differ by less than the smallest change the test can detect. The value is a distance with its unit; "Powden 2015" names a study listed under Sources.',
      });

/**
 * How far apart the two legs' heel raises are; `count` is the difference, already written the reader's way. No study
 * the widget relies on says how big a gap matters, so the reading says so and sends the question to the assessment.
 */
export const heelRaiseSidesText = (difference: number, count: string, locale: string) =>
  difference === 0
    ? msg('Both legs did the same number of raises.', { desc: 'Heel raise reading when both legs did the same count.' })
    : new Intl.PluralRules(locale).select(difference) === 'one'
      ? msg(str`Your legs differ by ${count} raise. There is no agreed figure for how big a gap matters: worth mentioning at an assessment.`, {
          id: 'raises-differ-one',
          desc: 'Heel raise reading: the two legs differ, count in the "one" plural category. The value is a formatted number.',
        })
      : msg(str`Your legs differ by ${count} raises. There is no agreed figure for how big a gap matters: worth mentioning at an assessment.`, {
          id: 'raises-differ-other',
          desc: 'Heel raise reading: the two legs differ, every other count. The value is a formatted number.',
        });

export const heelRaiseText = () => ({
  title: msg('Single-leg heel raise', { desc: 'Name of a self-test: rising onto the toes on one leg, counted.' }),
  steps: [
    msg('Stand on one leg, knee straight, fingertips on a wall for balance.'),
    msg('Rise onto the ball of the foot as high as you can, then lower.'),
    msg('Count until you cannot rise as high or keep the pace. Then do the other leg.'),
  ],
  legend: msg('Raises per leg', { desc: 'Heading of the two count entries, one per leg.' }),
  start: msg('Start the beat', { desc: 'Button: starts a beat, one raise every two seconds.' }),
  stop: msg('Stop the beat', { desc: 'Button: stops the beat.' }),
  aloud: msg('Tick aloud', { desc: 'Checkbox: the pace guide also makes a short sound on each beat.' }),
  pace: msg('One raise every two seconds: up on one beat, down on the next.', { desc: 'Under the pace guide button.' }),
  up: msg('Up', { desc: 'Pace guide beat: rise onto the toes now. Keep very short.' }),
  down: msg('Down', { desc: 'Pace guide beat: lower the heel now. Keep very short.' }),
  age: msg('Your age (optional)', { desc: 'Label of the age band picker, used to compare with published averages.' }),
  noAge: msg('Not given', { desc: 'Age band picker: no age chosen.' }),
  men: msg('For men', { desc: 'Column heading: average raises for men.' }),
  women: msg('For women', { desc: 'Column heading: average raises for women.' }),
  caveat: msg(
    'The averages were measured on a 10° slope; on a flat floor counts can differ. A low count mainly tells you about calf stamina. It is not a test for back problems.',
    { desc: 'Caveat under the heel raise reading: the count is about calf endurance; it does not test the back.' },
  ),
});

/** The raise the pace guide is on, counted from 1. */
export const raiseCountText = (count: string) => msg(str`Raise ${count}`, { desc: 'Pace guide: which raise the reader is on. The value is a number.' });

/** Caption of the table of averages; `ages` is the band, such as "40–49". */
export const averagesText = (ages: string) =>
  msg(str`Averages clinics quote from one study (Hébert-Losier 2017), ages ${ages}`, {
    desc: 'Caption of a small table with the men and women averages; "Hébert-Losier 2017" names a study listed under Sources.',
  });

/** Shown next to a distance entry the widget refused; `max` has its unit ("25 cm"), `example` is a number. */
export const distanceErrorText = (max: string, example: string) =>
  msg(str`Enter a number from 0 to ${max}, like ${example}.`, { desc: 'Inline error for the knee to wall entry.' });

export const raisesErrorText = (max: string) =>
  msg(str`Enter a whole number from 0 to ${max}.`, { desc: 'Inline error for the heel raise entry.' });

/*
 * What a screen reader names each control by, where the screen shows less: a forms list reads the fields alone, away
 * from their legend, so each name says the test, the side and the unit.
 */

/** The full name of one entry; knee to wall in the unit the reader measures in. Only the one name asked for is looked up. */
export function entryNameText(test: 'kneeToWall' | 'heelRaise', side: 'left' | 'right', unit: LengthUnit): string {
  if (test === 'heelRaise')
    return side === 'left'
      ? msg('Heel raises, left leg', { desc: 'Spoken name of the left heel-raise entry (screen readers), shown as "Left".' })
      : msg('Heel raises, right leg', { desc: 'Spoken name of the right heel-raise entry (screen readers), shown as "Right".' });
  if (side === 'left')
    return unit === 'cm'
      ? msg('Knee to wall, left, in centimetres', { desc: 'Spoken name of the left knee to wall entry (screen readers), shown as "Left cm".' })
      : msg('Knee to wall, left, in inches', { desc: 'Spoken name of the left knee to wall entry (screen readers), shown as "Left in".' });
  return unit === 'cm'
    ? msg('Knee to wall, right, in centimetres', { desc: 'Spoken name of the right knee to wall entry (screen readers), shown as "Right cm".' })
    : msg('Knee to wall, right, in inches', { desc: 'Spoken name of the right knee to wall entry (screen readers), shown as "Right in".' });
}

/**
 * The unit switch's choices, written out: "in" alone reads as a word, and a reader who speaks a choice to pick it
 * says what the screen shows.
 */
export const unitLongText = (unit: LengthUnit): string =>
  unit === 'cm'
    ? msg('centimetres', { desc: 'A choice of the "Measure in" switch, written out in full (the entries then show "cm").' })
    : msg('inches', { desc: 'A choice of the "Measure in" switch, written out in full (the entries then show "in").' });

/** Said once when the reader starts or stops the pace guide; the beats themselves are never announced. */
export const beatStatusText = (running: boolean): string =>
  running
    ? msg('The beat has started.', { desc: 'Announced to screen readers when the pace guide starts.' })
    : msg('The beat has stopped.', { desc: 'Announced to screen readers when the pace guide stops.' });
