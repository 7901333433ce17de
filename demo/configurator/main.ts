import { SCRIPT_URL, snippet, widgetTag } from './snippet.js';
import { validate, type Field, type FormValues } from './validate.js';
// The list and the names alone, not src/localization.ts (which brings @lit/localize and every translation). The
// names are the ones the widget's own picker writes ("Español"), so the clinic reads what its readers will see.
import { allLocales as LOCALES } from '../../src/generated/locale-codes.js';
import { languageName } from '../../src/language-names.js';

const form = document.querySelector<HTMLFormElement>('#config')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const output = document.querySelector<HTMLElement>('#snippet')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;

function fillLanguageFields() {
  const select = form.elements.namedItem('lang') as HTMLSelectElement;
  const group = form.querySelector<HTMLElement>('#languages')!;
  for (const tag of LOCALES) {
    select.add(new Option(`${languageName(tag)} (${tag})`, tag));
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'languages', value: tag });
    label.append(box, ` ${languageName(tag)} (${tag})`);
    group.append(label);
  }
}

function readForm(): FormValues {
  const data = new FormData(form);
  // Every field is text (no file inputs), so each value is a string.
  const text = (name: string) => (data.get(name) as string | null) ?? '';
  return {
    bookingUrl: text('bookingUrl'),
    phone: text('phone'),
    clinicName: text('clinicName'),
    lang: text('lang'),
    languages: data.getAll('languages') as string[],
    theme: text('theme'),
    accent: text('accent'),
  };
}

/** Shows or clears the message under a field, and ties it to the field for screen readers. */
function showError(field: Field, message: string | undefined) {
  const error = document.getElementById(`${field}-error`)!;
  error.textContent = message ?? '';
  error.hidden = !message;
  for (const control of form.querySelectorAll(`[name="${field}"]`)) {
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }
}

/**
 * The live preview, created once: each edit changes its attributes in place, so a reader's ticks and picked
 * language survive while the clinic keeps typing.
 */
const widget = preview.appendChild(document.createElement('calf-check'));

/** Gives the preview exactly the attributes of `tag`, touching only those that differ. */
function showInPreview(tag: string) {
  // Parsed inertly from the snippet's own tag: what the clinic sees is exactly what it copies.
  const wanted = new DOMParser().parseFromString(tag, 'text/html').querySelector('calf-check')!;
  // The one difference: the preview sits under this page's "Preview" heading (h2), so its heading is one level down.
  wanted.setAttribute('heading-level', '3');
  for (const { name } of [...widget.attributes]) if (!wanted.hasAttribute(name)) widget.removeAttribute(name);
  for (const { name, value } of wanted.attributes) if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
}

let current = '';
let valid = true;

function update() {
  const { config, errors } = validate(readForm(), LOCALES);
  for (const field of ['bookingUrl', 'phone', 'clinicName', 'languages', 'accent'] as const) showError(field, errors[field]);
  valid = Object.keys(errors).length === 0;
  current = snippet(config);
  output.textContent = current;
  showInPreview(widgetTag(config));
  copyStatus.textContent = '';
}

/** Copies with the Clipboard API; where a browser refuses, selects the snippet so the clinic can copy it by hand. */
async function copy() {
  if (!valid) {
    copyStatus.textContent = 'Fix the fields marked in red first.';
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    return;
  }
  try {
    await navigator.clipboard.writeText(current);
    copyStatus.textContent = 'Copied. Paste it into your page where the widget should appear.';
  } catch {
    getSelection()?.selectAllChildren(output);
    copyStatus.textContent = 'Your browser blocked copying. The snippet is selected: press Ctrl+C (⌘C on a Mac).';
  }
}

fillLanguageFields();
document.querySelector('#script-url')!.textContent = SCRIPT_URL;
// Only `input`: text fields fire it on each keystroke, and checkboxes, radios and selects fire it too, before the
// `change` that would run everything a second time.
form.addEventListener('input', update);
form.addEventListener('submit', (event) => {
  event.preventDefault();
});
copyButton.addEventListener('click', () => void copy());
// The picker is in the form: its `input` event goes on to the form's listener, which updates once.
document.querySelector<HTMLInputElement>('#accent-picker')!.addEventListener('input', (event) => {
  (form.elements.namedItem('accent') as HTMLInputElement).value = (event.target as HTMLInputElement).value;
});
update();
