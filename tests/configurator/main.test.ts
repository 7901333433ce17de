import { expect, waitUntil } from '@open-wc/testing';
import { SCRIPT_URL } from '../../demo/configurator/snippet.js';
import { parseHex } from '../../demo/configurator/brand-colour.js';
import type { CalfCheck } from '../../src/calf-check.js';
import { THEMES } from '../../src/attributes.js';
import { parseColor } from '../../src/embed/contrast.js';
import { textContrasts } from '../helpers/text-contrast.js';

/** Opens a page in a fresh iframe, as a separate document with its own scripts. */
async function openFrame(setup: (frame: HTMLIFrameElement) => void) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  setup(frame);
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The widget inside a frame, once its module has run and it has rendered. */
async function renderedWidget(doc: Document, within = 'body') {
  await waitUntil(() => doc.querySelector(`${within} calf-check`)?.shadowRoot?.querySelector('[part~="cta"]'), 'widget rendered', {
    timeout: 5000,
  });
  const el = doc.querySelector<CalfCheck>(`${within} calf-check`)!;
  await el.updateComplete;
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('demo/configurator.html', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  let copied: string[];

  /** Types into a field the way a clinic would: the value changes, then an input event. */
  function fill(name: string, value: string) {
    const field = doc.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  function choose(name: string, value: string) {
    const option = doc.querySelector<HTMLInputElement>(`[name="${name}"][value="${value}"]`)!;
    option.click();
  }
  const snippetText = () => doc.querySelector('#snippet')!.textContent ?? '';
  const status = () => doc.querySelector('#copy-status')!.textContent ?? '';

  beforeEach(async () => {
    frame = await openFrame((f) => (f.src = '/demo/configurator.html'));
    doc = frame.contentDocument!;
    await waitUntil(() => snippetText().includes('<calf-check'), 'configurator ready', { timeout: 5000 });
    // The test page may not grant clipboard access, so the page's clipboard is replaced by a recorder.
    copied = [];
    Object.defineProperty(frame.contentWindow!.navigator, 'clipboard', {
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
      configurable: true,
    });
  });

  it('draws every text field alike: the email field has the same border, padding and font as the others', () => {
    const look = (name: string) => {
      const style = frame.contentWindow!.getComputedStyle(doc.querySelector(`[name="${name}"]`)!);
      return [style.borderTopWidth, style.borderTopStyle, style.borderTopColor, style.borderTopLeftRadius, style.paddingTop, style.paddingLeft, style.fontFamily];
    };
    for (const name of ['clinicEmail', 'phone', 'clinicName']) expect(look(name), name).to.deep.equal(look('bookingUrl'));
  });
  afterEach(() => frame.remove());

  it('explains a refused booking link next to the field and keeps it out of the snippet', async () => {
    fill('bookingUrl', 'javascript:alert(1)');
    const input = doc.querySelector('#bookingUrl')!;
    const error = doc.querySelector<HTMLElement>('#bookingUrl-error')!;
    expect(error.hidden).to.be.false;
    expect(error.textContent).to.match(/cannot be used for booking/);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('bookingUrl-error');
    expect(snippetText()).not.to.contain('booking-url');
    expect(snippetText()).not.to.contain('javascript');

    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => status() !== '', 'status announced');
    expect(status()).to.match(/Fix the fields/);
    expect(copied).to.deep.equal([]);
    expect(doc.activeElement).to.equal(input);

    fill('bookingUrl', 'https://stride.example/book');
    expect(error.hidden).to.be.true;
    expect(input.hasAttribute('aria-invalid')).to.be.false;
  });

  it('copies a snippet that, pasted into a fresh page, shows exactly what was configured', async () => {
    const clinic = `O'Brien & "Sons" <Physio>`;
    const note = 'Open Saturdays <8–12> & most insurers accepted.';
    const logo = new URL('/demo/no-such-logo.png?size=2&v=1', location.href).href;
    fill('bookingUrl', 'https://stride.example/book?from=web&staff=42');
    fill('phone', '+44 20 7946 0000');
    fill('clinicName', clinic);
    fill('emergencyNumber', '112');
    fill('clinicEmail', 'desk@stride.example');
    choose('bookingTarget', '_self');
    doc.querySelector<HTMLInputElement>('[name="shareResult"]')!.click();
    fill('headingLevel', '4');
    fill('logo', logo);
    fill('note', note);
    fill('lang', 'fr');
    choose('languages', 'fr');
    choose('languages', 'en');
    choose('theme', 'dark');
    fill('accentDark', '#8cc1ff');
    // Served from this test server: the clinic's own address for the file.
    choose('hosting', 'self');
    fill('scriptUrl', '/dist/calf-check.js');

    // The live preview already shows it.
    const preview = await renderedWidget(doc, '#preview');
    expect(preview.getAttribute('clinic-name')).to.equal(clinic);
    expect(part(preview, 'book')!.getAttribute('href')).to.match(/^https:\/\/stride\.example\/book\?from=web&staff=42&calf_check_signs=0/);
    expect(preview.querySelector('[slot="note"]')!.textContent).to.equal(note);

    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => status() !== '', 'status announced');
    expect(status()).to.match(/^Copied/);
    expect(copied).to.have.length(1);
    expect(copied[0]).to.equal(snippetText());
    expect(doc.querySelector('#copy-status')!.getAttribute('role')).to.equal('status');
    expect(doc.querySelector('#script-url')!.textContent).to.equal('/dist/calf-check.js');

    // Pasted into a new page exactly as copied.
    const page = await openFrame((f) => (f.srcdoc = copied[0]));
    const widget = await renderedWidget(page.contentDocument!);
    const book = part(widget, 'book') as HTMLAnchorElement;
    // share-result: the count and band ride along; same tab: no target.
    expect(book.href).to.equal('https://stride.example/book?from=web&staff=42&calf_check_signs=0&calf_check_band=none');
    expect(book.hasAttribute('target')).to.be.false;
    expect(book.textContent).to.contain(clinic);
    expect(part(widget, 'disclaimer')!.textContent, 'readers are told the result is sent').to.contain('le nombre de signes cochés est envoyé');
    const phone = part(widget, 'phone') as HTMLAnchorElement;
    expect(phone.getAttribute('href')).to.equal('tel:+442079460000');
    expect(phone.textContent).to.contain('+44 20 7946 0000');
    expect(widget.getAttribute('theme')).to.equal('dark');
    const emergency = part(widget, 'safety')!.querySelector('a')!;
    expect([emergency.getAttribute('href'), emergency.textContent]).to.deep.equal(['tel:112', '112']);
    // The summary appears once the reader answers, with the clinic's address to email it to.
    (widget.shadowRoot!.querySelector('[part~="checkbox"]') as HTMLInputElement).click();
    await widget.updateComplete;
    expect(part(widget, 'email')!.getAttribute('href')).to.match(/^mailto:desk@stride\.example\?/);
    expect(part(widget, 'heading')!.getAttribute('aria-level')).to.equal('4');
    // French puts a narrow no-break space before "?".
    expect(part(widget, 'heading')!.textContent).to.match(/^Et si c’étaient vos mollets\s\?$/);
    const picker = part(widget, 'language-picker')!.querySelector('select')!;
    expect([...picker.options].map((option) => option.value)).to.deep.equal(['en', 'fr']);
    expect(picker.value).to.equal('fr');
    const style = page.contentWindow!.getComputedStyle(book);
    expect(style.backgroundColor).to.equal('rgb(140, 193, 255)');
    expect(style.color).to.equal('rgb(17, 17, 17)');
    // The logo and note in their slots, drawn; the fallback, in French, not drawn.
    const slotted = (name: string) => widget.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!.assignedElements();
    const [image] = slotted('logo') as HTMLImageElement[];
    expect([image.src, image.alt]).to.deep.equal([logo, clinic]);
    expect(slotted('note').map((el) => el.textContent)).to.deep.equal([note]);
    expect(image.getClientRects().length, 'the logo is drawn').to.be.greaterThan(0);
    const fallback = [...widget.children].filter((child) => !child.hasAttribute('slot'));
    expect(fallback.map((child) => child.localName)).to.deep.equal(['h4', 'p', 'p']);
    expect(fallback[0].textContent).to.equal(part(widget, 'heading')!.textContent);
    for (const child of fallback) expect(child.getClientRects().length, child.localName).to.equal(0);
    page.remove();
  });

  it('takes a light and a dark brand colour for the Automatic theme, each shown where it applies', async () => {
    fill('bookingUrl', 'https://stride.example/book');
    const lightField = doc.querySelector<HTMLElement>('#accent-field')!;
    const darkField = doc.querySelector<HTMLElement>('#accentDark-field')!;
    expect([lightField.hidden, darkField.hidden], 'light: one colour').to.deep.equal([false, true]);
    choose('theme', 'dark');
    expect([lightField.hidden, darkField.hidden], 'dark: the dark one').to.deep.equal([true, false]);
    choose('theme', 'auto');
    expect([lightField.hidden, darkField.hidden], 'automatic: both').to.deep.equal([false, false]);
    fill('accent', '#1d5fa8');
    fill('accentDark', '#8cc1ff');
    expect(snippetText()).to.contain(
      'style="--calf-check-accent: #1d5fa8; --calf-check-accent-contrast: #ffffff; --calf-check-accent-dark: #8cc1ff; --calf-check-accent-contrast-dark: #111111;"',
    );
    // In a fresh page whose own dark mode is on, the dark half takes the dark colour; off, the light one.
    const page = await openFrame((f) => (f.srcdoc = `<style>:root.dark { color-scheme: dark }</style>${snippetText().replace(SCRIPT_URL, '/dist/calf-check.js')}`));
    const widget = await renderedWidget(page.contentDocument!);
    const button = () => page.contentWindow!.getComputedStyle(part(widget, 'book')!).backgroundColor;
    expect(button()).to.equal('rgb(29, 95, 168)');
    page.contentDocument!.documentElement.classList.add('dark');
    await waitUntil(() => button() === 'rgb(140, 193, 255)', 'the dark colour in the page’s dark mode');
    page.remove();
  });

  it('suggests the nearest shade that works for a refused colour, with one click, and the swatch follows the text', () => {
    choose('theme', 'auto');
    fill('accent', '#1d5fa8'); // fine on white, too faint on dark, and no dark colour given
    const fix = doc.querySelector<HTMLButtonElement>('#accent-fix')!;
    expect(fix.hidden).to.be.false;
    const suggested = fix.textContent.replace('Use ', '');
    expect(doc.querySelector('#accent-error')!.textContent).to.contain(`The nearest shade that works is ${suggested}.`);
    fix.click();
    const text = doc.querySelector<HTMLInputElement>('#accent')!;
    expect(text.value).to.equal(suggested);
    expect(doc.querySelector<HTMLElement>('#accent-error')!.hidden).to.be.true;
    expect(snippetText()).to.contain(`--calf-check-accent: ${suggested}`);
    // Both ways: the swatch shows what was typed (3 digits too), the text takes what was picked.
    const swatch = doc.querySelector<HTMLInputElement>('#accent-picker')!;
    expect(swatch.value).to.equal(suggested);
    fill('accent', '#15a');
    expect(swatch.value).to.equal('#1155aa');
    swatch.value = '#3c8dbc';
    swatch.dispatchEvent(new Event('input', { bubbles: true }));
    expect(text.value).to.equal('#3c8dbc');
    expect(snippetText()).to.contain('--calf-check-accent: #3c8dbc');
  });

  it('offers https:// for a booking address typed without it, with one click', () => {
    fill('bookingUrl', 'stride.example/book');
    const error = doc.querySelector<HTMLElement>('#bookingUrl-error')!;
    const fix = doc.querySelector<HTMLButtonElement>('#bookingUrl-fix')!;
    expect(error.textContent).to.equal('Did you mean https://stride.example/book? Addresses start with https://.');
    expect(fix.hidden).to.be.false;
    expect(fix.textContent).to.equal('Use https://stride.example/book');
    expect(snippetText()).not.to.contain('booking-url');
    fix.click();
    expect(doc.querySelector<HTMLInputElement>('#bookingUrl')!.value).to.equal('https://stride.example/book');
    expect(doc.activeElement!.id).to.equal('bookingUrl');
    expect(error.hidden && fix.hidden).to.be.true;
    expect(snippetText()).to.contain('booking-url="https://stride.example/book"');
  });

  it('loads from jsDelivr by default, and offers the exact built file to host yourself, saying why', async () => {
    expect(snippetText()).to.contain(`src="${SCRIPT_URL}"`);
    const self = doc.querySelector<HTMLElement>('#self-hosting')!;
    expect(self.hidden).to.be.true;
    expect(doc.querySelector('#hosting-hint')!.textContent).to.match(/addresses are not sent to a third party/).and.match(/jsDelivr is fine too/);
    choose('hosting', 'self');
    expect(self.hidden).to.be.false;
    expect(snippetText()).to.contain('src="/calf-check.js"');
    // The language left to the page: calf-check.js and the words of every language beside it, in one zip.
    const download = doc.querySelector<HTMLAnchorElement>('#download')!;
    expect(download.getAttribute('download')).to.equal('calf-check.zip');
    expect(new URL(download.href).pathname).to.equal('/dist/calf-check.zip');
    const archive = new Uint8Array(await (await fetch(download.href)).arrayBuffer());
    expect(String.fromCharCode(...archive.slice(0, 2)), 'a ZIP archive').to.equal('PK');
    const names = new TextDecoder('latin1').decode(archive);
    for (const name of ['calf-check.js', 'words/fr.js', 'words/ur.js']) expect(names, name).to.contain(name);
    expect(doc.querySelector('#download-what')!.textContent).to.contain('words/');
  });

  it('for a picker starting in French, preloads the French words beside calf-check.js; for English, nothing', () => {
    fill('lang', 'fr');
    choose('languages', 'fr');
    choose('languages', 'en');
    expect(snippetText()).to.contain(`<link rel="modulepreload" href="${SCRIPT_URL.replace(/calf-check\.js$/, 'words/fr.js')}" />`);
    fill('lang', 'en');
    expect(snippetText()).to.not.contain('modulepreload');
  });

  it('for one fixed language and no picker, loads and offers the file compiled in that language alone', async () => {
    fill('lang', 'de');
    expect(snippetText()).to.contain(`src="${SCRIPT_URL.replace(/calf-check\.js$/, 'calf-check.de.js')}"`);
    choose('hosting', 'self');
    const download = doc.querySelector<HTMLAnchorElement>('#download')!;
    expect(new URL(download.href).pathname).to.equal('/dist/calf-check.de.js');
    expect(download.getAttribute('download'), 'saved under the snippet’s name').to.equal('calf-check.js');
    expect(doc.querySelector('#download-what')!.textContent).to.contain('Deutsch only');
    // The file is there, and it is the German one: pasted, it shows German.
    const response = await fetch(download.href);
    expect(response.ok, download.href).to.be.true;
    fill('scriptUrl', '/dist/calf-check.de.js');
    const page = await openFrame((f) => (f.srcdoc = snippetText()));
    const widget = await renderedWidget(page.contentDocument!);
    expect(part(widget, 'heading')!.textContent).to.equal('Liegt es an Ihren Waden?');
    page.remove();
    // With a picker every language is needed: the full file.
    choose('languages', 'de');
    choose('languages', 'en');
    expect(new URL(download.href).pathname).to.equal('/dist/calf-check.zip');
    expect(download.getAttribute('download')).to.equal('calf-check.zip');
    choose('hosting', 'cdn');
    expect(snippetText()).to.contain(`src="${SCRIPT_URL}"`);
  });

  it('labels the language the widget starts in as such, apart from the picker’s languages', () => {
    expect(doc.querySelector('label[for="lang"]')!.textContent).to.equal('Starting language');
    expect(doc.querySelector('#languages legend')!.textContent).to.equal('Let readers switch language');
  });

  it('says in plain words what sending the result sends', () => {
    const hint = doc.querySelector('#shareResult-hint')!.textContent.replace(/\s+/g, ' ');
    expect(hint).to.match(/how many of the four signs/).and.match(/none, some or most/).and.contain('calf_check_signs=2&calf_check_band=some');
    expect(hint).to.match(/no name/).and.match(/nothing about the reader leaves your page/);
  });

  it('explains a refused clinic email next to the field and keeps it out of the snippet', () => {
    fill('clinicEmail', 'mailto:desk@stride.example');
    expect(doc.querySelector('#clinicEmail-error')!.textContent).to.match(/Leave out "mailto:"/);
    expect(snippetText()).not.to.contain('clinic-email');
    fill('clinicEmail', 'desk@stride.example');
    expect(snippetText()).to.contain('clinic-email="desk@stride.example"');
  });

  it('explains a refused emergency number next to the field and keeps it out of the snippet', () => {
    fill('emergencyNumber', '999 or 112');
    expect(doc.querySelector('#emergencyNumber-error')!.textContent).to.match(/2 to 6 digits/);
    expect(doc.querySelector('#emergencyNumber')!.getAttribute('aria-invalid')).to.equal('true');
    expect(snippetText()).not.to.contain('emergency-number');
    fill('emergencyNumber', '999');
    expect(snippetText()).to.contain('emergency-number="999"');
  });

  it('when the browser refuses the clipboard, selects the snippet and says how to copy it', async () => {
    Object.defineProperty(frame.contentWindow!.navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      configurable: true,
    });
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => status() !== '', 'status announced');
    expect(status()).to.match(/press Ctrl\+C/);
    expect(frame.contentWindow!.getSelection()!.toString()).to.equal(snippetText());
  });

  it('keeps the reader’s ticks in the preview while the clinic edits', async () => {
    const preview = await renderedWidget(doc, '#preview');
    const box = () => preview.shadowRoot!.querySelector<HTMLInputElement>('[part~="checkbox"][name="stiffAnkles"]')!;
    box().click();
    await preview.updateComplete;
    expect(part(preview, 'result')!.textContent).to.match(/1 of 4 signs/);

    fill('clinicName', 'Stride Physio');
    fill('bookingUrl', 'https://stride.example/book');
    choose('theme', 'dark');
    fill('accentDark', '#8cc1ff');
    await preview.updateComplete;
    // A boolean: a failing comparison of two elements would have the runner serialise them both.
    expect(doc.querySelector('#preview calf-check') === preview, 'the same widget, updated in place').to.be.true;
    expect(part(preview, 'book')!.textContent).to.contain('Stride Physio');
    expect(preview.getAttribute('theme')).to.equal('dark');
    expect(box().checked, 'the tick survives').to.be.true;
    expect(part(preview, 'result')!.textContent).to.match(/1 of 4 signs/);

    // Cleared fields leave the preview too, as they leave the snippet.
    fill('clinicName', '');
    fill('accentDark', '');
    await preview.updateComplete;
    expect(preview.hasAttribute('clinic-name')).to.be.false;
    expect(preview.hasAttribute('style')).to.be.false;
    expect(box().checked).to.be.true;
  });

  it('rebuilds the snippet once per change, whichever kind of field it was', () => {
    // Checkboxes, radios, selects and the colour picker fire both `input` and `change`; one is enough.
    const rebuilds = new MutationObserver(() => undefined);
    rebuilds.observe(doc.querySelector('#snippet')!, { childList: true });
    const count = () => rebuilds.takeRecords().length;
    const lang = doc.querySelector<HTMLSelectElement>('[name="lang"]')!;
    const picker = doc.querySelector<HTMLInputElement>('#accentDark-picker')!;
    const changes: [string, () => void][] = [
      ['radio', () => choose('theme', 'dark')],
      ['checkbox', () => choose('languages', 'fr')],
      ['text', () => fill('clinicName', 'Stride Physio')],
      // What a browser sends when a select or colour picker changes: `input`, then `change`.
      ['select', () => ((lang.value = 'fr'), ['input', 'change'].forEach((type) => lang.dispatchEvent(new Event(type, { bubbles: true }))))],
      ['colour picker', () => ((picker.value = '#8cc1ff'), ['input', 'change'].forEach((type) => picker.dispatchEvent(new Event(type, { bubbles: true }))))],
    ];
    for (const [kind, change] of changes) {
      count();
      change();
      expect(count(), kind).to.equal(1);
    }
    expect(snippetText()).to.contain('theme="dark"').and.contain('clinic-name="Stride Physio"').and.contain('lang="fr"');
    expect(snippetText()).to.contain('--calf-check-accent-dark: #8cc1ff');
    rebuilds.disconnect();
  });

  it('with any brand colour it accepts, every text in the preview still reads 4.5:1', async () => {
    let accepted = 0;
    fill('bookingUrl', 'https://stride.example/book'); // the button, whose text sits on the accent
    // Mid-tones that stand out just 3:1 (auto: from white and dark), and one too faint to take (#5a9eed, 2.78:1 on white).
    for (const [theme, accent] of [
      ['light', '#4d96eb'],
      ['dark', '#3568a3'],
      ['auto', '#3c8dbc'],
      ['light', '#5a9eed'],
    ]) {
      choose('theme', theme);
      const field = theme === 'dark' ? 'accentDark' : 'accent';
      fill(field, accent);
      if (!doc.querySelector<HTMLElement>(`#${field}-error`)!.hidden) continue;
      accepted++;
      const preview = await renderedWidget(doc, '#preview');
      const book = part(preview, 'book')!;
      expect(parseColor(getComputedStyle(book).backgroundColor), `the preview takes ${accent}`).to.deep.equal(parseHex(accent));
      for (const details of preview.shadowRoot!.querySelectorAll('details')) details.open = true;
      const texts = textContrasts(preview);
      expect(texts.length, 'enough text was measured').to.be.greaterThan(40);
      expect(texts.map((m) => m.what), 'the picture’s label was measured').to.include('text "Extra load"');
      const faint = texts.filter((m) => m.ratio < 4.5).map((m) => `${m.what}: ${m.ratio.toFixed(2)}`);
      expect(faint, `${accent} on ${theme}`).to.deep.equal([]);
    }
    expect(accepted).to.equal(3);
  });

  it('names each language as the widget’s own picker does', async () => {
    choose('languages', 'es');
    choose('languages', 'fr');
    const preview = await renderedWidget(doc, '#preview');
    await waitUntil(() => part(preview, 'language-picker'), 'picker shown');
    const widgetNames = [...part(preview, 'language-picker')!.querySelectorAll('option')].map((option) => option.textContent.trim());
    expect(widgetNames).to.deep.equal(['Español', 'Français']);
    const labels = [...doc.querySelectorAll<HTMLInputElement>('[name="languages"]')].map((box) => box.parentElement!.textContent.trim());
    const choices = [...doc.querySelector<HTMLSelectElement>('[name="lang"]')!.options].map((option) => option.text);
    for (const names of [labels, choices]) {
      expect(names).to.include.members(['Español (es)', 'Français (fr)']);
    }
  });

  it('offers the themes the widget ships, no more, no fewer', () => {
    const offered = [...doc.querySelectorAll<HTMLInputElement>('[name="theme"]')].map((radio) => radio.value);
    expect(offered).to.deep.equal([...THEMES]);
  });

  it('has a sensible outline: one h1, then a heading for the form, the snippet and the preview', async () => {
    const preview = await renderedWidget(doc, '#preview');
    const headings = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent.trim()}`);
    // The preview's own fallback heading is not drawn, and so not part of the outline a reader gets.
    const drawn = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.getClientRects().length);
    expect(drawn.map((h) => `${h.localName} ${h.textContent.trim()}`)).to.deep.equal([
      'h1 Make your calf-check snippet',
      "h2 Your clinic's details",
      'h2 Your snippet',
      'h2 Preview',
    ]);
    expect(headings.length - drawn.length, 'only the preview’s fallback is hidden').to.equal(1);
    const form = doc.querySelector('form')!;
    expect(doc.getElementById(form.getAttribute('aria-labelledby')!)!.textContent).to.equal("Your clinic's details");
    // The previewed widget's heading sits under "Preview", one level down.
    expect(part(preview, 'heading')!.getAttribute('aria-level')).to.equal('3');
  });

  it('says what the recipes link opens', async () => {
    const link = [...doc.querySelectorAll('a')].find((a) => /recipes/i.test(a.textContent))!;
    const response = await fetch(link.href);
    expect(response.ok, link.href).to.be.true;
    // A Markdown file shows as plain text in a browser: the link must say so, or lead to a readable page.
    if (!response.headers.get('content-type')!.startsWith('text/html')) expect(link.textContent).to.match(/Markdown/);
  });

  it('has labelled fields: every control has an accessible name', () => {
    for (const control of doc.querySelectorAll<HTMLInputElement>('input, select, textarea, button:not([hidden])')) {
      const labelled = control.labels?.length || control.getAttribute('aria-label') || control.textContent?.trim();
      expect(labelled, control.outerHTML).to.be.ok;
    }
  });
});
