import { html } from 'lit';
import { checklistText, resultText, signTexts, signsCountText } from '../content.js';
import { SIGN_KEYS, type Answers, type ChecklistScore } from '../scoring.js';

/** The four signs as checkboxes; `onAnswer` hears each change. */
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
            .checked=${answers[key]}
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

/** The live result: announced politely, whole, on every change. */
export function renderResult({ signs, band }: ChecklistScore, locale: string) {
  return html`<div part="result result-${band}" class="result" role="status" aria-live="polite" aria-atomic="true">
    <p class="count">${signsCountText(signs, SIGN_KEYS.length, locale)}</p>
    <p>${resultText(band)}</p>
  </div>`;
}
