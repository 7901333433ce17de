/**
 * The contract every built file keeps, run against each of them as a clinic loads it: the all-language
 * `dist/calf-check.js`, its hydrating variant and every one-language `dist/calf-check.<lang>.js`, the files
 * `package.json` exports. Each file
 * gets its own page (tests/helpers/bundle-frame.ts), since a page can define `<calf-check>` once. The suite is written
 * once; what differs between the files is only which language they show and how they choose it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LOCALES, isRightToLeft, type Locale } from '../src/i18n/locales.js';
import { BundleFrame, type Widget } from './helpers/bundle-frame.js';
import { SOURCE_LINK_ROWS, sourceLinkRows } from './helpers/widget.js';

interface PackageJson {
  exports: Record<string, string | { default: string }>;
}

const ALL_LANGUAGES = '/dist/calf-check.js';
const exported = Object.values(((await (await fetch('/package.json')).json()) as PackageJson).exports).map(
  (entry) => `/${(typeof entry === 'string' ? entry : entry.default).replace(/^\.\//, '')}`,
);
/**
 * Every module the package exports for a page, each with the one language it holds (null: all of them, as in the
 * hydrating module, which is the all-language one with hydration support), and its classic script where it has one.
 */
const BUNDLES = exported.flatMap((file) => {
  const match = /^\/dist\/calf-check(?:\.([\w-]+))?\.js$/.exec(file);
  if (!match || match[1] === 'classic') return [];
  const only = (LOCALES as readonly string[]).includes(match[1]) ? (match[1] as Locale) : null;
  const classic = file.replace(/\.js$/, '.classic.js');
  return [{ file, only, classic: exported.includes(classic) ? classic : null }];
});

const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Widget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
/** Whether `selector` matches: a boolean, since chai would walk a failing element of another page at length. */
const has = (el: Widget, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const $$ = (el: Widget, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const boxes = (el: Widget) => $$(el, '[part~="checkbox"]') as HTMLInputElement[];
const shownLang = (el: Widget) => $(el, '[part~="container"]')?.getAttribute('lang');
const shownText = (el: Widget) => normalize(el.shadowRoot!.textContent);
/**
 * The widget's own words: its text without the Sources' references, whose authors and titles stay in their own
 * language (English) in every language, and are not messages (the pace guide's "Up" is not the title's "Updated").
 */
const ownWords = (el: Widget) => {
  const walker = el.ownerDocument.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let words = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('.sources li')) words += node.textContent;
  }
  return normalize(words);
};
const heading = (el: Widget) => normalize($(el, '[part~="heading"]')?.textContent);

async function shownIn(el: Widget, locale: string) {
  await waitUntil(() => shownLang(el) === locale, `never rendered in ${locale} (shows ${shownLang(el)})`);
  await el.updateComplete;
}

async function tick(el: Widget, count: number) {
  boxes(el).forEach((box, i) => box.checked !== i < count && box.click());
  await el.updateComplete;
}

/** The plain-text messages of a language (no placeholders) as [English, translation]. */
async function plainMessages(locale: Locale): Promise<[string, string][]> {
  const xliff = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'application/xml');
  return [...xliff.querySelectorAll('trans-unit')].flatMap((unit) => {
    const [source, target] = [unit.querySelector('source'), unit.querySelector('target')];
    if (!source || !target || source.children.length || target.children.length) return [];
    return [[normalize(source.textContent), normalize(target.textContent)] as [string, string]];
  });
}

/** Everything the English widget writes with these attributes: the yardstick for every other language. */
const FULL = { 'booking-url': 'https://clinic.example/book', phone: '+44 20 7946 0000' };
let english = '';

before(async () => {
  const reference = await BundleFrame.open(ALL_LANGUAGES);
  const el = await reference.mount({ ...FULL, lang: 'en' });
  await shownIn(el, 'en');
  english = ownWords(el);
  reference.close();
});

