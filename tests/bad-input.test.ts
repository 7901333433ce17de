import { expect, fixture, html } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { captureWarnings } from './helpers/warnings.js';
import { $, $$, SOURCE_LINK_ROWS, clinicLinks, sourceLinkRows, text, tick } from './helpers/widget.js';

describe('bad input', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    'not a url',
  ];
  for (const url of unsafe) {
    it(`refuses booking-url ${JSON.stringify(url)}: no link, a warning naming booking-url, the rest works`, async () => {
      let el!: CalfCheck;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CalfCheck>(html`<calf-check booking-url=${url} phone="555 010 9999"></calf-check>`);
      });
      expect($(el, '[part~="book"]')).to.equal(null);
      expect(clinicLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(['tel:5550109999']);
      // The only other links are the Sources section's references.
      expect(sourceLinkRows(el.shadowRoot!)).to.deep.equal(SOURCE_LINK_ROWS);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('booking-url').and.contain('https:');
      await tick(el, 1);
      expect(text($(el, '[part~="result"]'))).to.contain('1 of 4 signs');
    });
  }

  it('drops a link that becomes unsafe when the attribute changes', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
    await captureWarnings(async () => {
      el.setAttribute('booking-url', 'javascript:alert(1)');
      await el.updateComplete;
    });
    expect($(el, '[part~="book"]')).to.equal(null);
  });

  it('renders markup in text attributes as text, never as HTML', async () => {
    const attack = '<img src=x onerror="window.__pwned=1"><b>Stride</b>';
    const el = await fixture<CalfCheck>(
      html`<calf-check clinic-name=${attack} booking-url="https://clinic.example/book"></calf-check>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect($$(el, 'img, b')).to.have.length(0);
    expect(text($(el, '[part~="book"]'))).to.contain(attack);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('warns about a phone without digits and shows no phone link', async () => {
    let el!: CalfCheck;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CalfCheck>(html`<calf-check phone="call us anytime"></calf-check>`);
    });
    expect(warnings.join()).to.contain('phone');
    expect($(el, '[part~="phone"]')).to.equal(null);
  });

  it('cuts an overlong clinic-name with a warning', async () => {
    let el!: CalfCheck;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CalfCheck>(html`<calf-check clinic-name=${'A'.repeat(100_000)}></calf-check>`);
    });
    expect(warnings.join()).to.contain('clinic-name');
    expect(warnings.join().length, 'the warning itself stays short').to.be.lessThan(300);
    expect(text($(el, '[part~="cta"]')).length).to.be.lessThan(300);
  });

  it('uses heading-level for the heading and warns on a bad one', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check heading-level="3"></calf-check>`);
    expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const warnings = await captureWarnings(async () => {
      el.setAttribute('heading-level', 'big');
      await el.updateComplete;
    });
    expect(warnings.join()).to.contain('heading-level');
    expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
  });
});
