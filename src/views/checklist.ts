import { html } from 'lit';
import { browserOnly } from './browser-only.js';
import { checklistText, resultText, signTexts, signsCountText } from '../content.js';
import { SIGN_KEYS, type Answers, type ChecklistScore, type SignKey } from '../scoring.js';

/**
 * The four signs as checkboxes; `onAnswer` hears each change. The server writes each answer as the `checked`
 * attribute; in the browser the property is what keeps a box in step once the reader has clicked it.
 */
export function renderChecklist(answers: Answers, onAnswer: (event: Event) => void) {
  const checklist = checklistText();
  return html`<fieldset part="checklist" class="checklist" aria-describedby="checklist-hint">
    <legend part="subheading" class="subheading">${checklist.legend}</legend>
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
  </fieldset>`;
}

/**
 * Which boxes are ticked on screen. A server-rendered checklist can be ticked before the script arrives, and
 * hydration leaves the boxes as they are.
 */
export function tickedOnScreen(root: ParentNode): SignKey[] {
  return SIGN_KEYS.filter((key) => root.querySelector<HTMLInputElement>(`[part~="checkbox"][name="${key}"]`)?.checked);
}

/** The live result: announced politely, whole, on every change. */
export function renderResult({ signs, band }: ChecklistScore, locale: string) {
  return html`<div part="result result-${band}" class="result" role="status" aria-live="polite" aria-atomic="true">
    <p class="needs-script">${checklistText().needsScript}</p>
    <p class="count">${signsCountText(signs, SIGN_KEYS.length, locale)}</p>
    <p>${resultText(band)}</p>
  </div>`;
}
