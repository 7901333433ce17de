import type { Band } from '../checklist/scoring.js';
import { msg, str } from '@lit/localize';

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
