import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { LOCALES, matchLocale, resolveLocale, type Locale } from '../src/i18n/locales.js';
import { declaredLang } from '../src/i18n/page-lang.js';
import { BundleFrame } from './helpers/bundle-frame.js';
import { SERVER_RENDERED_PATH } from './helpers/server-render.mjs';
import { enter } from './helpers/real-input.js';
import { captureWarnings } from './helpers/warnings.js';
import { TEST_FONT, expectTestFonts } from './helpers/fonts.js';

const TRANSLATED = LOCALES.filter((locale) => locale !== 'en');
const $ = (el: CalfCheck, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const boxes = (el: CalfCheck) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')];
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
/**
 * The widget's words as a reader sees them, without the Sources' references: their authors, titles and journals stay
 * in the language they were published in (English, marked lang="en"), so they are not messages to translate.
 */
const ownText = (root: Node) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let words = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('.sources li')) words += node.textContent;
  }
  return normalize(words);
};
const shownText = (el: CalfCheck) => ownText(el.shadowRoot!);
const heading = (el: CalfCheck) => normalize($(el, '[part~="heading"]').textContent ?? '');

/** Waits until the widget renders in `locale`, as a reader would see it switch. */
async function shownIn(el: CalfCheck, locale: Locale) {
  await waitUntil(() => $(el, '[part~="container"]')?.getAttribute('lang') === locale, `never rendered in ${locale}`);
  await el.updateComplete;
}

async function tick(el: CalfCheck, count: number) {
  boxes(el).forEach((box, i) => box.checked !== i < count && box.click());
  await el.updateComplete;
}

/**
 * A message from the XLIFF file as a pattern over the rendered text; a placeholder matches any short text (a count, a
 * clinic name, a phone number): unbounded, a pattern that starts with one backtracks over the whole page's text, which
 * overflows Firefox's regular-expression stack.
 */
