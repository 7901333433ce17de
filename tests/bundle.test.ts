import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { targetLocales } from '../src/generated/locale-codes.js';

/** The built file, loaded as a clinic would load it. */
const BUNDLE = '/dist/calf-check.js';

describe('dist/calf-check.js', () => {
  it('registers <calf-check> and renders with nothing else to fetch', async () => {
    const before = performance.getEntriesByType('resource').length;
    await import(BUNDLE);
    const el = await fixture(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="book"]')).to.exist;
    const fetched = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => new URL(entry.name).pathname);
    expect(fetched).to.deep.equal([BUNDLE]);
  });

  it('carries every language inside: Arabic renders right to left with nothing more fetched', async () => {
    await import(BUNDLE);
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture(html`<calf-check lang="ar"></calf-check>`);
    const container = () => el.shadowRoot!.querySelector('[part~="container"]');
    await waitUntil(() => container()?.getAttribute('lang') === 'ar', 'never rendered in Arabic');
    expect(container()!.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent.trim()).to.equal('هل لعضلات ساقيك دور؟');
    expect(performance.getEntriesByType('resource').slice(before)).to.deep.equal([]);
  });

  it('shows every language in its own words: each translation the English widget uses is in the bundle, in its place', async () => {
    await import(BUNDLE);
    const el = await fixture(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
    const shown = async (lang: string) => {
      el.setAttribute('lang', lang);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="container"]')?.getAttribute('lang') === lang, `never rendered in ${lang}`);
      return el.shadowRoot!.textContent.replace(/\s+/g, ' ');
    };
    const english = await shown('en');
    for (const lang of targetLocales) {
      const xliff = new DOMParser().parseFromString(await (await fetch(`/locales/${lang}.xlf`)).text(), 'application/xml');
      // Plain-text messages on screen in English; those with placeholders are covered by the element's own tests.
      const units = [...xliff.querySelectorAll('trans-unit')]
        .flatMap((unit) => {
          const [source, target] = [unit.querySelector('source'), unit.querySelector('target')];
          if (!source || !target || source.children.length || target.children.length) return [];
          return [[source.textContent.replace(/\s+/g, ' '), target.textContent.replace(/\s+/g, ' ')]];
        })
        .filter(([source]) => english.includes(source));
      expect(units.length, `${lang}: messages checked`).to.be.greaterThan(40);
      const translated = await shown(lang);
      expect(units.filter(([, target]) => !translated.includes(target)), `${lang}: translations missing`).to.deep.equal([]);
    }
  });

  it('survives minification: the picture keeps all six labels as visible SVG text', async () => {
    await import(BUNDLE);
    const el = await fixture(html`<calf-check></calf-check>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="illustration"] text')] as SVGTextElement[];
    expect(labels.filter((label) => label.getComputedTextLength() > 0)).to.have.length(6);
  });

  it('loaded a second time (a second copy of the script) does not throw and keeps the first definition', async () => {
    await import(BUNDLE);
    const first = customElements.get('calf-check');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await import(`${BUNDLE}?copy=2`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('calf-check')).to.equal(first);
  });
});
