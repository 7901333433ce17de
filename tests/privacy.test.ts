import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { openStrictPage, settle, widgetOn, type HostPage } from './helpers/host-page.js';
import { sendMouse } from '@web/test-runner-commands';

/** Everything a reader can do with the widget: answer, change answers, open every disclosure. */
async function useFully(el: CalfCheck) {
  const root = el.shadowRoot!;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')];
  for (const box of boxes) box.click();
  boxes[1].click();
  for (const details of root.querySelectorAll('details')) details.querySelector('summary')!.click();
  // The self-tests: an entry per side, an age band, the unit switch, and the pace guide ticking aloud.
  for (const [name, value] of [['kneeToWall.left', '7'], ['kneeToWall.right', '11'], ['heelRaise.left', '14'], ['heelRaise.right', '22'], ['ageBand', '40-49']]) {
    const field = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
  root.querySelector<HTMLInputElement>('[name="unit"][value="in"]')!.click();
  root.querySelector<HTMLInputElement>('[name="aloud"]')?.click();
  root.querySelector<HTMLButtonElement>('.pace-button')!.click();
  await new Promise((resolve) => setTimeout(resolve, 1100));
  root.querySelector<HTMLButtonElement>('.pace-button')!.click();
  await el.updateComplete;
  expect(root.querySelector('table')?.textContent).to.contain('28');
  expect(root.querySelector('[part~="result"]')!.textContent).to.contain('3 of 4 signs');
}

/** What the page fetched, minus the script the test server injects into every HTML page it serves. */
const paths = (page: HostPage) =>
  page.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server'));

describe('privacy, with every option at its default', () => {
  let page: HostPage;
  beforeEach(async () => {
    page = await openStrictPage();
  });
  afterEach(() => page?.frame.remove());

  it('loading and using the widget fetches nothing beyond its own module', async () => {
    const el = await widgetOn(page);
    await useFully(el);
    el.remove();
    await settle();
    // record.js is the test's own probe; the widget's only request is its module.
    expect(paths(page)).to.deep.equal(['/tests/host-page/record.js', '/dist/calf-check.js']);
    // The page's policy is default-src 'none': any other request (image, font, beacon, fetch) would be blocked and reported.
    expect(page.record.violations).to.deep.equal([]);
  });

  it('writes no cookie, localStorage, sessionStorage or IndexedDB', async () => {
    const el = await widgetOn(page);
    await useFully(el);
    await settle();
    expect(page.record.writes, 'storage APIs called').to.deep.equal([]);
    expect(page.document.cookie).to.equal('');
    expect(page.window.localStorage.length).to.equal(0);
    expect(page.window.sessionStorage.length).to.equal(0);
    const databases = (await page.window.indexedDB.databases?.()) ?? [];
    expect(databases).to.deep.equal([]);
  });
});

describe('privacy: the summary', () => {
  let page: HostPage;
  beforeEach(async () => {
    page = await openStrictPage();
  });
  afterEach(() => page?.frame.remove());

  it('copy, print, share and email fetch nothing, write no storage and send nothing: the reader takes the text', async () => {
    const el = await widgetOn(page, { 'clinic-email': 'clinic@example.com', 'booking-url': 'https://clinic.example/book' });
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('[part~="checkbox"]')!.click();
    await el.updateComplete;
    // The host page's print dialog and share sheet would wait for a person; the test stands in for both.
    const asked: string[] = [];
    page.window.print = () => void asked.push('print');
    Object.defineProperty(page.window.navigator, 'share', { value: () => (asked.push('share'), Promise.resolve()), configurable: true });
    el.requestUpdate();
    await el.updateComplete;
    const control = (action: string) => root.querySelector<HTMLElement>(`[data-action="${action}"]`)!;

    // Copy with a real click, inside the frame: the clipboard takes it.
    control('copy').scrollIntoView({ block: 'center' });
    const frame = page.frame.getBoundingClientRect();
    const button = control('copy').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(frame.x + button.x + button.width / 2), Math.round(frame.y + button.y + button.height / 2)] });
    await waitUntil(() => root.querySelector('.summary [role="status"]')!.textContent.trim() !== '', 'copy never answered');
    control('print').click();
    control('share').click();
    page.document.addEventListener('click', (event) => event.preventDefault());
    control('email').click();
    await settle();

    expect(asked).to.deep.equal(['print', 'share']);
    expect(paths(page)).to.deep.equal(['/tests/host-page/record.js', '/dist/calf-check.js']);
    expect(page.record.violations).to.deep.equal([]);
    expect(page.record.writes, 'storage APIs called').to.deep.equal([]);
    expect(page.document.cookie).to.equal('');
    expect(page.window.localStorage.length + page.window.sessionStorage.length).to.equal(0);
  });
});

describe('privacy: share-result off', () => {
  const answerSets = [0, 1, 2, 3, 4];
  for (const ticked of answerSets) {
    it(`the booking link carries nothing about ${ticked} ticked sign(s), on screen or in calf-check-book`, async () => {
      const bookingUrl = 'https://clinic.example/book?ref=blog#slot';
      const el = await fixture<CalfCheck>(html`<calf-check booking-url=${bookingUrl}></calf-check>`);
      const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')];
      boxes.slice(0, ticked).forEach((box) => box.click());
      await el.updateComplete;
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="book"]')!;
      expect(link.href).to.equal(bookingUrl);
      let announced = '';
      el.addEventListener('calf-check-book', (event) => {
        announced = event.detail.href;
        event.preventDefault();
      });
      link.click();
      expect(announced).to.equal(bookingUrl);
    });
  }
});
