import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck, CalfCheckSummaryDetail } from '../src/calf-check.js';
import { summaryDate } from '../src/sections/summary/text.js';
import { emulateMediaOrSkip, resetMedia } from './helpers/media.js';
import { enter, pasteFromClipboard, pressControl, realClick } from './helpers/real-input.js';
import { CLOSING_NOTE_READER, closingNoteSummary } from './helpers/summary-reader.js';
import { $, $$, text, tick, watchNavigation } from './helpers/widget.js';

const BOOKING = 'https://clinic.example/book';

/** The summary's text as shown. */
const summaryOf = (el: CalfCheck) => $(el, '.summary-text')?.textContent ?? '';
const button = (el: CalfCheck, action: string) => $(el, `.summary-actions [data-action="${action}"]`);
const status = (el: CalfCheck) => text($(el, '.summary [role="status"]'));
/**
 * The summary as an engine hands it back from a selection or the system clipboard: exactly, or with each no-break space
 * between a number and its unit turned into a plain space, all of them (Firefox's selection text, Chromium's copy of
 * a selection, WebKit's paste). Every word, figure and line break must arrive; nothing else may differ.
 */
const asHandedBack = (summary: string) => [summary, summary.replace(/\u00a0/g, ' ')];

/**
 * The closing note's reader: three signs ticked and the self-tests' figures entered, as a reader does both.
 */
async function closingNoteReader(el: CalfCheck) {
  await tick(el, 3);
  // They measured in centimetres (the test browser's en-US would otherwise offer inches first).
  ($(el, '[name="unit"][value="cm"]') as HTMLInputElement).click();
  const { kneeToWall, heelRaise } = CLOSING_NOTE_READER.selfTests;
  for (const [name, value] of Object.entries({ 'kneeToWall.left': kneeToWall.left, 'kneeToWall.right': kneeToWall.right, 'heelRaise.left': heelRaise.left, 'heelRaise.right': heelRaise.right })) {
    if (value !== null) await enter(el, name, String(value));
  }
}

const ENGLISH = closingNoteSummary.en;

/** Records calf-check-summary events heard on the document, as a page's analytics would. */
function listenForSummary() {
  const heard: CustomEvent<CalfCheckSummaryDetail>[] = [];
  const listener = (event: Event) => heard.push(event as CustomEvent<CalfCheckSummaryDetail>);
  document.addEventListener('calf-check-summary', listener);
  return { heard, stop: () => document.removeEventListener('calf-check-summary', listener) };
}

