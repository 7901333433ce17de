import { expect, fixture, html } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { LOCALES, type Locale } from '../src/i18n/locales.js';
import { $, $$, text } from './helpers/widget.js';

/* The closed Sources section at the end of the explainer: every study and guideline behind a claim, in every language. */

const SOURCE_HOSTS = /^https:\/\/(doi\.org|pubmed\.ncbi\.nlm\.nih\.gov|royalfree\.nhs\.uk|g-care\.glos\.nhs\.uk|www\.northerntrust\.hscni\.net|www\.nice\.org\.uk)\//;

async function widgetIn(locale: Locale) {
  const el = await fixture<CalfCheck>(html`<calf-check lang=${locale}></calf-check>`);
  await el.updateComplete;
  // The language's words arrive with the widget's own request to @lit/localize.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
  return el;
}

describe('sources', () => {
  for (const locale of LOCALES) {
    it(`${locale}: a closed section last in the explainer, titled in the language, listing every source with its link`, async () => {
      const el = await widgetIn(locale);
      const sections = $$(el, '[part~="explainer"] details');
      const sources = $(el, '[part~="section-sources"]') as HTMLDetailsElement;
      expect(sections.at(-1)).to.equal(sources);
      expect(sources.open, 'closed until the reader opens it').to.equal(false);
      const title = text(sources.querySelector('summary'));
      // French writes the same word.
      if (locale === 'en' || locale === 'fr') expect(title).to.equal('Sources');
      else expect(title, 'translated').to.not.equal('Sources');
      const items = [...sources.querySelectorAll('li')];
      expect(items.length).to.equal(12);
      // Titles stay in their own language, and say so.
      for (const item of items) expect(item.getAttribute('lang')).to.equal('en');
      expect(text(sources)).to.contain('Hébert-Losier K et al. (2017)').and.contain('Powden CJ et al. (2015)');
      const links = [...sources.querySelectorAll('a')];
      expect(links.length).to.equal(10);
      for (const link of links) {
        expect(link.href).to.match(SOURCE_HOSTS);
        expect(link.target).to.equal('_blank');
        expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      }
      el.remove();
    });
  }

  it('makes no request to any source, even opened, until the reader follows a link', async () => {
    const el = await widgetIn('en');
    const sources = $(el, '[part~="section-sources"]') as HTMLDetailsElement;
    sources.open = true;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((url) => SOURCE_HOSTS.test(url))).to.deep.equal([]);
  });

  it('names the study behind each self-test figure next to it', async () => {
    // A British reader, in centimetres.
    const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
    const knee = (name: string, value: string) => {
      const field = $(el, `[name="${name}"]`) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    knee('kneeToWall.left', '7');
    knee('kneeToWall.right', '11');
    knee('ageBand', '40-49');
    await el.updateComplete;
    expect(text($$(el, '[part~="self-test"]')[0].querySelector('.reading'))).to.contain('(Powden 2015)');
    expect(text($$(el, '[part~="self-test"]')[1].querySelector('caption'))).to.contain('(Hébert-Losier 2017)');
  });
});
