import type { Band, SignKey } from './scoring.js';
import { formatCount } from '../../i18n/formats.js';
import { msg, str } from '@lit/localize';

/*
 * Every word the reader sees, as plain data. Each function calls msg() when it runs, so a
 * re-render after a locale change picks up the new language. Wording follows the source article:
 * calves are one possible piece of the puzzle, never "the cause"; aim at a reading age of 12–14.
 */

export interface SignText {
  key: SignKey;
  label: string;
  hint: string;
}

export const checklistText = () => ({
  legend: msg('Check the four signs', { desc: 'Heading of the checklist.' }),
  hint: msg('Tick any that sound like you.', { desc: 'Instruction under the checklist heading.' }),
});

export const signTexts = (): SignText[] => [
  {
    key: 'stiffAnkles',
    label: msg('My ankles feel stiff', { desc: 'Checklist item the reader ticks about themself.' }),
    hint: msg("They feel tight or don't bend far, for example when you bend your knees with your heels down."),
  },
  {
    key: 'earlyHeelLift',
    label: msg('My heels lift early when I squat or walk', { desc: 'Checklist item the reader ticks about themself.' }),
    hint: msg('Your heels leave the ground sooner than you expect as you bend down or step forward.'),
  },
  {
    key: 'standingOrStairs',
    label: msg('Standing for a long time or using stairs is hard', {
      desc: 'Checklist item the reader ticks about themself.',
    }),
    hint: msg('Your legs or back complain when you stand for a while or go up and down stairs.'),
  },
  {
    key: 'calfTightness',
    label: msg('My calves often feel tight or tired', { desc: 'Checklist item the reader ticks about themself.' }),
    hint: msg('They often feel tight, sore or worn out, even after an ordinary day.'),
  },
];

/**
 * "2 of 4 signs", numbers written the reader's way. Languages that inflect the noun by the count
 * (French "1 signe", "2 signes") get one wording per plural category; English uses the same for both.
 */
export const signsCountText = (signs: number, total: number, locale: string) => {
  const [count, all] = [formatCount(signs, locale), formatCount(total, locale)];
  return new Intl.PluralRules(locale).select(signs) === 'one'
    ? msg(str`${count} of ${all} signs`, {
        id: 'signs-count-one',
        desc: 'Result count when the ticked number is in the "one" plural category (1 in English; 0 and 1 in French). The values are formatted numbers.',
      })
    : msg(str`${count} of ${all} signs`, {
        id: 'signs-count-other',
        desc: 'Result count for every other number of ticked signs, e.g. "2 of 4 signs". The values are formatted numbers.',
      });
};

export const resultText = (band: Band): string =>
  ({
    none: msg(
      'If none of these fit you, your calves may not be the main piece. Other things, like strength, load, sleep and stress, may matter more.',
      { desc: 'Result when no sign is ticked.' },
    ),
    some: msg('Your calves and ankles may be adding to the load on your back. It is worth having them checked.', {
      desc: 'Result when 1 or 2 signs are ticked.',
    }),
    most: msg('Your calves and ankles could be an important piece of your puzzle. An assessment is a good next step.', {
      desc: 'Result when 3 or 4 signs are ticked.',
    }),
  })[band];

/** Written by the server render only, over the result, for as long as the script has not run. */
export const needsScriptText = () =>
  msg('The checklist needs JavaScript to give you a result.', {
    desc: 'Shown over the checklist result only when the page was rendered on the server and the script has not run (turned off or blocked).',
  });

export const noneFitText = () =>
  msg('None of these fit me', { desc: 'Checklist choice under the four signs, for a reader to whom no sign applies.' });

export const startText = () =>
  msg('Tick the signs that sound like you, or choose "None of these fit me", to see what it may mean.', {
    desc: 'Result area before the reader has answered: an invitation, no verdict. Quote the "None of these fit me" choice as translated.',
  });
