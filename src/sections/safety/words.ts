import { msg, str } from '@lit/localize';

export const safetyText = () => ({
  summary: msg('When to get urgent help', { desc: 'Heading of the urgent-care box, shown first in the widget.' }),
  emergencyIntro: msg('Call your local emergency number or go to an emergency department now if back pain comes with any of these:'),
  emergency: [
    msg('pain, tingling, weakness or numbness in both legs', { desc: 'Emergency sign (list item).' }),
    msg('numbness around your genitals, bottom or inner thighs', { desc: 'Emergency sign (list item).' }),
    msg('new trouble peeing, or losing control of your bladder or bowels', { desc: 'Emergency sign (list item).' }),
    msg('new sexual problems', { desc: 'Emergency sign (list item).' }),
    msg("one or both legs that suddenly feel weak or won't do what you want", {
      desc: 'Emergency sign (list item). One weak leg is enough: keep "one or both".',
    }),
    msg('chest pain', { desc: 'Emergency sign (list item).' }),
    msg('pain after a serious accident or a bad fall', { desc: 'Emergency sign (list item).' }),
  ],
  urgentIntro: msg('See a doctor today, or call your urgent medical advice line, if back pain comes with any of these:'),
  urgent: [
    msg('a fever', { desc: 'Urgent sign (list item).' }),
    msg("weight loss you can't explain", { desc: 'Urgent sign (list item).' }),
    msg('a lump or a change in the shape of your back', { desc: 'Urgent sign (list item).' }),
    msg("pain at night, or pain that doesn't ease with rest", { desc: 'Urgent sign (list item).' }),
    msg('cancer, now or in the past', { desc: "Urgent sign (list item): the reader's own cancer, not their family's." }),
    msg('a weakened immune system', { desc: 'Urgent sign (list item).' }),
  ],
});

/* Words added with the urgent-care box up front and the "none of these" answer. */

/** The emergency sentence when the clinic set its country's number; the number is shown as a link to call it. */
export const emergencyCallText = (number: string) =>
  msg(str`Call ${number} or go to an emergency department now if back pain comes with any of these:`, {
    desc: 'Urgent-care box, when the clinic set the local emergency number; the value is that number (e.g. 999), shown as a link.',
  });

export const urgentToggleText = () =>
  msg('When to see a doctor today', { desc: 'Toggle inside the urgent-care box that opens the same-day signs.' });
