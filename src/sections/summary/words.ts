import { msg, str } from '@lit/localize';

/*
 * The words of the summary a reader brings to the appointment: the on-screen part (heading, buttons, what a copy
 * did) and the lines of the plain text itself, which is written in the first person because it is the reader's note.
 */

export const summaryText = () => ({
  heading: msg('Your summary for the appointment', { desc: 'Heading of the summary the reader can copy, print or send.' }),
  copy: msg('Copy', { desc: 'Button: copies the summary as plain text.' }),
  print: msg('Print', { desc: 'Button: prints the page.' }),
  share: msg('Share', { desc: "Button: opens the device's share sheet with the summary." }),
  email: msg('Email it to the clinic', { desc: "Link: opens the reader's own mail app with the summary in a new email." }),
  copied: msg('Summary copied.', { desc: 'Announced after the summary was copied.' }),
  pressCopy: msg('Press Ctrl+C (⌘+C on a Mac) to copy the selected text.', {
    desc: 'Shown when the browser would not copy by itself; the summary text is then selected for the reader.',
  }),
});

/** The first line of the summary, also the email's subject; the value is the date, already written the reader's way. */
export const summaryTitle = (date: string) =>
  msg(str`My calf check, ${date}`, { desc: 'First line of the summary and subject of the email; the value is a date.' });

export const summaryLines = () => ({
  signs: msg('Signs I ticked:', { desc: 'Summary line, followed by the ticked signs, one per line.' }),
  noneFit: msg('None of the four signs fit me.', { desc: 'Summary line when the reader said none of the signs fit.' }),
  notDiagnosis: msg('This is not a diagnosis, just what I noted at home to talk about.', {
    desc: 'Last line of the summary.',
  }),
});

/** The values are each side's distance with its unit, or `notMeasuredText()`. */
export const kneeToWallLine = (left: string, right: string) =>
  msg(str`Knee to wall: left ${left}, right ${right}`, { desc: 'Summary line, e.g. "Knee to wall: left 7 cm, right 11 cm".' });

/** The values are each leg's count, or `notMeasuredText()`. */
export const heelRaiseLine = (left: string, right: string) =>
  msg(str`Heel raises on one leg: left ${left}, right ${right}`, { desc: 'Summary line, e.g. "Heel raises on one leg: left 14, right 22".' });

/** The gap between the two sides, when both were measured; the value is a distance with its unit, or a count. */
export const kneeToWallDifferenceLine = (difference: string) =>
  msg(str`Difference between my feet: ${difference}`, { desc: 'Summary line under knee to wall, e.g. "Difference between my feet: 4 cm".' });

export const heelRaiseDifferenceLine = (difference: string) =>
  msg(str`Difference between my legs: ${difference}`, { desc: 'Summary line under heel raises, e.g. "Difference between my legs: 8".' });

export const ageBandLine = (band: string) =>
  msg(str`Age: ${band}`, { desc: 'Summary line; the value is an age range, e.g. "40–49".' });

export const notMeasuredText = () =>
  msg('not measured', { desc: 'In a summary line, for a leg the reader did not measure, e.g. "left 7 cm, right not measured".' });
