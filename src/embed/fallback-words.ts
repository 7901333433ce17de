/**
 * The widget's own words, in any shipped language, for the fallback a snippet carries inside `<calf-check>`: what a
 * reader sees while the script is slow, or if it never loads. They come from the same compiled translations as the
 * widget (src/generated/locales/), every language at hand, read synchronously, so the configurator writes a snippet on
 * every keystroke; and through the same runtime, so a message is looked up exactly as the widget looks it up.
 */
import { bookLabel, callLabel, noBookingText } from '../sections/call-to-book/words.js';
import { headingText } from '../words.js';
import { leadText } from '../sections/explainer/words.js';
import { addAllWords } from '../i18n/all-words.js';
import { speak } from '../i18n/runtime.js';
import { matchLocale } from '../i18n/locales.js';

addAllWords();

export interface FallbackText {
  heading: string;
  lead: string;
  /** The booking link's words. */
  book: string;
  /** The phone link's words, or '' without a phone. */
  call: string;
  /** What to say with neither a booking link nor a phone. */
  noBooking: string;
}

/** The heading, introduction and call to book the widget itself shows, in `locale` ('' or unknown: English). */
export function fallbackText(locale: string, clinicName: string, phone: string): FallbackText {
  return speak(matchLocale(locale) ?? 'en', () => ({
    heading: headingText(),
    lead: leadText(),
    book: bookLabel(clinicName),
    call: phone ? callLabel(phone) : '',
    noBooking: noBookingText(clinicName),
  }));
}
