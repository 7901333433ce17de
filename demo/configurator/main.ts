import { scriptFile, snippet, widgetTag, type WidgetConfig } from './snippet.js';
import { parseHex, toHex } from './brand-colour.js';
import { validate, type Field, type FormValues } from './validate.js';
import { allLocales as LOCALES } from '../../src/generated/locale-codes.js';
import { languageName } from '../../src/i18n/language-names.js';
// The list and the names alone, not src/localization.ts (which brings @lit/localize and every translation). The
// names are the ones the widget's own picker writes ("Español"), so the clinic reads what its readers will see.

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
    accentDark: text('accentDark'),
    shareResult: text('shareResult'),
    bookingTarget: text('bookingTarget'),
    headingLevel: text('headingLevel'),
    logo: text('logo'),
    note: text('note'),
    emergencyNumber: text('emergencyNumber'),
    clinicEmail: text('clinicEmail'),
    hosting: text('hosting'),
    scriptUrl: text('scriptUrl'),
  };
}

/** The fields that can be refused, each with its message under it. */
const CHECKED_FIELDS = ['bookingUrl', 'phone', 'clinicName', 'clinicEmail', 'emergencyNumber', 'languages', 'accent', 'accentDark', 'logo', 'scriptUrl'] as const;

/**
 * Shows or clears the message under a field, and ties it to the field for screen readers; with a suggestion, a
 * button under it puts the suggested value in the field.
 */
function showError(field: Field, message: string | undefined, suggestion: string | undefined) {
  const error = document.getElementById(`${field}-error`)!;
  error.textContent = message ?? '';
  error.hidden = !message;
  for (const control of form.querySelectorAll(`[name="${field}"]`)) {
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }
  const fix = document.getElementById(`${field}-fix`);
  if (!fix) return;
  fix.hidden = !suggestion;
  fix.textContent = suggestion ? `Use ${suggestion}` : '';
  fix.dataset.value = suggestion ?? '';
}

/** The swatch follows a colour code typed in its text field, as the text field follows the swatch. */
function showColourInPicker(field: 'accent' | 'accentDark') {
  const rgba = parseHex((form.elements.namedItem(field) as HTMLInputElement).value);
  if (rgba) document.querySelector<HTMLInputElement>(`#${field}-picker`)!.value = toHex(rgba);
}

/** Puts a suggested value in its field, as if typed, and moves on to the field. */
function applyFix(button: HTMLButtonElement) {
  const field = form.elements.namedItem(button.id.replace(/-fix$/, '')) as HTMLInputElement;
  field.value = button.dataset.value ?? '';
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.focus();
}

/**
 * The live preview, created once: each edit changes its attributes in place, so a reader's ticks and picked
 * language survive while the clinic keeps typing.
 */
const widget = preview.appendChild(document.createElement('calf-check'));

/** Gives the preview exactly the attributes and children of `tag`, touching only those that differ. */
function showInPreview(tag: string) {
  // Parsed inertly from the snippet's own tag: what the clinic sees is exactly what it copies.
  const wanted = new DOMParser().parseFromString(tag, 'text/html').querySelector('calf-check')!;
  // The one difference: the preview sits under this page's "Preview" heading (h2), so its heading is one level down.
  wanted.setAttribute('heading-level', '3');
  for (const { name } of [...widget.attributes]) if (!wanted.hasAttribute(name)) widget.removeAttribute(name);
  for (const { name, value } of wanted.attributes) if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
  // The logo and note, and the fallback, which the running widget does not show.
  if (widget.innerHTML !== wanted.innerHTML) widget.replaceChildren(...wanted.childNodes);
}

const download = document.querySelector<HTMLAnchorElement>('#download')!;
const downloadWhat = document.querySelector<HTMLElement>('#download-what')!;

/**
 * Offers what the snippet needs: for one language and no picker, that language's file, saved as calf-check.js so the
 * address in the snippet does not depend on the language; else a zip of calf-check.js and the words/ folder beside
 * it, from which it fetches each language a widget shows.
 */
function offerDownload(config: WidgetConfig) {
  const file = scriptFile(config);
  const zipped = file === 'calf-check.js';
  download.href = zipped ? '../dist/calf-check.zip' : `../dist/${file}`;
  download.download = zipped ? 'calf-check.zip' : 'calf-check.js';
  download.textContent = zipped ? 'Download calf-check.zip' : 'Download calf-check.js';
  downloadWhat.textContent = zipped
    ? `(calf-check.js and its words/ folder, ${LOCALES.length} languages: unzip both into the same folder)`
    : `(${languageName(config.lang)} only)`;
}

let current = '';
let valid = true;

function update() {
  const values = readForm();
  const { config, scriptUrl, errors, suggestions } = validate(values, LOCALES);
  for (const field of CHECKED_FIELDS) showError(field, errors[field], suggestions[field]);
  valid = Object.keys(errors).length === 0;
  current = snippet(config, scriptUrl);
  output.textContent = current;
  scriptAddress.textContent = scriptUrl;
  selfHosting.hidden = values.hosting !== 'self';
  // Each theme shows the colours it uses: light, dark, or both for Automatic.
  lightColour.hidden = config.theme === 'dark';
  darkColour.hidden = config.theme === 'light';
  showColourInPicker('accent');
  showColourInPicker('accentDark');
  showInPreview(widgetTag(config));
  offerDownload(config);
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

const scriptAddress = document.querySelector<HTMLElement>('#script-url')!;
const lightColour = document.querySelector<HTMLElement>('#accent-field')!;
const darkColour = document.querySelector<HTMLElement>('#accentDark-field')!;
const selfHosting = document.querySelector<HTMLElement>('#self-hosting')!;

fillLanguageFields();
// Only `input`: text fields fire it on each keystroke, and checkboxes, radios and selects fire it too, before the
// `change` that would run everything a second time.
form.addEventListener('input', update);
form.addEventListener('submit', (event) => {
  event.preventDefault();
});
copyButton.addEventListener('click', () => void copy());
form.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.fix');
  if (button) applyFix(button);
});
// The pickers are in the form: their `input` event goes on to the form's listener, which updates once.
for (const picker of form.querySelectorAll<HTMLInputElement>('input[type="color"]')) {
  picker.addEventListener('input', () => {
    (form.elements.namedItem(picker.dataset.for!) as HTMLInputElement).value = picker.value;
  });
}
update();
