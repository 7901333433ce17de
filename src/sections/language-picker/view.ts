import { browserOnly } from '../../templates/browser-only.js';
import { html, nothing } from 'lit';
import { languagePickerLabel } from './words.js';
import { type OfferedLanguage } from '../../i18n/language-source.js';

/**
 * A small picker when two or more languages are offered; `onPick` hears the reader's choice. The server writes the
 * current language as the `selected` attribute, the browser keeps the property in step (see browserOnly).
 */
export function renderLanguagePicker(offered: readonly OfferedLanguage[], current: string, onPick: (event: Event) => void) {
  if (offered.length < 2) return nothing;
  return html`<label part="language-picker" class="language-picker">
    <span>${languagePickerLabel()}</span>
    <select @change=${onPick}>
      ${offered.map(
        ({ locale, name }) =>
          html`<option
            value=${locale}
            lang=${locale}
            ?selected=${locale === current}
            .selected=${browserOnly(locale === current)}
          >
            ${name}
          </option>`,
      )}
    </select>
  </label>`;
}
