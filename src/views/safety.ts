import { html } from 'lit';
import { safetyText } from '../content.js';
import { renderBlock } from './blocks.js';

/** When to get urgent help instead of booking. */
export function renderSafety() {
  const t = safetyText();
  return html`<details part="safety" class="safety">
    <summary part="toggle">${t.summary}</summary>
    <p>${t.emergencyIntro}</p>
    ${renderBlock(t.emergency)}
    <p>${t.urgentIntro}</p>
    ${renderBlock(t.urgent)}
  </details>`;
}
