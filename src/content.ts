import { msg, str } from '@lit/localize';
import type { Band, SignKey } from './scoring.js';
import { numberingLocale } from './locales.js';

/*
 * Every word the reader sees, as plain data. Each function calls msg() when it runs, so a
 * re-render after a locale change picks up the new language. Wording follows the source article:
 * calves are one possible piece of the puzzle, never "the cause"; aim at a reading age of 12–14.
 */

/** A paragraph is a string; a bulleted list is an array of strings. */
export type Block = string | string[];

export interface ExplainerSection {
  key: 'why' | 'research' | 'whole-story';
  title: string;
  blocks: Block[];
}

export interface SignText {
  key: SignKey;
  label: string;
  hint: string;
}

export const headingText = () => msg('Is it your calves?', { desc: 'Main heading of the widget.' });

export const leadText = () =>
  msg(
    'Back pain is felt in the back, but how you move lower down can add to it. Tight or weak calves and stiff ankles are one piece of the puzzle that is easy to miss.',
    { desc: 'Short introduction under the main heading.' },
  );

export const explainerSections = (): ExplainerSection[] => [
  {
    key: 'why',
    title: msg('Why your calves matter', { desc: 'Title of a section the reader can open.' }),
    blocks: [
      msg(
        'Your calf muscles help your ankle bend when you walk, squat, climb stairs or stand for a long time. Healthy calves let the ankle bend smoothly and help carry your weight.',
      ),
      msg(
        'When calves are tight, weak or tire easily, the ankle may not bend as far. Your body keeps moving anyway and makes up for it higher up:',
        { desc: 'Followed by a bulleted list of compensations.' },
      ),
      [
        msg('more movement at the hips', { desc: 'List item: how the body compensates for a stiff ankle.' }),
        msg('more tipping and turning of the pelvis', { desc: 'List item: how the body compensates for a stiff ankle.' }),
        msg('more work for the lower back', { desc: 'List item: how the body compensates for a stiff ankle.' }),
      ],
      msg('Over time, this can add stress to your back during everyday tasks.'),
    ],
  },
  {
    key: 'research',
    title: msg('What research suggests', { desc: 'Title of a section the reader can open.' }),
    blocks: [
      msg(
        'Stiff ankles can change how the pelvis and lower back move, but studies do not all agree. People with back pain often have weaker hips and thighs; calves were not tested. Back muscles that tire fast show the strongest link.',
        {
          desc: 'Research summary: keep the caution ("can", "do not all agree"). The strength studies measured hip and thigh muscles, not calves, and back-muscle endurance.',
        },
      ),
      msg(
        'In two small studies (40 people each), adding calf exercises to usual exercise helped back pain more than exercise alone. No large review has checked this yet.',
        { desc: 'Research summary: calf stretches or strengthening were added to the usual exercise, in two small trials; no systematic review exists yet.' },
      ),
      msg('This does not mean calves cause back pain. They can be one piece of the puzzle.', {
        desc: 'Key honesty statement: calves are one possible contributor, not the cause.',
      }),
    ],
  },
  {
    key: 'whole-story',
    title: msg('Calves are not the whole story', { desc: 'Title of a section the reader can open.' }),
    blocks: [
      msg('Back pain is complex. Your calves are usually one piece of a much bigger picture, next to:', {
        desc: 'Followed by a bulleted list of other factors in back pain.',
      }),
      [
        msg('how well you move overall', { desc: 'List item: another factor in back pain.' }),
        msg('how strong your hips and core are', { desc: 'List item: another factor in back pain.' }),
        msg('how much and how often your body takes load', { desc: 'List item: another factor in back pain.' }),
        msg('sleep, stress and recovery', { desc: 'List item: another factor in back pain.' }),
      ],
      msg('That is why the same fix rarely works for everyone.'),
    ],
  },
];

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
 * A count as the reader's language writes it: Arabic in Arabic-Indic digits (٣ من ٤), asked for by name, as engines
 * and versions differ in which digits plain "ar" gets; the others in plain Latin digits, which is what Intl writes
 * for them too. Only Arabic asks Intl: its first use on a page loads ICU's number data, some 20 ms of main thread.
 */
export const formatCount = (count: number, locale: string) =>
  locale === 'ar' ? new Intl.NumberFormat(numberingLocale(locale)).format(count) : String(count);

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

export const languagePickerLabel = () => msg('Language', { desc: 'Label of the language picker.' });

