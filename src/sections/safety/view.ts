import { html } from 'lit';
import { safetyText, emergencyCallText, urgentToggleText } from './words.js';
import { renderBlock } from '../../templates/blocks.js';
import { around } from '../../templates/direction.js';

/**
 * When to get urgent help instead of booking, first in the reader's path: every emergency sign is shown, never behind
 * a click; only the same-day signs wait behind one toggle. With the clinic's emergency number, the sentence says to
 * call it, as a link. Its title is a heading at the sections' level.
 */
export function renderSafety(emergencyNumber: string, sectionLevel: number) {
  const t = safetyText();
  // A named region with a real heading: a reader moving by headings or landmarks lands on it, not past it.
  return html`<section part="safety" class="safety" aria-labelledby="safety-heading">
    <div class="safety-heading" id="safety-heading" role="heading" aria-level=${sectionLevel}>${t.summary}</div>
    <p>
      ${emergencyNumber
        ? around(emergencyCallText(emergencyNumber), emergencyNumber, html`<a class="emergency" href="tel:${emergencyNumber}">${emergencyNumber}</a>`)
        : t.emergencyIntro}
    </p>
    ${renderBlock(t.emergency)}
    <details>
      <summary part="toggle">${urgentToggleText()}</summary>
      <p>${t.urgentIntro}</p>
      ${renderBlock(t.urgent)}
    </details>
  </section>`;
}
