import { html, nothing } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { SummaryAction } from '../../events.js';
import type { CopyState } from './controller.js';
import { summaryText } from './words.js';
import { mailtoHref, summaryTitleOf } from './text.js';


export interface SummaryView {
  /** The plain-text summary; its first line is the title. */
  text: string;
  /** An already validated address, or '' for no email link. */
  clinicEmail: string;
  /** The level of the summary's heading, one below the widget's. */
  sectionLevel: number;
  copyState: CopyState;
  /** Where the summary's text element goes, for Copy to select it. */
  shown: Ref<HTMLElement>;
}

/** Only a browser with a share sheet gets the Share button; desktop Firefox and most Linux browsers have none. */
const canShare = () => typeof globalThis.navigator?.share === 'function';

/**
 * The summary on screen, with its actions. `onAction` hears each one; each control names its action in
 * `data-action`. The email link is a plain link the reader's mail app opens: the widget itself sends nothing.
 */
export function renderSummary({ text, clinicEmail, sectionLevel, copyState, shown }: SummaryView, onAction: (event: Event) => void) {
  const t = summaryText();
  const button = (action: SummaryAction, label: string) =>
    html`<button type="button" class="action" data-action=${action} @click=${onAction}>${label}</button>`;
  return html`<section part="summary" class="summary" aria-labelledby="summary-heading">
    <div part="subheading" class="subheading" id="summary-heading" role="heading" aria-level=${sectionLevel}>
      ${t.heading}
    </div>
    <pre class="summary-text" ${ref(shown)}>${text}</pre>
    <div class="summary-actions">
      ${button('copy', t.copy)} ${button('print', t.print)} ${canShare() ? button('share', t.share) : nothing}
      ${clinicEmail
        ? html`<a part="email" class="action" data-action="email" href=${mailtoHref(clinicEmail, summaryTitleOf(text), text)} @click=${onAction}
            >${t.email}</a
          >`
        : nothing}
    </div>
    <p class="summary-status" role="status">${copyState && t[copyState]}</p>
  </section>`;
}
