/**
 * Server rendering, as a reader meets it: pages rendered by the built `calf-check/ssr` (tests/helpers/server-render.mjs),
 * read with JavaScript off (a sandboxed frame runs no script) and hydrated by `calf-check/hydrate` with it on.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { BundleFrame, type Widget } from './helpers/bundle-frame.js';
import { SERVER_RENDERED_PATH } from './helpers/server-render.mjs';
import { SOURCE_LINK_ROWS, sourceLinkRows } from './helpers/widget.js';

const HYDRATE = '/dist/calf-check.hydrate.js';
const BOOKING = { 'booking-url': 'https://clinic.example/book', 'clinic-name': 'Stride Physio' };

interface Page {
  attributes?: Record<string, string>;
  /** Several widgets on the page, each with its attributes and the language the server renders it in. */
  widgets?: { attributes?: Record<string, string>; lang?: string }[];
  lang?: string;
  pageLang?: string;
  script?: string;
}

function pageUrl({ attributes = {}, widgets, lang, pageLang, script }: Page): string {
  const query = new URLSearchParams({ attributes: JSON.stringify(attributes) });
  if (widgets) query.set('widgets', JSON.stringify(widgets));
  if (lang) query.set('lang', lang);
  if (pageLang) query.set('page-lang', pageLang);
  if (script) query.set('script', script);
  return `${SERVER_RENDERED_PATH}?${query}`;
}

const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const widgetIn = (frame: BundleFrame) => frame.document.querySelector('calf-check') as Widget;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const visible = (el: Element, selector: string) => $(el, selector)?.checkVisibility({ visibilityProperty: true }) === true;
const has = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const boxes = (el: Element) => $$(el, '[part~="checkbox"]') as HTMLInputElement[];

/** Loads the hydrating module into a server-rendered page and waits until the widget has taken over. */
async function hydrate(frame: BundleFrame): Promise<Widget> {
  await frame.load(HYDRATE);
  const el = widgetIn(frame);
  await waitUntil(() => frame.window.customElements.get('calf-check'), 'never defined');
  await el.updateComplete;
  return el;
}

const opened: BundleFrame[] = [];
async function open(page: Page, options?: { scripts: boolean }) {
  const frame = await BundleFrame.at(pageUrl(page), options);
  opened.push(frame);
  return frame;
}
afterEach(() => opened.splice(0).forEach((frame) => frame.close()));

