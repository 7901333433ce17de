import { html } from 'lit';
import type { Block } from '../content.js';

/** A paragraph, or a bulleted list. */
export function renderBlock(block: Block) {
  return typeof block === 'string' ? html`<p>${block}</p>` : html`<ul>${block.map((item) => html`<li>${item}</li>`)}</ul>`;
}