it('the package exports a module for every shipped language, and the all-language one', () => {
  expect(BUNDLES.map((bundle) => bundle.only)).to.have.members([null, null, ...LOCALES]);
  expect(BUNDLES.filter((bundle) => !bundle.classic).map((bundle) => bundle.file)).to.deep.equal(['/dist/calf-check.hydrate.js']);
});

/** Asserts that `el` shows `locale` in its own words: every translation the English widget uses, in its place. */
async function expectWordsOf(el: Widget, locale: Locale) {
  await shownIn(el, locale);
  expect($(el, '[part~="container"]')!.getAttribute('dir')).to.equal(isRightToLeft(locale) ? 'rtl' : 'ltr');
  if (locale === 'en') {
    expect(ownWords(el)).to.equal(english);
    return;
  }
  const used = (await plainMessages(locale)).filter(([source]) => english.includes(source));
  expect(used.length, `${locale}: messages checked`).to.be.greaterThan(40);
  const text = shownText(el);
  expect(used.filter(([, target]) => !text.includes(target)), `${locale}: translations missing`).to.deep.equal([]);
}

for (const { file, only, classic } of BUNDLES) {
  /** The language a widget of this file shows on a page that declares none (the test browser reads English). */
  const own = only ?? 'en';

  describe(file, () => {
    let frame: BundleFrame;
    before(async () => {
      frame = await BundleFrame.open(file);
    });
    afterEach(() => frame.reset());
    after(() => frame.close());

    it('registers <calf-check> and renders the flow (in English, or its own language) with nothing else to fetch', async () => {
      const el = await frame.mount({ 'booking-url': 'https://clinic.example/book' });
      await shownIn(el, own);
      expect(frame.window.customElements.get('calf-check') !== undefined, 'defined').to.equal(true);
      const sections = $$(el, '[part~="section"]');
      expect(sections).to.have.length(4);
      expect(sections[3].getAttribute('part'), 'Sources last').to.equal('section section-sources');
      expect(sourceLinkRows(el.shadowRoot!), 'the reference links').to.deep.equal(SOURCE_LINK_ROWS);
      expect(boxes(el)).to.have.length(4);
      for (const part of ['explainer', 'illustration', 'checklist', 'result', 'cta', 'book', 'safety', 'disclaimer']) {
        expect(has(el, `[part~="${part}"]`), part).to.equal(true);
      }
      expect(frame.fetched()).to.deep.equal([file]);
      expect(frame.warnings).to.deep.equal([]);
    });

    if (only) {
      it(`${only}: a 280 px column holds every word, every section open and the summary shown, with nothing sticking out`, async () => {
        const el = await frame.mount({ ...FULL, 'clinic-email': 'clinic@example.com', 'emergency-number': '999', style: 'display:block;width:280px' });
        await shownIn(el, own);
        $$(el, 'details').forEach((details) => ((details as HTMLDetailsElement).open = true));
        await tick(el, 4);
        expect(has(el, '.summary-text'), 'the summary is shown').to.equal(true);
        expect(el.scrollWidth, 'the widget scrolls sideways').to.be.at.most(el.clientWidth);
        const edge = el.getBoundingClientRect();
        const outside = $$(el, '*')
          .filter((node) => !node.closest('svg') || node.localName === 'svg')
          .filter((node) => {
            const { width, left, right } = node.getBoundingClientRect();
            return width > 0 && (left < edge.left - 0.5 || right > edge.right + 0.5);
          })
          .map((node) => `${node.getAttribute('part') ?? node.localName}: ${normalize(node.textContent).slice(0, 40)}`);
        expect(outside, 'pieces wider than the widget').to.deep.equal([]);
      });

      it(`shows ${only} in its own words on a page that declares no language`, async () => {
        await expectWordsOf(await frame.mount(FULL), only);
        expect(frame.warnings, 'the browser’s own languages never warn').to.deep.equal([]);
      });

      it(`shows ${only} whatever the page asks for, and says so once`, async () => {
        const other = only === 'de' ? 'fr' : 'de';
        frame.document.documentElement.lang = other;
        const first = await frame.mount(FULL);
        const second = await frame.mount({ lang: 'sv' });
        await expectWordsOf(first, only);
        await shownIn(second, only);
        expect(frame.warnings).to.have.length(2);
        expect(frame.warnings[0]).to.contain(`"${other}"`).and.to.contain(only);
        expect(frame.warnings[1]).to.contain('"sv"').and.to.contain(only);
        // More widgets asking for the same languages add nothing to the console.
        await frame.mount();
        await frame.mount({ lang: 'sv' });
        expect(frame.warnings).to.have.length(2);
      });

      it(`takes a page in ${only} under any region without a word`, async () => {
        frame.document.documentElement.lang = only === 'zh-Hans' ? 'zh-CN' : only === 'pt-BR' ? 'pt-PT' : `${only}-CA`;
        await shownIn(await frame.mount(), only);
        expect(frame.warnings).to.deep.equal([]);
      });

      it('shows no language picker: `languages` warns instead', async () => {
        const el = await frame.mount({ languages: `en fr ${only}` });
        await shownIn(el, only);
        expect(has(el, '[part~="language-picker"]'), 'picker').to.equal(false);
        expect(frame.warnings).to.have.length(1);
        expect(frame.warnings[0]).to.contain('languages').and.to.contain(only);
      });
    } else {
      it('shows every language in its own words, as the page’s lang asks', async () => {
        const el = await frame.mount(FULL);
        for (const locale of LOCALES) {
          el.setAttribute('lang', locale);
          await expectWordsOf(el, locale);
        }
        // English inside; each other language's words fetched from beside the module, once, as it was first shown.
        const words = LOCALES.filter((locale) => locale !== 'en').map((locale) => `/dist/words/${locale}.js`);
        expect(frame.fetched(), 'the module, then each language once').to.deep.equal([file, ...words]);
      });

      it('offers a picker when `languages` names two, and the reader’s pick takes over', async () => {
        const el = await frame.mount({ languages: 'en fr' });
        const select = $(el, '[part~="language-picker"] select') as HTMLSelectElement;
        expect([...select.options].map((option) => option.value)).to.deep.equal(['en', 'fr']);
        select.value = 'fr';
        select.dispatchEvent(new Event('change'));
        await shownIn(el, 'fr');
        expect(frame.warnings).to.deep.equal([]);
      });
    }

    it('keeps all six labels of the picture as visible SVG text', async () => {
      const el = await frame.mount();
      await shownIn(el, own);
      const labels = [...el.shadowRoot!.querySelectorAll('[part~="illustration"] text')] as SVGTextElement[];
      expect(labels.filter((label) => label.getComputedTextLength() > 0)).to.have.length(6);
    });

    it('answers clicks: the result, its count in the language’s digits, and calf-check-change', async () => {
      const el = await frame.mount();
      await shownIn(el, own);
      const details: unknown[] = [];
      el.addEventListener('calf-check-change', (event) => details.push((event as CustomEvent).detail));
      const result = () => $(el, '[part~="result"]')!;
      expect(result().getAttribute('part'), 'no verdict before an answer').to.equal('result');
      await tick(el, 2);
      expect(result().getAttribute('part')).to.contain('result-some');
      expect(normalize(result().textContent)).to.contain(own === 'ar' ? '٢' : '2');
      expect(details).to.have.length(2);
      expect(details[1]).to.deep.include({ signs: 2, band: 'some' });
      await tick(el, 4);
      expect(result().getAttribute('part')).to.contain('result-most');
      expect(boxes(el).map((box) => box.checked)).to.deep.equal([true, true, true, true]);
    });

    it('takes answers from the page as a property', async () => {
      const el = await frame.mount();
      el.answers = { stiffAnkles: true, earlyHeelLift: false, standingOrStairs: true, calfTightness: false };
      await el.updateComplete;
      expect(boxes(el).map((box) => box.checked)).to.deep.equal([true, false, true, false]);
      expect($(el, '[part~="result"]')!.getAttribute('part')).to.contain('result-some');
    });

    it('books: a new tab by default, calf-check-book can stop the navigation, share-result adds the result', async () => {
      const el = await frame.mount({ 'booking-url': 'https://clinic.example/book#now', 'share-result': '' });
      await tick(el, 3);
      const book = $(el, '[part~="book"]') as HTMLAnchorElement;
      expect(book.target).to.equal('_blank');
      expect(book.rel).to.equal('noopener');
      expect(book.href).to.equal('https://clinic.example/book?calf_check_signs=3&calf_check_band=most#now');
      el.addEventListener('calf-check-book', (event) => event.preventDefault());
      let navigated = true;
      const stopNavigation = (event: Event) => {
        navigated = !event.defaultPrevented;
        event.preventDefault();
      };
      frame.document.addEventListener('click', stopNavigation);
      book.click();
      frame.document.removeEventListener('click', stopNavigation);
      expect(navigated).to.equal(false);
    });

    it('writes the page’s words as text, in their places: clinic name, phone, slots, heading level, theme', async () => {
      const el = await frame.mount(
        { 'booking-url': 'https://clinic.example/book', 'clinic-name': '<b>Stride</b>', phone: '+44 20 7946 0000', 'heading-level': '3', theme: 'dark' },
        '<img slot="logo" alt="Stride logo"><p slot="note">Open Saturdays</p>',
      );
      expect(has(el, 'b'), 'markup injected').to.equal(false);
      expect(shownText(el)).to.contain('<b>Stride</b>');
      expect(($(el, '[part~="phone"]') as HTMLAnchorElement).href).to.equal('tel:+442079460000');
      expect($(el, '[part~="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect(el.getAttribute('theme')).to.equal('dark');
      const slotted = $$(el, 'slot').flatMap((slot) => (slot as HTMLSlotElement).assignedElements());
      expect(slotted.map((node) => node.getAttribute('slot'))).to.deep.equal(['logo', 'note']);
    });

    it('refuses bad values with one warning each and keeps working', async () => {
      const el = await frame.mount({ 'booking-url': 'javascript:alert(1)', theme: 'neon' });
      expect(has(el, '[part~="book"]'), 'link to javascript:').to.equal(false);
      expect(el.getAttribute('theme')).to.equal('light');
      expect(frame.warnings).to.have.length(2);
      expect(frame.warnings.filter((line) => line.includes('booking-url')), 'booking-url').to.have.length(1);
      expect(frame.warnings.filter((line) => line.includes('theme')), 'theme').to.have.length(1);
      await tick(el, 1);
      expect($(el, '[part~="result"]')!.getAttribute('part')).to.contain('result-some');
    });

    it('loaded again, or after another language’s file, throws nothing and keeps the first definition', async () => {
      const first = frame.window.customElements.get('calf-check');
      const errors: unknown[] = [];
      frame.window.addEventListener('error', (event) => errors.push(event.error));
      await frame.load(`${file}?copy=2`);
      await frame.load(file === ALL_LANGUAGES ? '/dist/calf-check.fr.js' : ALL_LANGUAGES);
      expect(errors).to.deep.equal([]);
      expect(frame.window.customElements.get('calf-check') === first, 'first definition kept').to.equal(true);
      await shownIn(await frame.mount(), own);
    });
  });

  if (!classic) continue;
  describe(classic, () => {
    it('is the same element as a classic script: its language, clicks answered, no global left', async () => {
      const frame = await BundleFrame.blank(classic);
      const before = new Set(Object.keys(frame.window));
      await frame.load(classic);
      const el = await frame.mount();
      await shownIn(el, own);
      const module = await BundleFrame.open(file);
      const moduleWidget = await module.mount();
      await shownIn(moduleWidget, own);
      expect(heading(el)).to.equal(heading(moduleWidget));
      module.close();
      await tick(el, 1);
      expect($(el, '[part~="result"]')!.getAttribute('part')).to.contain('result-some');
      // Only Lit's own registries (litHtmlVersions, litPropertyMetadata…), which the ES module sets too.
      const added = Object.keys(frame.window).filter((key) => !before.has(key));
      expect(added.filter((key) => !/^(lit|reactiveElement)[A-Z]/.test(key)), 'globals').to.deep.equal([]);
      frame.close();
    });
  });
}