describe('server rendering, JavaScript off', () => {
  it('paints the theme it was given: dark as dark, auto by the reader’s system', async () => {
    const background = (frame: BundleFrame) => frame.window.getComputedStyle($(widgetIn(frame), '[part~="container"]')!).backgroundColor;
    const dark = await open({ attributes: { ...BOOKING, theme: 'dark' } }, { scripts: false });
    expect(background(dark)).to.equal('rgb(22, 27, 31)');
    const auto = await open({ attributes: { ...BOOKING, theme: 'auto' } }, { scripts: false });
    const systemDark = auto.window.matchMedia('(prefers-color-scheme: dark)').matches;
    expect(background(auto)).to.equal(systemDark ? 'rgb(22, 27, 31)' : 'rgb(255, 255, 255)');
  });

  it('paints the whole widget from HTML: explainer, picture, safety note, a working booking link', async () => {
    const frame = await open({ attributes: BOOKING }, { scripts: false });
    const el = widgetIn(frame);
    expect(el.shadowRoot, 'a declarative shadow root').to.not.equal(null);
    expect(frame.window.customElements.get('calf-check'), 'no script ran').to.equal(undefined);
    expect(normalize($(el, '[part~="heading"]')?.textContent)).to.equal('Is it your calves?');
    for (const part of ['explainer', 'illustration', 'checklist', 'safety', 'cta', 'disclaimer']) {
      expect(visible(el, `[part~="${part}"]`), part).to.equal(true);
    }
    const sections = $$(el, '[part~="section"]');
    expect(sections).to.have.length(4);
    expect(sections[3].getAttribute('part'), 'Sources last').to.equal('section section-sources');
    expect(sourceLinkRows(el.shadowRoot!), 'the reference links, as plain HTML').to.deep.equal(SOURCE_LINK_ROWS);
    const book = $(el, '[part~="book"]') as HTMLAnchorElement;
    expect(book.checkVisibility(), 'booking link shown').to.equal(true);
    expect([book.href, book.target, book.rel]).to.deep.equal(['https://clinic.example/book', '_blank', 'noopener']);
    expect(normalize(book.textContent)).to.contain('Stride Physio');
  });

  it('says the checklist needs JavaScript for a result, and shows no result that could not change', async () => {
    const frame = await open({ attributes: { languages: 'en fr' } }, { scripts: false });
    const el = widgetIn(frame);
    expect(visible(el, '.needs-script'), 'the note').to.equal(true);
    expect(normalize($(el, '.needs-script')?.textContent)).to.equal('The checklist needs JavaScript to give you a result.');
    expect(has(el, '.result-area > .needs-script + [part~="result"]'), 'the note just before the result, in its area').to.equal(true);
    expect(visible(el, '.count'), 'the count').to.equal(false);
    expect(visible(el, '[part~="result"] p:last-child'), 'the result').to.equal(false);
    expect(visible(el, '[part~="language-picker"]'), 'the picker').to.equal(false);
    expect(boxes(el).map((box) => box.checked), 'no box ticked').to.deep.equal([false, false, false, false]);
  });

  it('renders the language it is given, right to left for Arabic', async () => {
    const frame = await open({ attributes: BOOKING, lang: 'ar' }, { scripts: false });
    const container = $(widgetIn(frame), '[part~="container"]')!;
    expect([container.getAttribute('lang'), container.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    expect(normalize($(widgetIn(frame), '[part~="heading"]')?.textContent)).to.equal('هل لعضلات ساقيك دور؟');
  });

  it('writes hostile attribute values as text: nothing injected, nothing run, each value kept exactly', async () => {
    const hostile = {
      'clinic-name': '"><img src=x onerror="parent.__ssrCanary=1"><script>parent.__ssrCanary=2</script>',
      'booking-url': 'javascript:parent.__ssrCanary=3',
      phone: '</calf-check><b id="escaped">',
      languages: "' onmouseover='parent.__ssrCanary=4",
    };
    const frame = await open({ attributes: hostile }, { scripts: true });
    const el = widgetIn(frame);
    expect(frame.document.querySelectorAll('calf-check')).to.have.length(1);
    for (const [name, value] of Object.entries(hostile)) expect(el.getAttribute(name), name).to.equal(value);
    const injected = [frame.document, el.shadowRoot!].flatMap((root) => [...root.querySelectorAll('img, script:not([src]), b, [onerror], [onmouseover]')]);
    expect(injected.length, 'elements injected').to.equal(0);
    expect($(el, '[part~="book"]'), 'no link to javascript:').to.equal(null);
    expect(normalize($(el, '[part~="cta"]')?.textContent)).to.contain('"><img src=x');
    expect((window as { __ssrCanary?: number }).__ssrCanary).to.equal(undefined);
  });
});

describe('server rendering, hydrated by calf-check/hydrate', () => {
  it('takes the server’s DOM over as it stands: same nodes, no error, clicks answered', async () => {
    const frame = await open({ attributes: BOOKING });
    const served = widgetIn(frame);
    const nodes = ['[part~="container"]', '[part~="heading"]', '[part~="result"]', '[part~="book"]'].map((s) => $(served, s));
    const served_boxes = boxes(served);
    const el = await hydrate(frame);
    expect(nodes.map((node, i) => node === [$(el, '[part~="container"]'), $(el, '[part~="heading"]'), $(el, '[part~="result"]'), $(el, '[part~="book"]')][i])).to.deep.equal([true, true, true, true]);
    expect(boxes(el).every((box, i) => box === served_boxes[i]), 'same checkboxes').to.equal(true);
    expect(frame.errors).to.deep.equal([]);
    expect(frame.warnings).to.deep.equal([]);
    expect(visible(el, '.needs-script'), 'the note goes once the script runs').to.equal(false);
    expect(visible(el, '[part~="result"] p:last-child'), 'the result shows').to.equal(true);
    const details: unknown[] = [];
    el.addEventListener('calf-check-change', (event) => details.push((event as CustomEvent).detail));
    boxes(el)[0].click();
    boxes(el)[2].click();
    await el.updateComplete;
    expect($(el, '[part~="result"]')!.getAttribute('part')).to.contain('result-some');
    expect(normalize($(el, '.count')?.textContent)).to.contain('2');
    expect(details).to.have.length(2);
    expect(details[1]).to.deep.include({ signs: 2, band: 'some' });
  });

  it('keeps what the reader ticked before the script arrived', async () => {
    const frame = await open({ attributes: BOOKING });
    boxes(widgetIn(frame))[1].click();
    const el = await hydrate(frame);
    expect(boxes(el).map((box) => box.checked)).to.deep.equal([false, true, false, false]);
    expect(el.answers).to.deep.include({ earlyHeelLift: true });
    expect($(el, '[part~="result"]')!.getAttribute('part')).to.contain('result-some');
  });

  it('hydrates in the server’s language, and the picker keeps working', async () => {
    const frame = await open({ attributes: { languages: 'en fr' }, lang: 'fr', pageLang: 'fr' });
    const heading = $(widgetIn(frame), '[part~="heading"]');
    const el = await hydrate(frame);
    expect($(el, '[part~="heading"]') === heading, 'same heading').to.equal(true);
    expect(normalize(heading?.textContent)).to.equal('Et si c’étaient vos mollets ?');
    const select = $(el, '[part~="language-picker"] select') as HTMLSelectElement;
    expect(select.value).to.equal('fr');
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $(el, '[part~="container"]')?.getAttribute('lang') === 'en', 'never switched to English');
    expect(normalize($(el, '[part~="heading"]')?.textContent)).to.equal('Is it your calves?');
    expect(frame.errors).to.deep.equal([]);
  });

  it('corrects a server language the page does not ask for, saying so once, keeping its nodes', async () => {
    const frame = await open({ attributes: BOOKING, lang: 'en', pageLang: 'de' });
    const heading = $(widgetIn(frame), '[part~="heading"]');
    const el = await hydrate(frame);
    await waitUntil(() => $(el, '[part~="container"]')?.getAttribute('lang') === 'de', 'never corrected to German');
    await el.updateComplete;
    expect($(el, '[part~="heading"]') === heading, 'same heading').to.equal(true);
    // Every word in the page's language, none left from the server's.
    expect(normalize(el.shadowRoot!.textContent)).to.not.contain('Is it your calves');
    expect(normalize(el.shadowRoot!.textContent)).to.not.contain('Check the four signs');
    expect(frame.warnings).to.have.length(1);
    expect(frame.warnings[0]).to.contain('"en"').and.to.contain('"de"');
    expect(frame.errors).to.deep.equal([]);
  });

  it('without hydration (the plain module), the page simply renders the widget afresh', async () => {
    const frame = await open({ attributes: BOOKING, lang: 'en', pageLang: 'fr' });
    await frame.load('/dist/calf-check.js');
    const el = widgetIn(frame);
    await waitUntil(() => $(el, '[part~="container"]')?.getAttribute('lang') === 'fr', 'never rendered in French');
    expect($$(el, '[part~="container"]'), 'one widget, not two').to.have.length(1);
    expect(frame.errors).to.deep.equal([]);
  });

  it('a German and a French server render on one page: each hydrates in its own language, its words fetched once', async () => {
    const frame = await open({
      widgets: [
        { attributes: { ...BOOKING, lang: 'de' }, lang: 'de' },
        { attributes: { ...BOOKING, lang: 'fr' }, lang: 'fr' },
      ],
      pageLang: 'en',
    });
    const [german, french] = [...frame.document.querySelectorAll('calf-check')] as Widget[];
    const headings = [$(german, '[part~="heading"]'), $(french, '[part~="heading"]')];
    const served = headings.map((node) => normalize(node?.textContent));
    await frame.load(HYDRATE);
    await waitUntil(() => frame.window.customElements.get('calf-check'), 'never defined');
    await Promise.all([german.updateComplete, french.updateComplete]);
    // Taken over where they stand: the same heading nodes, still in the language each was rendered in.
    expect([$(german, '[part~="heading"]') === headings[0], $(french, '[part~="heading"]') === headings[1]]).to.deep.equal([true, true]);
    expect([$(german, '[part~="container"]')?.lang, $(french, '[part~="container"]')?.lang]).to.deep.equal(['de', 'fr']);
    expect(served[0]).to.not.equal(served[1]);
    expect([normalize($(german, '[part~="heading"]')?.textContent), normalize($(french, '[part~="heading"]')?.textContent)]).to.deep.equal(served);
    // Alive: a tick in one is counted there and not in the other.
    boxes(german)[0].click();
    await german.updateComplete;
    expect(german.answers).to.not.deep.equal(french.answers);
    const words = frame.fetched().filter((path) => path.includes('/words/')).sort();
    expect(words).to.deep.equal(['/dist/words/de.js', '/dist/words/fr.js']);
    expect(frame.warnings).to.deep.equal([]);
    expect(frame.errors).to.deep.equal([]);
  });
});
