import { expect } from '@open-wc/testing';
import { SCRIPT_URL, escapeAttribute, snippet, widgetTag, type WidgetConfig } from '../../demo/configurator/snippet.js';

const blank: WidgetConfig = {
  bookingUrl: '',
  phone: '',
  clinicName: '',
  lang: '',
  languages: [],
  theme: 'light',
  accent: '',
  accentContrast: '',
};

/** Parses a snippet the way a browser would, without running it. */
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

describe('configurator snippet', () => {
  it('escapes every character that could end an attribute or open a tag', () => {
    expect(escapeAttribute(`Smith & "Sons" <b>`)).to.equal('Smith &amp; &quot;Sons&quot; &lt;b&gt;');
  });

  it('with nothing filled in is the script, the no-layout-shift line and a bare tag', () => {
    expect(snippet(blank)).to.equal(
      [
        `<script type="module" src="${SCRIPT_URL}"></script>`,
        '<style>calf-check:not(:defined) { display: block; min-height: 88em; }</style>',
        '<calf-check></calf-check>',
      ].join('\n'),
    );
  });

  it('writes each setting as its attribute and leaves defaults out', () => {
    const tag = widgetTag({
      ...blank,
      bookingUrl: 'https://clinic.example/book?a=1&b=2',
      phone: '+44 20 7946 0000',
      clinicName: 'Stride Physio',
      lang: 'en',
      theme: 'dark',
      accent: '#8cc1ff',
      accentContrast: '#111111',
    });
    const el = parse(tag).querySelector('calf-check')!;
    expect(el.getAttribute('booking-url')).to.equal('https://clinic.example/book?a=1&b=2');
    expect(el.getAttribute('phone')).to.equal('+44 20 7946 0000');
    expect(el.getAttribute('clinic-name')).to.equal('Stride Physio');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.style.getPropertyValue('--calf-check-accent').trim()).to.equal('#8cc1ff');
    expect(el.style.getPropertyValue('--calf-check-accent-contrast').trim()).to.equal('#111111');
    expect(el.hasAttribute('languages'), 'one language is no picker').to.be.false;
    expect(widgetTag({ ...blank, theme: 'light' })).to.equal('<calf-check></calf-check>');
  });

  it('offers a picker only for two or more languages', () => {
    const el = parse(widgetTag({ ...blank, languages: ['en', 'fr'] })).querySelector('calf-check')!;
    expect(el.getAttribute('languages')).to.equal('en fr');
  });

  it('keeps hostile text as text: one widget, the exact name, nothing injected', () => {
    const hostile = `"><script>alert(1)</script><img src=x onerror=alert(2)> & Co`;
    const doc = parse(snippet({ ...blank, clinicName: hostile }));
    expect(doc.querySelectorAll('calf-check')).to.have.length(1);
    expect(doc.querySelector('calf-check')!.getAttribute('clinic-name')).to.equal(hostile);
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(doc.querySelectorAll('img, [onerror]')).to.have.length(0);
  });
});
