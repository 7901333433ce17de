/**
 * Every widget its own language, each language's words fetched once, when first shown: the built all-language
 * module as a clinic's page loads it (dist/calf-check.js, English inside, the rest in dist/words/), in a fresh page
 * per test, so what the page fetched is what a reader's browser would.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { BundleFrame, type Widget } from './helpers/bundle-frame.js';
import { openStrictPage, settle, widgetOn } from './helpers/host-page.js';

const FILE = '/dist/calf-check.js';
const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const container = (el: Widget) => el.shadowRoot!.querySelector<HTMLElement>('[part~="container"]');
const heading = (el: Widget) => normalize(el.shadowRoot!.querySelector('[part~="heading"]')?.textContent);

/** The translation of the widget's heading in each language, from its XLIFF file. */
async function headingIn(locale: string): Promise<string> {
  if (locale === 'en') return 'Is it your calves?';
  const xliff = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'application/xml');
  const unit = [...xliff.querySelectorAll('trans-unit')].find((u) => u.querySelector('source')?.textContent === 'Is it your calves?');
  return normalize(unit?.querySelector('target')?.textContent);
}
const HEADINGS = { en: await headingIn('en'), de: await headingIn('de'), ar: await headingIn('ar') };

async function shownIn(el: Widget, locale: string) {
  await waitUntil(() => container(el)?.lang === locale, `never rendered in ${locale} (shows ${container(el)?.lang})`);
  await el.updateComplete;
}

/** The widget's result line ("1 of 4 signs") after ticking the first `count` signs. */
async function resultAfterTicking(el: Widget, count: number) {
  const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')];
  boxes.slice(0, count).forEach((box) => box.click());
  await el.updateComplete;
  return normalize(el.shadowRoot!.querySelector('[part~="result"]')?.textContent);
}

const wordsFetched = (frame: BundleFrame) => frame.fetched().filter((path) => path.includes('/words/'));

describe('widgets in different languages on one page (dist/calf-check.js)', () => {
  let frame: BundleFrame;
  beforeEach(async () => {
    frame = await BundleFrame.open(FILE);
    frame.document.documentElement.lang = 'en';
  });
  afterEach(() => frame.close());

  it('three widgets show German, Arabic and English side by side: headings, lang and dir, digits, summaries', async () => {
    const german = await frame.mount({ lang: 'de' });
    const arabic = await frame.mount({ lang: 'ar' });
    const english = await frame.mount();
    await Promise.all([shownIn(german, 'de'), shownIn(arabic, 'ar'), shownIn(english, 'en')]);
    expect([heading(german), heading(arabic), heading(english)]).to.deep.equal([HEADINGS.de, HEADINGS.ar, HEADINGS.en]);
    expect([container(german)!.dir, container(arabic)!.dir, container(english)!.dir]).to.deep.equal(['ltr', 'rtl', 'ltr']);
    const counts = [await resultAfterTicking(german, 3), await resultAfterTicking(arabic, 3), await resultAfterTicking(english, 3)];
    expect(counts[0]).to.contain('3 von 4');
    expect(counts[1]).to.contain('٣ من ٤');
    expect(counts[2]).to.contain('3 of 4');
    // Each one's summary, the text a reader copies, in its own language.
    const summaries = [german, arabic, english].map((el) => normalize(el.shadowRoot!.querySelector('.summary-text')?.textContent));
    expect(summaries[0]).to.match(/^Mein Waden-Check/);
    expect(summaries[1]).to.match(/^[\u0600-\u06ff]/).and.not.match(/calf|Waden/);
    expect(summaries[2]).to.match(/^My calf check/);
    expect(frame.warnings).to.deep.equal([]);
  });

  it("changing one widget's lang live changes that widget alone", async () => {
    const [first, second] = [await frame.mount({ lang: 'fr' }), await frame.mount({ lang: 'fr' })];
    await Promise.all([shownIn(first, 'fr'), shownIn(second, 'fr')]);
    first.setAttribute('lang', 'de');
    await shownIn(first, 'de');
    expect(heading(first)).to.equal(HEADINGS.de);
    expect(container(second)!.lang).to.equal('fr');
    expect(heading(second)).to.not.equal(HEADINGS.de);
  });

  it('a picker changes its own widget and no other', async () => {
    const picking = await frame.mount({ lang: 'en', languages: 'en de' });
    const other = await frame.mount({ lang: 'en' });
    const picker = picking.shadowRoot!.querySelector<HTMLSelectElement>('[part~="language-picker"] select')!;
    picker.value = 'de';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await shownIn(picking, 'de');
    expect(heading(picking)).to.equal(HEADINGS.de);
    expect(heading(other)).to.equal(HEADINGS.en);
  });

  it('an English page fetches no words at all; two French widgets fetch the French words once, from beside the module', async () => {
    await shownIn(await frame.mount(), 'en');
    await settle();
    expect(wordsFetched(frame)).to.deep.equal([]);
    const [first, second] = [await frame.mount({ lang: 'fr' }), await frame.mount({ lang: 'fr' })];
    await Promise.all([shownIn(first, 'fr'), shownIn(second, 'fr')]);
    const third = await frame.mount({ lang: 'fr-CA' });
    await shownIn(third, 'fr');
    await settle();
    expect(wordsFetched(frame)).to.deep.equal(['/dist/words/fr.js']);
  });

  it('shows its fallback, never a flash of English, until its words arrive', async () => {
    const el = frame.document.createElement('calf-check') as Widget;
    el.lang = 'de';
    el.innerHTML = '<p class="fallback">Liegt es an Ihren Waden?</p>';
    frame.document.body.append(el);
    // Before the words are there the shadow root shows the element's own content, and no English.
    const slot = el.shadowRoot!.querySelector('slot');
    expect(slot, 'the fallback is shown through a slot').to.not.equal(null);
    expect(normalize(el.shadowRoot!.textContent)).to.not.contain('Is it your calves');
    await shownIn(el, 'de');
    expect(el.shadowRoot!.querySelector('slot:not([name])'), 'the fallback slot goes with the first render').to.equal(null);
  });
});

describe('a language whose words cannot be fetched', () => {
  it('shows English, says so once in the console, and leaves no blank box', async () => {
    const frame = await BundleFrame.open(`/__without-words${FILE}`);
    try {
      const [first, second] = [await frame.mount({ lang: 'de' }), await frame.mount({ lang: 'de' })];
      await Promise.all([shownIn(first, 'en'), shownIn(second, 'en')]);
      expect(heading(first)).to.equal(HEADINGS.en);
      expect(first.shadowRoot!.querySelectorAll('[part~="checkbox"]')).to.have.length(4);
      const said = frame.warnings.filter((line) => line.includes('"de" words'));
      expect(said, frame.warnings.join('\n')).to.have.length(1);
      expect(said[0]).to.contain('showing English');
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.close();
    }
  });
});

describe('on the strictest page (script-src self, Trusted Types)', () => {
  it('a French widget fetches its words and renders, with no policy violation', async () => {
    const page = await openStrictPage();
    try {
      const el = (await widgetOn(page, { lang: 'fr' })) as unknown as Widget;
      await shownIn(el, 'fr');
      await settle();
      expect(page.record.violations).to.deep.equal([]);
      // Its module and its words, from where the module came: no other request.
      const fetched = page.window.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => !path.startsWith('/__web-dev-server'));
      expect(fetched.sort()).to.deep.equal(['/dist/calf-check.js', '/dist/words/fr.js', '/tests/host-page/record.js']);
    } finally {
      page.frame.remove();
    }
  });
});
