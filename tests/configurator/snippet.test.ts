import { expect } from '@open-wc/testing';
import { RESERVATION_CSS_LINES, reservationCss } from '../../src/embed/reservation.js';
import {
  DEFAULT_CONFIG as blank,
  RESERVATION_CSS,
  SCRIPT_URL,
  escapeHtml,
  fallbackHtml,
  snippet,
  snippetReservation,
  widgetTag,
} from '../../demo/configurator/snippet.js';

/** Parses a snippet the way a browser would, without running it. */
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

describe('configurator snippet', () => {
  it('escapes every character that could end an attribute or open a tag', () => {
    expect(escapeHtml(`Smith & "Sons" <b>`)).to.equal('Smith &amp; &quot;Sons&quot; &lt;b&gt;');
  });

  it('with nothing filled in is the script, the reservation line and the tag with its fallback inside', () => {
    expect(snippet(blank)).to.equal(
      [
        `<script type="module" src="${SCRIPT_URL}"></script>`,
        `<style>${RESERVATION_CSS}</style>`,
        '<calf-check>',
        '  <h2 lang="en">Is it your calves?</h2>',
        '  <p lang="en">Back pain is felt in the back, but how you move lower down can add to it. Tight or weak calves and stiff ankles can be one piece of the puzzle that is easy to miss.</p>',
        '  <p lang="en">To book, contact a physiotherapist near you.</p>',
        '</calf-check>',
      ].join('\n'),
    );
  });

  it('reserves the starting language’s height first for a fixed language, every language’s for an automatic one', () => {
    expect(snippetReservation(blank)).to.equal(RESERVATION_CSS);
    expect(snippetReservation({ lang: 'fr', languages: [] })).to.equal(reservationCss(['fr']));
    expect(snippetReservation({ lang: 'de', languages: ['en', 'de', 'ar'] })).to.equal(reservationCss(['de', 'en', 'de', 'ar']));
    const french = snippet({ ...blank, lang: 'fr' });
    expect(french.split('\n')[1]).to.equal(`<style>${reservationCss(['fr'])}</style>`);
    expect(french, 'no other language’s rule').not.to.include(':lang(');
  });

  it('uses the reservation written once in src/embed/, everywhere it is shown: README, the recipes and the demo pages', async () => {
    for (const file of ['/README.md', '/docs/recipes.md', '/demo/index.html', '/demo/themes.html', '/demo/configurator.html']) {
      const page = await (await fetch(file)).text();
      const copies = page.split('\n').filter((line) => line.includes('calf-check:not(:defined)'));
      expect(copies.length, file).to.be.above(0);
      // Each copy is the one-line rule set, or one rule of it a line (README's Theming section, the demo pages).
      for (const copy of copies) expect(RESERVATION_CSS.includes(copy.trim().replace(/^<style>|<\/style>$/g, '')), `${file}: ${copy}`).to.be.true;
    }
    const readme = await (await fetch('/README.md')).text();
    expect(readme.includes(`\n${RESERVATION_CSS_LINES}\n`), 'README, Theming').to.be.true;
  });

  it('is what README’s Embed section shows, from jsDelivr and self-hosted', async () => {
    const readme = await (await fetch('/README.md')).text();
    const embed = readme.slice(readme.indexOf('## Embed'), readme.indexOf('## Attributes'));
    const blocks = [...embed.matchAll(/```html\n([^]*?)\n```/g)].map((match) => match[1]);
    const example = { ...blank, bookingUrl: 'https://clinic.example/book', clinicName: 'Stride Physio' };
    expect(blocks).to.deep.equal([snippet(example), snippet(example, '/calf-check.js')]);
  });

  it('writes a fallback with the heading at the configured level and the booking and phone links', () => {
    const doc = parse(`<body>${fallbackHtml({ ...blank, headingLevel: 3, bookingUrl: 'https://clinic.example/b?a=1&b=2', phone: '+44 20 7946 0000', clinicName: 'Stride' }).join('')}`);
    expect(doc.querySelector('h3')!.textContent).to.equal('Is it your calves?');
    const [book, call] = doc.querySelectorAll('a');
    expect([book.getAttribute('href'), book.textContent, book.target, book.rel]).to.deep.equal([
      'https://clinic.example/b?a=1&b=2',
      'Book an assessment with Stride',
      '_blank',
      'noopener',
    ]);
    expect([call.getAttribute('href'), call.textContent]).to.deep.equal(['tel:+442079460000', 'Call +44 20 7946 0000']);
    // The number is isolated left to right, so its groups keep their order inside any language's sentence.
    const number = call.querySelector('bdi')!;
    expect([number.textContent, number.getAttribute('dir')]).to.deep.equal(['+44 20 7946 0000', 'ltr']);
    // With the language left to the page, the words are English and say so.
    expect([...doc.querySelectorAll('h3, p')].map((el) => [el.getAttribute('lang'), el.hasAttribute('dir')])).to.deep.equal([
      ['en', false],
      ['en', false],
      ['en', false],
    ]);
    const sameTab = parse(fallbackHtml({ ...blank, bookingUrl: 'https://clinic.example/b', bookingTarget: '_self' }).join(''));
    expect(sameTab.querySelector('a')!.hasAttribute('target')).to.be.false;
  });

  it('writes the fallback in the starting language, with the widget’s own words', () => {
    const doc = parse(fallbackHtml({ ...blank, lang: 'fr', clinicName: 'Stride', bookingUrl: 'https://clinic.example/rdv' }).join(''));
    expect(doc.querySelector('h2')!.textContent).to.match(/^Et si c’étaient vos mollets\s\?$/);
    // The fallback says which language it is in (the widget's own lang="fr" applies only once it runs).
    for (const el of doc.querySelectorAll('h2, p')) {
      expect([el.getAttribute('lang'), el.hasAttribute('dir')], el.outerHTML).to.deep.equal(['fr', false]);
    }
    expect(doc.querySelector('a')!.textContent).to.equal('Prendre rendez-vous pour un bilan chez Stride');
  });

  it('writes a right-to-left fallback for Arabic, the phone number kept left to right', () => {
    const doc = parse(fallbackHtml({ ...blank, lang: 'ar', phone: '+44 20 7946 0000' }).join(''));
    const elements = [...doc.querySelectorAll('h2, p')];
    expect(elements).to.have.length(3);
    for (const el of elements) expect([el.getAttribute('lang'), el.getAttribute('dir')], el.outerHTML).to.deep.equal(['ar', 'rtl']);
    const call = doc.querySelector('a')!;
    expect(call.getAttribute('href')).to.equal('tel:+442079460000');
    const number = call.querySelector('bdi')!;
    expect([number.textContent, number.getAttribute('dir')]).to.deep.equal(['+44 20 7946 0000', 'ltr']);
    expect(call.textContent.replace(number.textContent, '').trim(), 'Arabic words around the number').to.match(/[\u0600-\u06ff]/);
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
    expect(parse(widgetTag({ ...blank, theme: 'light' })).querySelector('calf-check')!.attributes).to.have.length(0);
  });

  it('writes the other options as attributes, and the logo and note as slotted children', () => {
    const tag = widgetTag({
      ...blank,
      bookingUrl: 'https://clinic.example/book',
      clinicName: 'Stride & Co',
      shareResult: true,
      bookingTarget: '_self',
      headingLevel: 4,
      logo: 'https://clinic.example/logo.png?v=1&w=2',
      note: 'Open <Saturdays> & Sundays',
      emergencyNumber: '000',
      clinicEmail: 'desk@clinic.example',
    });
    const el = parse(tag).querySelector('calf-check')!;
    expect(el.getAttribute('share-result')).to.equal('true');
    expect(el.getAttribute('booking-target')).to.equal('_self');
    expect(el.getAttribute('heading-level')).to.equal('4');
    expect(el.getAttribute('emergency-number')).to.equal('000');
    expect(el.getAttribute('clinic-email')).to.equal('desk@clinic.example');
    const logo = el.querySelector('img[slot="logo"]')!;
    expect([logo.getAttribute('src'), logo.getAttribute('alt')]).to.deep.equal(['https://clinic.example/logo.png?v=1&w=2', 'Stride & Co']);
    expect(el.querySelector('[slot="note"]')!.textContent).to.equal('Open <Saturdays> & Sundays');
    expect(el.querySelector('h4')!.textContent, 'the fallback heading at that level').to.equal('Is it your calves?');
    // Sharing and the tab only mean something with a booking link.
    const noLink = parse(widgetTag({ ...blank, shareResult: true, bookingTarget: '_self' })).querySelector('calf-check')!;
    expect(noLink.hasAttribute('share-result') || noLink.hasAttribute('booking-target')).to.be.false;
  });

  it('writes a dark brand colour as the dark palette’s own properties', () => {
    const el = parse(widgetTag({ ...blank, theme: 'auto', accentDark: '#8cc1ff', accentDarkContrast: '#111111' })).querySelector('calf-check')!;
    expect(el.style.getPropertyValue('--calf-check-accent-dark').trim()).to.equal('#8cc1ff');
    expect(el.style.getPropertyValue('--calf-check-accent-contrast-dark').trim()).to.equal('#111111');
    expect(el.style.getPropertyValue('--calf-check-accent'), 'no light colour given').to.equal('');
  });

  it('offers a picker only for two or more languages', () => {
    const el = parse(widgetTag({ ...blank, languages: ['en', 'fr'] })).querySelector('calf-check')!;
    expect(el.getAttribute('languages')).to.equal('en fr');
  });

  it('keeps hostile text as text: one widget, the exact name, nothing injected', () => {
    const hostile = `"><script>alert(1)</script><img src=x onerror=alert(2)> & Co`;
    const doc = parse(snippet({ ...blank, clinicName: hostile, note: hostile, bookingUrl: 'https://clinic.example/"><b>' }));
    expect(doc.querySelectorAll('calf-check')).to.have.length(1);
    expect(doc.querySelector('calf-check')!.getAttribute('clinic-name')).to.equal(hostile);
    expect(doc.querySelector('[slot="note"]')!.textContent).to.equal(hostile);
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(doc.querySelectorAll('img, [onerror], b')).to.have.length(0);
  });
});
