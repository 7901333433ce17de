import { expect, waitUntil } from '@open-wc/testing';
import { SCRIPT_URL } from '../../demo/configurator/snippet.js';
import type { CalfCheck } from '../../src/calf-check.js';

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
    const field = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
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
    fill('bookingUrl', 'https://stride.example/book?from=web&staff=42');
    fill('phone', '+44 20 7946 0000');
    fill('clinicName', clinic);
    fill('lang', 'fr');
    choose('languages', 'fr');
    choose('languages', 'en');
    choose('theme', 'dark');
    fill('accent', '#8cc1ff');

    // The live preview already shows it.
    const preview = await renderedWidget(doc, '#preview');
    expect(preview.getAttribute('clinic-name')).to.equal(clinic);
    expect(part(preview, 'book')!.getAttribute('href')).to.equal('https://stride.example/book?from=web&staff=42');

    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => status() !== '', 'status announced');
    expect(status()).to.match(/^Copied/);
    expect(copied).to.have.length(1);
    expect(copied[0]).to.equal(snippetText());
    expect(doc.querySelector('#copy-status')!.getAttribute('role')).to.equal('status');

    // Paste it into a new page. Only the script's address changes: this test server instead of the CDN.
    expect(copied[0]).to.contain(SCRIPT_URL);
    const page = await openFrame((f) => (f.srcdoc = copied[0].replace(SCRIPT_URL, '/dist/calf-check.js')));
    const widget = await renderedWidget(page.contentDocument!);
    const book = part(widget, 'book') as HTMLAnchorElement;
    expect(book.href).to.equal('https://stride.example/book?from=web&staff=42');
    expect(book.textContent).to.contain(clinic);
    const phone = part(widget, 'phone') as HTMLAnchorElement;
    expect(phone.getAttribute('href')).to.equal('tel:+442079460000');
    expect(phone.textContent).to.contain('+44 20 7946 0000');
    expect(widget.getAttribute('theme')).to.equal('dark');
    // French puts a narrow no-break space before "?".
    expect(part(widget, 'heading')!.textContent).to.match(/^Et si c’étaient vos mollets\s\?$/);
    const picker = part(widget, 'language-picker')!.querySelector('select')!;
    expect([...picker.options].map((option) => option.value)).to.deep.equal(['en', 'fr']);
    expect(picker.value).to.equal('fr');
    const style = page.contentWindow!.getComputedStyle(book);
    expect(style.backgroundColor).to.equal('rgb(140, 193, 255)');
    expect(style.color).to.equal('rgb(17, 17, 17)');
    page.remove();
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

  it('has labelled fields: every control has an accessible name', () => {
    for (const control of doc.querySelectorAll<HTMLInputElement>('input, select, button')) {
      const labelled = control.labels?.length || control.getAttribute('aria-label') || control.textContent?.trim();
      expect(labelled, control.outerHTML).to.be.ok;
    }
  });
});
