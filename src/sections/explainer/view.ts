import { html, nothing } from 'lit';
import { renderBlock } from '../../templates/blocks.js';
import { bodyPicture } from './body-picture.js';
import { SOURCES, type Source, type SourceTopic } from './sources.js';
import { explainerSections, leadText, sourcesText } from './words.js';

/** The introduction, the picture, the sections a reader can open, and last the sources behind them. */
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
    ${renderSources()}
  </section>`;
}

/**
 * Each source as a reference list writes it, grouped by what it supports. A link opens the source's own page in a new
 * tab, with no referrer: nothing is requested before the reader clicks, and the page they came from is not sent.
 */
function renderSources() {
  const t = sourcesText();
  const topics = Object.keys(t.topics) as SourceTopic[];
  return html`<details part="section section-sources">
    <summary part="toggle">${t.title}</summary>
    <div class="section-body sources">
      <p>${t.intro}</p>
      ${topics.map(
        (topic) =>
          html`<p class="sources-topic">${t.topics[topic]}</p>
            <ul>
              ${SOURCES.filter((source) => source.topic === topic).map(renderSource)}
            </ul>`,
      )}
    </div>
  </details>`;
}

function renderSource({ authors, year, title, where, link }: Source) {
  return html`<li lang="en" dir="ltr">
    ${authors}${year ? ` (${year})` : ''}. <cite>${title}</cite>. ${where}.
    ${link ? html`<a href=${link} target="_blank" rel="noopener noreferrer">${link.replace(/^https:\/\//, '')}</a>` : nothing}
  </li>`;
}