function messagePattern(node: Element): RegExp {
  const parts = [...node.childNodes].map((child) =>
    child.nodeType === Node.TEXT_NODE
      ? child.textContent!.replace(/\s+/g, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      : '(.{1,200}?)',
  );
  return new RegExp(parts.join('').trim());
}

async function xliff(locale: Locale) {
  const text = await (await fetch(`/locales/${locale}.xlf`)).text();
  const units = [...new DOMParser().parseFromString(text, 'application/xml').querySelectorAll('trans-unit')];
  return units.map((unit) => ({
    id: unit.getAttribute('id')!,
    /** The same word in both languages (French "Sources"): shown, it is no English left behind. */
    same: normalize(unit.querySelector('source')!.textContent) === normalize(unit.querySelector('target')!.textContent),
    source: messagePattern(unit.querySelector('source')!),
    target: messagePattern(unit.querySelector('target')!),
  }));
}

/** Everything a reader can meet: every result band, with and without a booking link, the picker. */
/**
 * The summary with each line it can hold beyond the ticked signs (none fit, a side not measured, an age band) and each
 * thing a copy can say, as a reader gets there; a share sheet stands in where the engine has none.
 */
async function everySummaryText(locale: Locale) {
  const share = Object.getOwnPropertyDescriptor(navigator, 'share');
  Object.defineProperty(navigator, 'share', { value: () => Promise.resolve(), configurable: true });
  try {
    const el = await fixture<CalfCheck>(html`<calf-check lang=${locale} clinic-email="clinic@example.com"></calf-check>`);
    await shownIn(el, locale);
    ($(el, '[part~="none-fit"] input') as HTMLInputElement).click();
    await el.updateComplete;
    for (const [name, value] of [['kneeToWall.left', '7'], ['heelRaise.left', '14'], ['heelRaise.right', '22'], ['ageBand', '40-49']]) {
      await enter(el, name, value);
    }
    const texts = [];
    // Copy once where the clipboard takes the text and once where it refuses, for both things a copy can say.
    const status = () => $(el, '.summary [role="status"]').textContent.trim();
    for (const clipboardTakes of [true, false]) {
      const before = status();
      const writeText = () => (clipboardTakes ? Promise.resolve() : Promise.reject(new Error('refused')));
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      try {
        $(el, '[data-action="copy"]').click();
        await waitUntil(() => status() && status() !== before, 'the copy is reported');
      } finally {
        // The engine's own clipboard comes back from Navigator.prototype.
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
      await el.updateComplete;
      // Only the summary: the rest is read above, and a shorter text keeps the patterns' backtracking small.
      texts.push(normalize($(el, '[part~="summary"]').textContent ?? ''));
    }
    // Both feet measured: the gap between them is a line of its own (9 is in range in inches too).
    await enter(el, 'kneeToWall.right', '9');
    texts.push(normalize($(el, '[part~="summary"]').textContent ?? ''));
    el.remove();
    return texts;
  } finally {
    if (share) Object.defineProperty(navigator, 'share', share);
    else delete (navigator as { share?: unknown }).share;
  }
}

async function everyTextIn(locale: Locale) {
  const texts: string[] = [];
  const full = await fixture<CalfCheck>(html`<calf-check
    lang=${locale}
    languages="en ${locale === 'en' ? 'fr' : locale}"
    booking-url="https://clinic.example/book"
    phone="+44 20 7946 0000"
    clinic-name="Stride Physio"
    emergency-number="112"
  ></calf-check>`);
  await shownIn(full, locale);
  for (const count of [0, 1, 2, 4]) {
    await tick(full, count);
    texts.push(shownText(full));
  }
  // The self-tests in every state: each reading, both inline messages, the averages, the beat up and down. Only
  // their own text, each time, so the patterns run over no more text than they need.
  const selfTestsText = () => normalize($(full, '[part~="self-tests"]').textContent ?? '');
  const enter = async (name: string, value: string) => {
    const field = $(full, `[name="${name}"]`) as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await full.updateComplete;
  };
  ($(full, '[name="unit"][value="cm"]') as HTMLInputElement).click();
  for (const [left, right] of [['7', '11'], ['9.5', '11']]) {
    await enter('kneeToWall.left', left);
    await enter('kneeToWall.right', right);
    texts.push(selfTestsText());
  }
  // The heel raise gap: none, one raise, several.
  for (const [left, right] of [['20', '20'], ['20', '21'], ['14', '22']]) {
    await enter('heelRaise.left', left);
    await enter('heelRaise.right', right);
    texts.push(selfTestsText());
  }
  await enter('kneeToWall.left', 'abc');
  await enter('heelRaise.left', 'abc');
  await enter('ageBand', '40-49');
  // What a screen reader names each field by, spoken rather than shown, in both units.
  const spokenNames = () => [...full.shadowRoot!.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label')).join(' | ');
  texts.push(spokenNames());
  ($(full, '[name="unit"][value="in"]') as HTMLInputElement).click();
  await full.updateComplete;
  texts.push(spokenNames());
  $(full, '.pace-button').click();
  await full.updateComplete;
  texts.push(selfTestsText());
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await full.updateComplete;
  texts.push(selfTestsText());
  $(full, '.pace-button').click();
  full.shadowRoot!.querySelector<HTMLInputElement>('[part~="none-fit"] input')!.click();
  await full.updateComplete;
  texts.push(shownText(full));
  full.remove();
  for (const clinic of ['', 'Stride Physio']) {
    const bare = await fixture<CalfCheck>(html`<calf-check lang=${locale} clinic-name=${clinic} share-result></calf-check>`);
    await shownIn(bare, locale);
    texts.push(shownText(bare));
    bare.remove();
  }
  const bookingShared = await fixture<CalfCheck>(
    html`<calf-check lang=${locale} booking-url="https://clinic.example/book" share-result></calf-check>`,
  );
  await shownIn(bookingShared, locale);
  texts.push(shownText(bookingShared));
  // What only a server-rendered widget writes, for as long as its script has not run (calf-check/ssr).
  const served = await BundleFrame.at(`${SERVER_RENDERED_PATH}?lang=${locale}`, { scripts: false });
  texts.push(ownText(served.document.querySelector('calf-check')!.shadowRoot!.querySelector('[part~="container"]')!));
  served.close();
  texts.push(...(await everySummaryText(locale)));
  // Each text on its own: one joined string grows long enough for Firefox's regular expressions to run out of stack.
  return { has: (pattern: RegExp) => texts.some((text) => pattern.test(text)) };
}

describe('localization', () => {
  describe('matchLocale', () => {
    const cases: [string, Locale | null][] = [
      ['en', 'en'], ['en-GB', 'en'], ['es', 'es'], ['es-MX', 'es'], ['ES-mx', 'es'], ['fr-CA', 'fr'], ['de-AT', 'de'],
      ['pt', 'pt-BR'], ['pt-PT', 'pt-BR'], ['pt-BR', 'pt-BR'], ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'], ['zh-Hans', 'zh-Hans'], ['zh-Hans-HK', 'zh-Hans'], ['ar', 'ar'], ['ar-EG', 'ar'],
      ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-MO', 'zh-Hant'], ['zh-Hant', 'zh-Hant'], ['zh-Hant-TW', 'zh-Hant'],
      ['fil', 'tl'], ['fil-PH', 'tl'], ['tl', 'tl'], ['ur-PK', 'ur'], ['ur-IN', 'ur'], ['hi-IN', 'hi'], ['ja-JP', 'ja'],
      ['ko-KR', 'ko'], ['nl-BE', 'nl'], ['it-CH', 'it'], ['pl', 'pl'], ['tr', 'tr'], ['vi', 'vi'],
      ['ru', null], ['sv-SE', null], ['', null], ['not a tag!', null],
    ];
    for (const [tag, locale] of cases) {
      it(`"${tag}" → ${locale ?? 'nothing we ship'}`, () => expect(matchLocale(tag)).to.equal(locale));
    }

    it('agrees with Intl.Locale on plain tags, which it reads without Intl', () => {
      const viaIntl = (tag: string) => {
        const { language } = new Intl.Locale(tag).maximize();
        const shipped = ({ pt: 'pt-BR', fil: 'tl' } as Record<string, string>)[language] ?? language;
        return LOCALES.find((locale) => locale === shipped) ?? null;
      };
      const tags = ['en', 'EN-us', 'en-001', 'en-Latn-US', 'fr-CA', 'de-Latn-DE', 'es-419', 'pt-AO', 'ar-Latn', 'ar-SA'];
      tags.push('he', 'iw', 'in', 'tl', 'mo', 'no', 'nb', 'sr-Latn-RS', 'ja-JP', 'ko');
      for (const tag of tags) expect(matchLocale(tag), tag).to.equal(viaIntl(tag));
    });
  });

  describe('resolveLocale', () => {
    it('takes the first tag we ship and reports the ones passed over', () => {
      expect(resolveLocale(['sv', 'de-CH', 'fr'])).to.deep.equal({ locale: 'de', unsupported: ['sv'] });
    });
    it('falls back to English when nothing matches, or nothing is given', () => {
      expect(resolveLocale(['sv', 'ru'])).to.deep.equal({ locale: 'en', unsupported: ['sv', 'ru'] });
      expect(resolveLocale([])).to.deep.equal({ locale: 'en', unsupported: [] });
    });
  });

  describe('declaredLang', () => {
    let htmlLang: string | null;
    beforeEach(() => (htmlLang = document.documentElement.getAttribute('lang')));
    afterEach(() => (htmlLang === null ? document.documentElement.removeAttribute('lang') : (document.documentElement.lang = htmlLang)));

    it('reads the element, then the nearest ancestor, then <html>; lang="" does not count', async () => {
      document.documentElement.lang = 'ar';
      const outer = await fixture<HTMLElement>(html`<div lang="de"><p lang=""><span lang="fr"><i></i></span></p></div>`);
      const span = outer.querySelector('span')!;
      expect(declaredLang(span)).to.equal('fr');
      expect(declaredLang(span.querySelector('i')!)).to.equal('fr');
      span.removeAttribute('lang');
      expect(declaredLang(span), 'skips lang=""').to.equal('de');
      outer.removeAttribute('lang');
      expect(declaredLang(span)).to.equal('ar');
      document.documentElement.removeAttribute('lang');
      expect(declaredLang(span)).to.equal(null);
    });

    it("crosses shadow roots: a widget inside another component reads that component's lang", async () => {
      const outer = await fixture<HTMLElement>(html`<div lang="es"></div>`);
      const inner = outer.attachShadow({ mode: 'open' });
      inner.innerHTML = '<section><b></b></section>';
      expect(declaredLang(inner.querySelector('b')!)).to.equal('es');
    });
  });

  describe('in the widget', () => {
    let htmlLang: string | null;
    beforeEach(() => (htmlLang = document.documentElement.getAttribute('lang')));
    afterEach(() => (htmlLang === null ? document.documentElement.removeAttribute('lang') : (document.documentElement.lang = htmlLang)));

    for (const locale of TRANSLATED) {
      it(`${locale}: every string is translated, none of the English is left`, async function () {
        this.timeout(20_000); // the pace guide's beat takes a second to show its second word
        const rendered = await everyTextIn(locale);
        // The references left untranslated on purpose say so, and read left to right.
        const el = await fixture<CalfCheck>(html`<calf-check lang=${locale}></calf-check>`);
        await shownIn(el, locale);
        const references = [...el.shadowRoot!.querySelectorAll('.sources li')];
        expect(references, 'the Sources list').to.have.length(12);
        for (const li of references) expect([li.getAttribute('lang'), li.getAttribute('dir')], li.textContent).to.deep.equal(['en', 'ltr']);
        el.remove();
        for (const unit of await xliff(locale)) {
          if (!unit.same) expect(rendered.has(unit.source), `English left: ${unit.source}`).to.equal(false);
          expect(rendered.has(unit.target), `translation not shown: ${unit.target}`).to.equal(true);
        }
      });
    }

    it('the English text the tests above look for really is on an English widget', async function () {
      this.timeout(20_000);
      const rendered = await everyTextIn('en');
      for (const unit of await xliff('fr')) expect(rendered.has(unit.source), `not shown: ${unit.source}`).to.equal(true);
    });

    it('Arabic renders right to left, mirrored through logical properties', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check lang="ar" style="width:500px"></calf-check>`);
      await shownIn(el, 'ar');
      const container = $(el, '[part~="container"]');
      expect(container.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(container).direction).to.equal('rtl');
      const result = getComputedStyle($(el, '[part~="result"]'));
      expect(result.borderRightWidth, 'accent bar on the starting (right) side').not.to.equal('0px');
      expect(result.borderLeftWidth).to.equal('0px');
      const box = boxes(el)[0].getBoundingClientRect();
      const label = $(el, '.item-label').getBoundingClientRect();
      expect(box.left, 'checkbox before its label, on the right').to.be.greaterThan(label.right);
    });

    for (const locale of LOCALES) {
      it(`${locale}: the picture's labels fit inside it, clear of the drawing and of each other`, async () => {
        // The labels' widths are the font's: measured in named fonts with Latin, Arabic and Chinese letters.
        expectTestFonts();
        const el = await fixture<CalfCheck>(html`<calf-check lang=${locale} style="font-family: ${TEST_FONT}"></calf-check>`);
        await shownIn(el, locale);
        const svg = el.shadowRoot!.querySelector<SVGSVGElement>('[part~="illustration"]')!;
        const view = svg.viewBox.baseVal;
        // Each shape's box, grown by half its stroke: what the reader sees of it.
        const box = (node: SVGGraphicsElement) => {
          const { x, y, width, height } = node.getBBox();
          const half = node instanceof SVGTextElement ? 0 : parseFloat(getComputedStyle(node).strokeWidth) / 2 || 0;
          return { left: x - half, top: y - half, right: x + width + half, bottom: y + height + half };
        };
        type Box = ReturnType<typeof box>;
        const apart = (a: Box, b: Box, gap: number) =>
          a.left >= b.right + gap || a.right <= b.left - gap || a.top >= b.bottom + gap || a.bottom <= b.top - gap;
        const shapes = [...svg.querySelectorAll<SVGGraphicsElement>('path, circle, ellipse')];
        expect(shapes.length, 'body, joints, calf, arrows').to.be.greaterThan(10);
        const labels = [...svg.querySelectorAll<SVGTextElement>('text')];
        expect(labels).to.have.length(6);
        for (const label of labels) {
          const name = label.textContent;
          const at = box(label);
          expect(at.left, name).to.be.at.least(view.x);
          expect(at.right, name).to.be.at.most(view.x + view.width);
          expect(at.top, name).to.be.at.least(view.y);
          expect(at.bottom, name).to.be.at.most(view.y + view.height);
          for (const shape of shapes) {
            const drawn = box(shape);
            expect(apart(at, drawn, 4), `${name} ${JSON.stringify(at)} clears ${shape.getAttribute('class')} ${JSON.stringify(drawn)}`).to.equal(true);
          }
          for (const other of labels.filter((l) => l !== label)) {
            expect(apart(at, box(other), 0), `${name} clears ${other.textContent}`).to.equal(true);
          }
        }
      });
    }

    it("switches live when a lang changes inside the other components' shadow roots it sits in", async () => {
      // <div> → its shadow root: <section lang="fr"><div> → that one's shadow root: <p><calf-check>
      const outer = await fixture<HTMLElement>(html`<div></div>`);
      const outerRoot = outer.attachShadow({ mode: 'open' });
      outerRoot.innerHTML = '<section lang="fr"><div></div></section>';
      const innerRoot = outerRoot.querySelector('div')!.attachShadow({ mode: 'open' });
      innerRoot.innerHTML = '<p><calf-check></calf-check></p>';
      const el = innerRoot.querySelector('calf-check')!;
      await shownIn(el, 'fr');
      outerRoot.querySelector('section')!.lang = 'de';
      await shownIn(el, 'de');
      innerRoot.querySelector('p')!.lang = 'es';
      await shownIn(el, 'es');
      outer.lang = 'ar'; // further out than the nearer lang: no change
      innerRoot.querySelector('p')!.removeAttribute('lang');
      await shownIn(el, 'de');
    });

    it("resolution order: element lang → nearest ancestor → <html lang> → the browser's languages → English", async () => {
      const browser = Object.getOwnPropertyDescriptor(navigator, 'languages');
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['sv', 'pt-PT', 'en'] });
      try {
        document.documentElement.lang = 'es';
        const wrapper = await fixture<HTMLElement>(html`<div lang="de"><calf-check lang="fr"></calf-check></div>`);
        const el = wrapper.querySelector('calf-check')!;
        await shownIn(el, 'fr');
        el.removeAttribute('lang');
        await shownIn(el, 'de');
        wrapper.removeAttribute('lang');
        await shownIn(el, 'es');
        document.documentElement.removeAttribute('lang');
        await shownIn(el, 'pt-BR');
        Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['sv'] });
        el.lang = 'en-GB';
        await shownIn(el, 'en');
        el.removeAttribute('lang');
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect($(el, '[part~="container"]').getAttribute('lang'), 'nothing shipped in the browser list').to.equal('en');
      } finally {
        if (browser) Object.defineProperty(navigator, 'languages', browser);
        else delete (navigator as { languages?: unknown }).languages;
      }
    });

    it('regional tags render the variant we ship: es-MX, pt-PT, zh-SG, en-GB', async () => {
      for (const [tag, locale] of [['es-MX', 'es'], ['pt-PT', 'pt-BR'], ['zh-SG', 'zh-Hans'], ['en-GB', 'en']] as const) {
        const el = await fixture<CalfCheck>(html`<calf-check lang=${tag}></calf-check>`);
        await shownIn(el, locale);
        el.remove();
      }
    });

    it('an unsupported lang falls back to English with one warning naming it and the supported ones', async () => {
      let el!: CalfCheck;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CalfCheck>(html`<calf-check lang="sv"></calf-check>`);
        await shownIn(el, 'en');
        await tick(el, 2);
        document.documentElement.lang = 'en'; // any other lang change re-resolves: still one warning
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
      expect(heading(el)).to.equal('Is it your calves?');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"sv"');
      for (const locale of LOCALES) expect(warnings[0]).to.contain(locale);
    });

    it("switches live when the element's or the page's lang changes, keeping the reader's answers", async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      await tick(el, 2);
      el.lang = 'fr';
      await shownIn(el, 'fr');
      expect(heading(el)).to.equal('Et si c’étaient vos mollets ?'); // normalized: the space is a no-break one
      expect(boxes(el).map((box) => box.checked)).to.deep.equal([true, true, false, false]);
      expect(normalize($(el, '.count').textContent)).to.equal('2 signes sur 4');
      el.removeAttribute('lang');
      document.documentElement.lang = 'de';
      await shownIn(el, 'de');
      expect(heading(el)).to.equal('Liegt es an Ihren Waden?');
      expect(boxes(el).map((box) => box.checked)).to.deep.equal([true, true, false, false]);
      expect(normalize($(el, '.count').textContent)).to.equal('2 von 4 Anzeichen');
    });

    it('counts follow the plural rules and digits of each language', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check lang="fr"></calf-check>`);
      await shownIn(el, 'fr');
      const count = () => normalize($(el, '.count').textContent);
      $(el, '[part~="none-fit"] input').click();
      await el.updateComplete;
      expect(count()).to.equal('0 signe sur 4');
      await tick(el, 1);
      expect(count()).to.equal('1 signe sur 4');
      await tick(el, 3);
      expect(count()).to.equal('3 signes sur 4');
      el.lang = 'ar';
      await shownIn(el, 'ar');
      expect(count(), 'Arabic-Indic digits in every engine').to.equal('٣ من ٤ علامات');
    });

    it('widgets side by side each show their own language, and a change of one lang changes that widget alone', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en"><calf-check lang="fr"></calf-check><calf-check lang="de"></calf-check><calf-check></calf-check></div>`,
      );
      const [french, german, english] = wrapper.querySelectorAll('calf-check');
      const warnings = await captureWarnings(async () => {
        await Promise.all([shownIn(french, 'fr'), shownIn(german, 'de'), shownIn(english, 'en')]);
      });
      expect([heading(french), heading(german), heading(english)]).to.deep.equal([
        'Et si c’étaient vos mollets ?',
        'Liegt es an Ihren Waden?',
        'Is it your calves?',
      ]);
      expect(warnings).to.deep.equal([]);
      german.lang = 'ar';
      await shownIn(german, 'ar');
      expect($(german, '[part~="container"]').dir).to.equal('rtl');
      expect([heading(french), heading(english)]).to.deep.equal(['Et si c’étaient vos mollets ?', 'Is it your calves?']);
      expect($(french, '[part~="container"]').lang).to.equal('fr');
    });

    it('languages="en fr" shows a labelled picker; choosing keeps the answers; unknown tags are warned and ignored', async () => {
      let el!: CalfCheck;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CalfCheck>(html`<calf-check lang="en" languages="en fr xx-!!"></calf-check>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('languages').and.to.contain('xx-!!');
      const picker = $(el, '[part~="language-picker"]');
      const select = picker.querySelector('select')!;
      expect(normalize(picker.textContent)).to.match(/^Language/);
      expect(select.labels[0]).to.equal(picker);
      expect([...select.options].map((option) => [option.value, option.lang, option.text])).to.deep.equal([
        ['en', 'en', 'English'],
        ['fr', 'fr', 'Français'],
      ]);
      expect(select.value).to.equal('en');
      await tick(el, 3);
      select.value = 'fr';
      select.dispatchEvent(new Event('change'));
      await shownIn(el, 'fr');
      expect(boxes(el).filter((box) => box.checked)).to.have.length(3);
      expect(normalize($(el, '[part~="language-picker"]').textContent)).to.match(/^Langue/);
      const reopened = $(el, '[part~="language-picker"] select') as HTMLSelectElement;
      reopened.focus();
      expect(el.shadowRoot!.activeElement, 'reachable by keyboard').to.equal(reopened);
      expect(reopened.value).to.equal('fr');
    });

    it('shows no picker for one language or none', async () => {
      const single = await fixture<CalfCheck>(html`<calf-check languages="fr"></calf-check>`);
      expect(single.shadowRoot!.querySelector('[part~="language-picker"]')).to.equal(null);
    });

    for (const locale of ['ar', 'zh-Hans'] as const) {
      it(`is axe clean in ${locale}, picker included`, async () => {
        const el = await fixture<CalfCheck>(
          html`<calf-check lang=${locale} languages="en ${locale}" booking-url="https://clinic.example/book" phone="+1 555 0100"></calf-check>`,
        );
        await shownIn(el, locale);
        await tick(el, 2);
        await expect(el).to.be.accessible();
      });
    }
  });
});