export const resultText = (band: Band): string =>
  ({
    none: msg(
      'If none of these fit you, your calves may not be the main piece. Other things, like strength, load, sleep and stress, may matter more.',
      { desc: 'Result when no sign is ticked.' },
    ),
    some: msg('Your calves and ankles may be adding to the load on your back. It is worth having them checked.', {
      desc: 'Result when 1 or 2 signs are ticked.',
    }),
    most: msg('Your calves and ankles could be a real piece of your puzzle. A proper assessment is a good idea.', {
      desc: 'Result when 3 or 4 signs are ticked.',
    }),
  })[band];

export const ctaText = (band: Band): string =>
  ({
    none: msg('If your back keeps bothering you, a physiotherapist can help find out what is behind it.', {
      desc: 'Call to book, shown when no sign is ticked.',
    }),
    some: msg('A physiotherapist can check your calves and ankles and see how they fit with the rest.', {
      desc: 'Call to book, shown when 1 or 2 signs are ticked.',
    }),
    most: msg('An assessment can show which pieces matter most for you.', {
      desc: 'Call to book, shown when 3 or 4 signs are ticked.',
    }),
  })[band];

export const bookLabel = (clinicName: string) =>
  clinicName
    ? msg(str`Book an assessment with ${clinicName}`, { desc: 'Booking button; the value is the clinic name.' })
    : msg('Book an assessment', { desc: 'Booking button when no clinic name is set.' });

export const callLabel = (phone: string) =>
  msg(str`Call ${phone}`, { desc: 'Phone link; the value is the phone number as the clinic wrote it.' });

export const noBookingText = (clinicName: string) =>
  clinicName
    ? msg(str`To book, contact ${clinicName}.`, { desc: 'Shown when the clinic set a name but no booking link or phone.' })
    : msg('To book, contact a physiotherapist near you.', { desc: 'Shown when no booking link or phone is set.' });

export const newTabText = () =>
  msg('(opens in a new tab)', { desc: 'Hidden hint for screen readers after the booking link.' });

export const safetyText = () => ({
  summary: msg('When to get urgent help', { desc: 'Heading of the urgent-care box, shown first in the widget.' }),
  emergencyIntro: msg('Call your local emergency number or go to an emergency department now if back pain comes with:'),
  emergency: [
    msg('pain, tingling, weakness or numbness in both legs', { desc: 'Emergency sign (list item).' }),
    msg('numbness around your genitals, bottom or inner thighs', { desc: 'Emergency sign (list item).' }),
    msg('new trouble peeing, or losing control of your bladder or bowels', { desc: 'Emergency sign (list item).' }),
    msg('new sexual problems', { desc: 'Emergency sign (list item).' }),
    msg("legs that suddenly feel weak or won't do what you want", { desc: 'Emergency sign (list item).' }),
    msg('chest pain', { desc: 'Emergency sign (list item).' }),
    msg('pain after a serious accident or fall', { desc: 'Emergency sign (list item).' }),
  ],
  urgentIntro: msg('See a doctor today, or call your urgent medical advice line, if back pain comes with:'),
  urgent: [
    msg('a fever', { desc: 'Urgent sign (list item).' }),
    msg("weight loss you can't explain", { desc: 'Urgent sign (list item).' }),
    msg('a lump or a change in the shape of your back', { desc: 'Urgent sign (list item).' }),
    msg("pain at night, or pain that doesn't ease with rest", { desc: 'Urgent sign (list item).' }),
    msg('a history of cancer', { desc: 'Urgent sign (list item).' }),
    msg('a weakened immune system', { desc: 'Urgent sign (list item).' }),
  ],
});

export const disclaimerText = (shareResult: boolean) =>
  shareResult
    ? msg(
        'This is general education, not a diagnosis. If you use the booking link, how many signs you ticked is sent with it to the booking page.',
        { desc: 'Disclaimer when the clinic has chosen to receive the result.' },
      )
    : msg('This is general education, not a diagnosis. Your answers stay on this device.', {
        desc: 'Disclaimer; answers are never sent anywhere.',
      });

/** Written by the server render only, over the result, for as long as the script has not run. */
export const needsScriptText = () =>
  msg('The checklist needs JavaScript to give you a result.', {
    desc: 'Shown over the checklist result only when the page was rendered on the server and the script has not run (turned off or blocked).',
  });
