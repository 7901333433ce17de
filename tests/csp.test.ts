import { expect } from '@open-wc/testing';
import { openStrictPage, settle, widgetOn, type HostPage } from './helpers/host-page.js';

/** The strictest policy the widget promises to work under, byte for byte: no inline code, no other origin, Trusted Types for Lit only. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a host page with a strict Content-Security-Policy', () => {
  let page: HostPage;
  beforeEach(async () => {
    page = await openStrictPage();
  });
  afterEach(() => page?.frame.remove());

  it('is really served with the strict policy', async () => {
    const response = await fetch('/tests/host-page/strict.html');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('really enforces it: an inline style is blocked and reported', async () => {
    const style = page.document.createElement('style');
    style.textContent = 'body { background: rgb(255, 0, 0); }';
    page.document.head.append(style);
    await settle();
    expect(page.window.getComputedStyle(page.document.body).backgroundColor).to.not.equal('rgb(255, 0, 0)');
    expect(page.record.violations.join()).to.contain('style-src');
  });

  it('really enforces Trusted Types where the engine has them: a plain string to innerHTML throws', async function () {
    if (!('trustedTypes' in page.window)) this.skip(); // this engine has no Trusted Types to enforce
    const div = page.document.createElement('div');
    let error: unknown;
    try {
      div.innerHTML = '<b>x</b>';
    } catch (thrown) {
      error = thrown;
    }
    // The error comes from the frame's realm, so its class is compared by name.
    expect((error as Error | undefined)?.name).to.equal('TypeError');
    expect(div.children).to.have.length(0);
    await settle();
    expect(page.record.violations.join()).to.contain('require-trusted-types-for');
  });

  it('renders the whole widget, styled and working, with zero violations', async () => {
    const el = await widgetOn(page, {
      'booking-url': 'https://clinic.example/book',
      phone: '555 010 9999',
      'clinic-name': 'Stride Physio',
    });
    const root = el.shadowRoot!;
    expect(text(root.querySelector('[part~="heading"]'))).to.equal('Is it your calves?');
    for (const part of ['explainer', 'illustration', 'checklist', 'result', 'cta', 'book', 'phone', 'safety', 'disclaimer']) {
      expect(root.querySelector(`[part~="${part}"]`), part).to.exist;
    }
    // The widget's styles applied: the booking button wears the accent colour.
    expect(page.window.getComputedStyle(root.querySelector('[part~="book"]')!).backgroundColor).to.equal('rgb(11, 107, 102)');
    const labels = [...root.querySelectorAll<SVGTextElement>('[part~="illustration"] text')];
    expect(labels.filter((label) => label.getComputedTextLength() > 0)).to.have.length(6);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')];
    boxes.slice(0, 3).forEach((box) => box.click());
    await el.updateComplete;
    expect(text(root.querySelector('[part~="result"]'))).to.contain('3 of 4 signs');
    for (const details of root.querySelectorAll('details')) details.open = true;
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await settle();
    expect(page.record.violations).to.deep.equal([]);
  });
});
