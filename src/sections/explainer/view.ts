import { html } from 'lit';
import { explainerSections, leadText } from './words.js';
import { renderBlock } from '../../templates/blocks.js';
import { bodyPicture } from './body-picture.js';

/** The introduction, the picture and the sections a reader can open. */
export function renderExplainer() {
  return html`<section part="explainer" class="explainer">
    <div class="intro">
      <p class="lead">${leadText()}</p>
      ${bodyPicture()}
    </div>
    ${explainerSections().map(
      (section) =>
        html`<details part="section section-${section.key}">
          <summary part="toggle">${section.title}</summary>
          <div class="section-body">${section.blocks.map(renderBlock)}</div>
        </details>`,
    )}
  </section>`;
}