describe('summary', () => {
  let events: ReturnType<typeof listenForSummary>;
  beforeEach(() => {
    events = listenForSummary();
  });
  afterEach(async () => {
    events.stop();
    await resetMedia();
  });

  it('appears only once the reader has answered, after the result and before the call to book', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check booking-url=${BOOKING}></calf-check>`);
    expect($(el, '[part~="summary"]')).to.equal(null);
    await tick(el, 1);
    const summary = $(el, '[part~="summary"]')!;
    const order = (a: Element, b: Element) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
    expect(order($(el, '[part~="result"]')!, summary), 'after the result').to.be.greaterThan(0);
    expect(order(summary, $(el, '[part~="cta"]')!), 'before the call to book').to.be.greaterThan(0);
    expect(text($(el, '#summary-heading'))).to.equal('Your summary for the appointment');
    expect(summary.getAttribute('aria-labelledby')).to.equal('summary-heading');
    expect($(el, '#summary-heading')!.getAttribute('aria-level')).to.equal('3');
    expect(summaryOf(el)).to.equal(
      [
        `My calf check, ${summaryDate(new Date(), 'en')}`,
        'Signs I ticked:',
        '- My ankles feel stiff',
        ENGLISH('').split('\n').at(-1),
        BOOKING,
      ].join('\n'),
    );
  });

  it('shows what the reader ticked and measured, dated today, in English', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    await closingNoteReader(el);
    expect(summaryOf(el)).to.equal(ENGLISH(summaryDate(new Date(), 'en')));
  });

  it('is written in the language shown, here German', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check lang="de"></calf-check>`);
    await waitUntil(() => $(el, '[part~="container"]')?.getAttribute('lang') === 'de');
    await closingNoteReader(el);
    expect(summaryOf(el)).to.equal(closingNoteSummary.de(summaryDate(new Date(), 'de')));
    expect(text(button(el, 'copy'))).to.equal('Kopieren');
  });

  it('says none of the signs fit when the reader chose "None of these fit me", and lists no sign', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    await tick(el, 2);
    ($(el, '[part~="none-fit"] input') as HTMLInputElement).click();
    await el.updateComplete;
    expect(summaryOf(el).split('\n')).to.deep.equal([
      `My calf check, ${summaryDate(new Date(), 'en')}`,
      'None of the four signs fit me.',
      ENGLISH('').split('\n').at(-1),
    ]);
  });

  it('names the clinic and writes its booking address out at the end', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check clinic-name="Stride Physio" booking-url=${BOOKING}></calf-check>`);
    await tick(el, 1);
    expect(summaryOf(el).split('\n').at(-1)).to.equal(`Stride Physio: ${BOOKING}`);
  });

  describe('copy', () => {
    it('puts exactly the summary on the clipboard when the reader clicks Copy, and says so in the live region', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      await closingNoteReader(el);
      await realClick(button(el, 'copy')!);
      await waitUntil(() => status(el) !== '', 'nothing announced');
      expect(status(el)).to.equal('Summary copied.');
      expect($(el, '.summary [role="status"]')!.closest('[aria-live="off"]')).to.equal(null);
      expect(await pasteFromClipboard()).to.be.oneOf(asHandedBack(ENGLISH(summaryDate(new Date(), 'en'))));
      expect(events.heard.map((event) => event.detail)).to.deep.equal([{ action: 'copy' }]);
    });

    it('where the browser refuses, selects the text on screen and says to press Ctrl+C, which then copies it', async () => {
      // Browsers refuse a page the clipboard without a fresh gesture, or by permission; which one varies, so the
      // refusal is made certain here.
      const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      Object.defineProperty(navigator.clipboard, 'writeText', { value: refuse, configurable: true });
      try {
        const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
        await closingNoteReader(el);
        await realClick(button(el, 'copy')!);
        await waitUntil(() => status(el) !== '', 'nothing announced');
        expect(status(el)).to.equal('Press Ctrl+C (⌘+C on a Mac) to copy the selected text.');
        const summary = ENGLISH(summaryDate(new Date(), 'en'));
        expect(getSelection()!.toString()).to.be.oneOf(asHandedBack(summary));
        await pressControl('c');
        expect(await pasteFromClipboard()).to.be.oneOf(asHandedBack(summary));
        expect(events.heard.map((event) => event.detail)).to.deep.equal([{ action: 'copy' }]);
      } finally {
        delete (navigator.clipboard as { writeText?: unknown }).writeText;
      }
    });

    it('where the page has no clipboard at all (a plain http: page), falls back the same way', async () => {
      const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      try {
        const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
        await tick(el, 2);
        await realClick(button(el, 'copy')!);
        await waitUntil(() => status(el) !== '', 'nothing announced');
        expect(status(el)).to.contain('Ctrl+C');
        expect(getSelection()!.toString()).to.equal(summaryOf(el));
        expect(summaryOf(el)).to.contain('- My heels lift early when I squat or walk');
      } finally {
        if (own) Object.defineProperty(navigator, 'clipboard', own);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('a new answer clears the confirmation and shows the summary again, so it never speaks of an older text', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      await tick(el, 1);
      button(el, 'copy')!.click();
      await waitUntil(() => status(el) !== '');
      await tick(el, 2);
      expect(status(el)).to.equal('');
        expect(summaryOf(el)).to.contain('- My heels lift early when I squat or walk');
    });
  });

  describe('print', () => {
    it('the Print button prints the page', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      await tick(el, 1);
      // The real dialog would stop the test run: the test only needs to know the browser was asked to print.
      const print = window.print.bind(window);
      let printed = 0;
      window.print = () => void printed++;
      try {
        button(el, 'print')!.click();
      } finally {
        window.print = print;
      }
      expect(printed).to.equal(1);
      expect(events.heard.map((event) => event.detail)).to.deep.equal([{ action: 'print' }]);
    });

    it('opens every closed section for printing and closes them again afterwards, leaving open what the reader opened', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const details = $$(el, 'details') as HTMLDetailsElement[];
      expect(details.length).to.be.greaterThan(1);
      details[0].open = true;
      window.dispatchEvent(new Event('beforeprint'));
      expect(details.map((section) => section.open)).to.deep.equal(details.map(() => true));
      window.dispatchEvent(new Event('afterprint'));
      expect(details.map((section) => section.open)).to.deep.equal(details.map((_, i) => i === 0));
    });

    it('on paper: ticks, figures, every section, the safety box and the booking address, and no controls', async function () {
      const el = await fixture<CalfCheck>(
        html`<calf-check booking-url=${BOOKING} clinic-email="clinic@example.com" languages="en fr" theme="dark"></calf-check>`,
      );
      await closingNoteReader(el);
      await emulateMediaOrSkip(this, { media: 'print' });
      window.dispatchEvent(new Event('beforeprint'));
      try {
        const shown = (node: Element | null) => !!node && (node as HTMLElement).getClientRects().length > 0;
        for (const control of ['.summary-actions', '[part~="language-picker"]', '[part~="email"]', 'button']) {
          expect(shown($(el, control)), `${control} hidden`).to.equal(false);
        }
        expect(shown($(el, '.summary-text')), 'summary text').to.equal(true);
        expect(summaryOf(el)).to.contain('Knee to wall: left 7\u00a0cm, right 11\u00a0cm\nDifference between my feet: 4\u00a0cm');
        for (const details of $$(el, 'details')) expect((details as HTMLDetailsElement).open, 'every section open').to.equal(true);
        const safety = $(el, '[part~="safety"]')!;
        expect(shown(safety) && safety.getBoundingClientRect().height).to.be.greaterThan(100);
        expect(shown(safety.querySelector('li')), 'emergency signs').to.equal(true);
        expect(getComputedStyle($(el, '[part~="book"]')!, '::after').content).to.contain(BOOKING);
        // The drawn tick is a background: printed only when the style says so.
        const ticked = $(el, '[part~="checkbox"]:checked')!;
        const style = getComputedStyle(ticked) as CSSStyleDeclaration & { printColorAdjust?: string; webkitPrintColorAdjust?: string };
        expect(style.printColorAdjust ?? style.webkitPrintColorAdjust).to.equal('exact');
        // Paper is light whatever the theme on screen.
        expect(getComputedStyle($(el, '[part~="container"]')!).color).to.equal('rgb(31, 36, 40)');
      } finally {
        window.dispatchEvent(new Event('afterprint'));
      }
    });
  });

  describe('share', () => {
    it('offers Share only where the browser has a share sheet', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      await tick(el, 1);
      expect(!!button(el, 'share'), `navigator.share is ${typeof navigator.share}`).to.equal(typeof navigator.share === 'function');
    });

    it('hands the summary to the share sheet, titled with its first line', async () => {
      // None of the three test engines has a share sheet on Linux: the test gives the page one that records.
      const shared: ShareData[] = [];
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()), configurable: true });
      try {
        const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
        await closingNoteReader(el);
        button(el, 'share')!.click();
        const summary = ENGLISH(summaryDate(new Date(), 'en'));
        expect(shared).to.deep.equal([{ title: summary.split('\n')[0], text: summary }]);
        expect(events.heard.map((event) => event.detail)).to.deep.equal([{ action: 'share' }]);
      } finally {
        delete (navigator as { share?: unknown }).share;
      }
    });
  });

  describe('email', () => {
    it('has no email link without clinic-email', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      await tick(el, 1);
      expect($(el, '[part~="email"]')).to.equal(null);
    });

    it('with clinic-email, a mailto: link with the summary as subject and body, for the reader to send', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check clinic-email="clinic@example.com"></calf-check>`);
      await closingNoteReader(el);
      const link = $(el, '[part~="email"]') as HTMLAnchorElement;
      expect(text(link)).to.equal('Email it to the clinic');
      const url = new URL(link.href);
      expect(url.protocol + url.pathname).to.equal('mailto:clinic@example.com');
      const summary = ENGLISH(summaryDate(new Date(), 'en'));
      const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
      expect([...params.keys()]).to.deep.equal(['subject', 'body']);
      expect(params.get('subject')).to.equal(summary.split('\n')[0]);
      expect(params.get('body')).to.equal(summary.replace(/\n/g, '\r\n'));
      const navigation = watchNavigation();
      try {
        link.click();
      } finally {
        navigation.stop();
      }
      expect(navigation.wouldNavigate(), 'the mail app opens').to.deep.equal([true]);
      expect(events.heard.map((event) => event.detail)).to.deep.equal([{ action: 'email' }]);
    });
  });

  it('calf-check-summary bubbles out of the shadow root and carries the action only, never an answer', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    await closingNoteReader(el);
    setTimeout(() => button(el, 'copy')!.click());
    const event = await oneEvent(document, 'calf-check-summary');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ action: 'copy' });
    expect(JSON.stringify(event.detail)).not.to.match(/ankle|heel|7|11|14|22/i);
  });
});
