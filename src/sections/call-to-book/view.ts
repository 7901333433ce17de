import { html, nothing } from 'lit';
import type { BookingTarget } from '../../attributes.js';
import { bookLabel, callLabel, ctaText, noBookingText, newTabText } from './words.js';
import { telHref } from '../../safe-url.js';
import { withResultParams } from './booking-link.js';
import type { ChecklistScore } from '../checklist/scoring.js';
import { leftToRight } from '../../templates/direction.js';

export interface CallToBook {
  /** An already validated booking URL, or ''. */
  bookingUrl: string;
  /** An already validated phone number as the clinic wrote it, or ''. */
  phone: string;
  clinicName: string;
  bookingTarget: BookingTarget;
  shareResult: boolean;
}

/** The invitation to book, worded for the result, with the booking and phone links the clinic gave. */
export function renderCallToBook(options: CallToBook, score: ChecklistScore, onBook: (event: MouseEvent) => void) {
  const { phone, clinicName } = options;
  let href = options.bookingUrl;
  if (href && options.shareResult) href = withResultParams(href, score);
  // tel: and mailto: hand over to another app; only a web page can open in a new tab.
  const newTab = !!href && /^https?:/.test(href) && options.bookingTarget === '_blank';
  return html`<div part="cta" class="cta">
    <slot name="logo"></slot>
    <p>${ctaText(score.band)}</p>
    <slot name="note"></slot>
    ${href
      ? html`<a
          part="book"
          class="book"
          href=${href}
          target=${newTab ? '_blank' : nothing}
          rel=${newTab ? 'noopener' : nothing}
          @click=${onBook}
          ><bdi>${bookLabel(clinicName)}</bdi>${newTab
            ? html`<span class="visually-hidden"> ${newTabText()}</span>`
            : nothing}</a
        >`
      : nothing}
    ${phone
      ? html`<a part="phone" class="phone" href=${telHref(phone)!} @click=${onBook}><bdi>${leftToRight(callLabel(phone), phone)}</bdi></a>`
      : nothing}
    ${!href && !phone ? html`<p><bdi>${noBookingText(clinicName)}</bdi></p>` : nothing}
  </div>`;
}
