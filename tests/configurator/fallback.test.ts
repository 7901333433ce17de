import { expect, waitUntil } from '@open-wc/testing';
import { RESERVATION_FITS } from '../../src/embed/reservation.js';
import { DEFAULT_CONFIG, snippet, type WidgetConfig } from '../../demo/configurator/snippet.js';
import { allLocales } from '../../src/generated/locale-codes.js';
import type { CalfCheck } from '../../src/calf-check.js';
import { TEST_FONT, expectTestFonts } from '../helpers/fonts.js';

/*
 * The snippet's fallback, in a page of its own: what a reader sees while the module is slow (served only when the
 * test releases it, tests/helpers/held-module.mjs), when it never comes, and once the widget runs.
 */

const clinic: WidgetConfig = {
  ...DEFAULT_CONFIG,
  bookingUrl: 'https://stride.example/book',
  clinicName: 'Stride Physio',
  phone: '+44 20 7946 0000',
};

const frames: HTMLIFrameElement[] = [];
async function openPost(config: WidgetConfig, scriptUrl: string) {
  // A blog post's type, in a named font: the heights measured below are the font's.
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 700px; height: 1500px; border: 0';
  frame.srcdoc = `<!doctype html><style>body { margin: 0; font: 17px/1.6 ${TEST_FONT} }</style>
    <p>A post about back pain.</p>${snippet(config, scriptUrl)}<p id="after">Rest of the post</p>`;
  document.body.append(frame);
  frames.push(frame);
  // Not the load event: it waits for the module script, which a held or missing script delays or never brings.
  await waitUntil(() => frame.contentDocument?.querySelector('#after'), 'post parsed');
  const doc = frame.contentDocument!;
  return { frame, doc, el: doc.querySelector<CalfCheck>('calf-check')! };
}

/** Light-DOM children other than the slotted logo and note: the fallback. */
const fallback = (el: Element) => [...el.children].filter((child) => !child.hasAttribute('slot'));
/** Whether the browser draws it: an element outside the rendered tree has no boxes. */
const shown = (el: Element) => el.getClientRects().length > 0;

async function rendered(el: CalfCheck) {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="cta"]'), 'widget rendered', { timeout: 5000 });
  await el.updateComplete;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('the snippet’s fallback', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('with the script missing, shows the heading, the sentence and the links, then gives the reserved space back', async () => {
    expectTestFonts();
    const { doc, el } = await openPost(clinic, '/__missing/calf-check.js');
    const [heading, lead, links] = fallback(el);
    for (const child of [heading, lead, links]) expect(shown(child), child.outerHTML).to.be.true;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal('Is it your calves?');
    expect(lead.textContent).to.match(/calves and stiff ankles can be one piece of the puzzle/);
    const [book, call] = links.querySelectorAll('a');
    expect([book.href, book.textContent]).to.deep.equal(['https://stride.example/book', 'Book an assessment with Stride Physio']);
    expect([call.getAttribute('href'), call.textContent]).to.deep.equal(['tel:+442079460000', 'Call +44 20 7946 0000']);
    expect(doc.defaultView!.customElements.get('calf-check')).to.equal(undefined);

    // At first the widget's height is held, so a module that is only slow would not move the post…
    const style = doc.defaultView!.getComputedStyle(el, '::before');
    expect(style.animationDelay).to.equal('4s');
    // English's fit in this 17px post: the larger of its floor and its two lines, in the column's width.
    const { floor, lines } = RESERVATION_FITS.en;
    const reservedPx = Math.max(floor * 17, ...lines.map(([a, b]) => a * 17 - b * el.clientWidth));
    expect(el.getBoundingClientRect().height, 'reserved for English in this column').to.be.closeTo(reservedPx, 1);
    // …and 4 s on, with no module, the box shrinks to the fallback: the rest of the post follows its link.
    await waitUntil(() => el.getBoundingClientRect().height < reservedPx / 2, 'reservation dropped', { timeout: 6000, interval: 100 });
    const gap = doc.querySelector('#after')!.getBoundingClientRect().top - links.getBoundingClientRect().bottom;
    expect(gap, 'no blank box between the fallback and the post').to.be.below(40);
  });

  it('with a slow script, shows the fallback until the widget runs, then only the widget, and the post does not move', async () => {
    expectTestFonts();
    const key = `slow-${Math.random().toString(36).slice(2)}`;
    // The README's own example (a booking link and a name), whose heights the reservation is fitted to.
    const { frame, doc, el } = await openPost({ ...clinic, phone: '' }, `/__held/${key}/dist/calf-check.js`);
    const after = () => doc.querySelector('#after')!.getBoundingClientRect().top;
    const top = () => el.getBoundingClientRect().top;
    const [heading] = fallback(el);
    const topBefore = top();
    expect(shown(heading)).to.be.true;
    const reserved = after();
    // Still held: the module has not come, and the fallback is what the reader has.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(frame.contentWindow!.customElements.get('calf-check')).to.equal(undefined);
    expect(shown(heading)).to.be.true;

    await fetch(`/__release/${key}`);
    await frame.contentWindow!.customElements.whenDefined('calf-check');
    await rendered(el);
    for (const child of fallback(el)) expect(shown(child), `${child.localName} is no longer drawn`).to.be.false;
    expect(part(el, 'heading').textContent).to.equal(heading.textContent);
    expect(part(el, 'book').textContent).to.contain('Book an assessment with Stride Physio');
    // The box itself stays put: the fallback heading's margin was inside it, not above it.
    expect(top(), 'the widget appears where the box was').to.be.closeTo(topBefore, 0.5);
    const moved = Math.abs(after() - reserved) / after();
    expect(moved, 'shift as a share of the post’s position').to.be.below(0.05);
  });

  for (const lang of allLocales) {
    it(`in ${lang}, says what the widget itself says`, async () => {
      const { el } = await openPost({ ...clinic, lang }, '/dist/calf-check.js');
      const [heading, lead, links] = fallback(el);
      await rendered(el);
      expect(heading.textContent).to.equal(part(el, 'heading').textContent);
      expect(lead.textContent).to.equal(el.shadowRoot!.querySelector('.lead')!.textContent);
      expect(links.querySelector('a')!.textContent).to.equal(part(el, 'book').querySelector('bdi')!.textContent);
      expect(links.querySelectorAll('a')[1].textContent).to.equal(part(el, 'phone').textContent);
      for (const child of fallback(el)) expect(shown(child), `${lang}: ${child.localName}`).to.be.false;
    });
  }
});
