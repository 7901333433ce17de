import { html } from 'lit';
import { browserOnly } from '../../templates/browser-only.js';
import { checklistText, needsScriptText, noneFitText, resultText, signTexts, signsCountText, startText } from './words.js';
import { SIGN_KEYS, type Answers, type ChecklistScore, type SignKey } from './scoring.js';

/**
 * The four signs as checkboxes, then "None of these fit me", which clears them (and a ticked sign clears it). The
 * server writes each box's state as the `checked` attribute; in the browser the property is what keeps a box in step
 * once the reader has clicked it. The legend names the group and holds the section's heading, so a reader moving by
 * headings finds the checklist too.
 */
export function renderChecklist(
  answers: Answers,
  noneFit: boolean,
  sectionLevel: number,
  onAnswer: (event: Event) => void,
  onNoneFit: (event: Event) => void,
) {
  const checklist = checklistText();
  return html`<fieldset part="checklist" class="checklist" aria-describedby="checklist-hint">
    <legend part="subheading" class="subheading"><span role="heading" aria-level=${sectionLevel}>${checklist.legend}</span></legend>
    <p id="checklist-hint" class="muted">${checklist.hint}</p>
    ${signTexts().map(
      // The <label> keeps the whole row clickable; aria-labelledby narrows the name to the sign, so the hint is
      // read once, as the description, not twice.
      ({ key, label, hint }) =>
        html`<label part="item" class="item">
          <input
            part="checkbox"
            class="checkbox"
            type="checkbox"
            name=${key}
            ?checked=${answers[key]}
            .checked=${browserOnly(answers[key])}
            aria-labelledby="label-${key}"
            aria-describedby="hint-${key}"
            @change=${onAnswer}
          />
          <span class="item-label" id="label-${key}">${label}</span>
          <span class="item-hint muted" id="hint-${key}">${hint}</span>
        </label>`,
    )}
    <label part="none-fit" class="item">
      <input class="checkbox" type="checkbox" ?checked=${noneFit} .checked=${browserOnly(noneFit)} @change=${onNoneFit} />
      <span class="item-label">${noneFitText()}</span>
    </label>
  </fieldset>`;
}

/**

 * Which boxes are ticked on screen. A server-rendered checklist can be ticked before the script arrives, and
 * hydration leaves the boxes as they are.
 */
export function tickedOnScreen(root: ParentNode): SignKey[] {
  return SIGN_KEYS.filter((key) => root.querySelector<HTMLInputElement>(`[part~="checkbox"][name="${key}"]`)?.checked);
}

/**
 * The live result, announced politely, whole, on every change; always the same node, so a screen reader hears each
 * change. Until a sign is ticked or the reader said none fit it only invites them to start: no count, no verdict. A
 * self-test entry leaves it as it is, so the reading beside that entry is the one thing announced.
 * Over it, until the script defines the element (turned off, blocked, still loading: a server-rendered widget is plain
 * HTML until then), a note says the checklist needs JavaScript; the styles hide it once the element is defined.
 */
export function renderResult({ signs, band }: ChecklistScore, noneFit: boolean, locale: string) {
  const verdict = signs > 0 || noneFit;
  return html`<div class="result-area">
    <p class="needs-script">${needsScriptText()}</p>
    <div part=${verdict ? `result result-${band}` : 'result'} class="result" role="status" aria-live="polite" aria-atomic="true">
      ${verdict ? html`<p class="count">${signsCountText(signs, SIGN_KEYS.length, locale)}</p>` : ''}
      <p>${verdict ? resultText(band) : startText()}</p>
    </div>
  </div>`;
}
