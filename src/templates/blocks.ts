import { html } from 'lit';

/** A paragraph, or a bulleted list. */
export function renderBlock(block: Block) {
  return typeof block === 'string' ? html`<p>${block}</p>` : html`<ul>${block.map((item) => html`<li>${item}</li>`)}</ul>`;
}


/** A paragraph is a string; a bulleted list is an array of strings. */
export type Block = string | string[];
