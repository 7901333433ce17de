import { SCRIPT_URL, snippet, widgetTag } from './snippet.js';
import { validate, type Field, type FormValues } from './validate.js';
// The list alone, not src/localization.ts: the configurator needs the names, not the translations.
import { allLocales as LOCALES } from '../../src/generated/locale-codes.js';

const form = document.querySelector<HTMLFormElement>('#config')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const output = document.querySelector<HTMLElement>('#snippet')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;

/** Each language's own name for itself ("Français"), so a clinic finds its language without English. */
function languageName(tag: string): string {
  return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
}

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

let current = '';
let valid = true;

function update() {
  const { config, errors } = validate(readForm(), LOCALES);
  for (const field of ['bookingUrl', 'phone', 'clinicName', 'languages', 'accent'] as const) showError(field, errors[field]);
  valid = Object.keys(errors).length === 0;
  current = snippet(config);
  output.textContent = current;
  // The preview is the snippet's own tag, parsed inertly: what the clinic sees is exactly what it copies.
  const parsed = new DOMParser().parseFromString(widgetTag(config), 'text/html').querySelector('calf-check')!;
  preview.replaceChildren(document.importNode(parsed, true));
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
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => {
  event.preventDefault();
});
copyButton.addEventListener('click', () => void copy());
document.querySelector<HTMLInputElement>('#accent-picker')!.addEventListener('input', (event) => {
  (form.elements.namedItem('accent') as HTMLInputElement).value = (event.target as HTMLInputElement).value;
  update();
});
update();
