import { msg, str } from '@lit/localize';

/* Words added with the urgent-care box up front and the "none of these" answer. */

/** The emergency sentence when the clinic set its country's number; the number is shown as a link to call it. */
export const emergencyCallText = (number: string) =>
  msg(str`Call ${number} or go to an emergency department now if back pain comes with:`, {
    desc: 'Urgent-care box, when the clinic set the local emergency number; the value is that number (e.g. 999), shown as a link.',
  });

export const urgentToggleText = () =>
  msg('When to see a doctor today', { desc: 'Toggle inside the urgent-care box that opens the same-day signs.' });

export const noneFitText = () =>
  msg('None of these fit me', { desc: 'Checklist choice under the four signs, for a reader to whom no sign applies.' });

export const startText = () =>
  msg('Tick the signs that sound like you, or choose "None of these fit me", to see what it may mean.', {
    desc: 'Result area before the reader has answered: an invitation, no verdict. Quote the "None of these fit me" choice as translated.',
  });
