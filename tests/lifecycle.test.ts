// The spy first, so the widget's module sees the instrumented observers and listeners.
import { attached } from './helpers/leak-spy.js';
import { expect, fixture, html } from '@open-wc/testing';
import { CalfCheck } from '../src/calf-check.js';
import { captureWarnings } from './helpers/warnings.js';

const shadow = (el: CalfCheck, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const boxes = (el: CalfCheck) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')];
const band = (el: CalfCheck) => shadow(el, '[part~="result"]')!.getAttribute('part');
const bookHref = (el: CalfCheck) => (shadow(el, '[part~="book"]') as HTMLAnchorElement | null)?.getAttribute('href') ?? null;
const BOOKING = 'https://clinic.example/book';

async function ticked(count: number) {
  const el = await fixture<CalfCheck>(html`<calf-check booking-url=${BOOKING}></calf-check>`);
  boxes(el).slice(0, count).forEach((box) => box.click());
  await el.updateComplete;
  return el;
}

/** Reads the answers the way a reader sees them: from the checkboxes and the result. */
async function seen(el: CalfCheck) {
  await el.updateComplete;
  return { checked: boxes(el).map((box) => box.checked), result: band(el) };
}

describe('lifecycle', () => {
  it('answers survive a move to another part of the page, and it keeps working there', async () => {
    const el = await ticked(3);
    const before = await seen(el);
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    expect(await seen(el)).to.deep.equal(before);
    boxes(el)[0].click();
    expect((await seen(el)).result).to.equal('result result-some');
    elsewhere.remove();
  });

  it('answers survive being removed and added back', async () => {
    const el = await ticked(2);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    parent.append(el);
    expect(await seen(el)).to.deep.equal({ checked: [true, true, false, false], result: 'result result-some' });
    boxes(el)[3].click();
    expect((await seen(el)).result).to.equal('result result-most');
  });

  it('a clone takes the attributes but starts with its own, empty answers', async () => {
    const el = await ticked(3);
    const clone = el.cloneNode(true) as CalfCheck;
    el.after(clone);
    expect(await seen(clone)).to.deep.equal({ checked: [false, false, false, false], result: 'result' });
    expect(bookHref(clone)).to.equal(BOOKING);
    boxes(clone)[0].click();
    expect((await seen(clone)).result).to.equal('result result-some');
    expect((await seen(el)).result, 'the original is untouched').to.equal('result result-most');
    clone.remove();
  });

  it('created with document.createElement and connected before its attributes are set', async () => {
    const el = document.createElement('calf-check');
    document.body.append(el);
    await el.updateComplete;
    expect(bookHref(el)).to.equal(null);
    el.setAttribute('booking-url', BOOKING);
    el.setAttribute('heading-level', '4');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(bookHref(el)).to.equal(BOOKING);
    expect(shadow(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    expect(el.theme).to.equal('dark');
    el.remove();
  });

  it('keeps properties set on the element before its definition upgrades it', async () => {
    const tag = 'calf-check-late-definition';
    const el = document.createElement(tag) as CalfCheck;
    el.bookingUrl = BOOKING;
    el.answers = { stiffAnkles: true, earlyHeelLift: false, standingOrStairs: false, calfTightness: true };
    document.body.append(el);
    customElements.define(tag, class extends CalfCheck {});
    await el.updateComplete;
    expect(bookHref(el)).to.equal(BOOKING);
    expect(await seen(el)).to.deep.equal({ checked: [true, false, false, true], result: 'result result-some' });
    el.remove();
  });

  it('attributes changed rapidly end in the last value, refused once per render', async () => {
    const el = await ticked(1);
    const warnings = await captureWarnings(async () => {
      for (let i = 0; i < 50; i++) {
        el.setAttribute('booking-url', i % 2 ? 'javascript:alert(1)' : `${BOOKING}?v=${i}`);
        el.setAttribute('heading-level', String((i % 6) + 1));
      }
      await el.updateComplete;
    });
    // 50 changes, one render: the last value (javascript:) is refused once, not 25 times.
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('booking-url=');
    expect(bookHref(el)).to.equal(null);
    expect(shadow(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal(String((49 % 6) + 1));

    // The same, awaiting each render: every step shows its own value.
    for (const value of ['https://a.example/', 'tel:+15550109999', 'mailto:a@clinic.example']) {
      el.setAttribute('booking-url', value);
      await el.updateComplete;
      expect(bookHref(el)).to.equal(value);
    }
    expect(band(el), 'answers untouched by all that').to.equal('result result-some');
  });

  it('100 instances on one page each keep their own answers', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const widgets = Array.from({ length: 100 }, () => {
      const el = document.createElement('calf-check');
      el.setAttribute('booking-url', BOOKING);
      return el;
    });
    host.append(...widgets);
    await Promise.all(widgets.map((el) => el.updateComplete));
    boxes(widgets[57])[0].click();
    boxes(widgets[57])[1].click();
    boxes(widgets[57])[2].click();
    await widgets[57].updateComplete;
    const bands = widgets.map(band);
    expect(bands.filter((b) => b === 'result result-most')).to.have.length(1);
    expect(bands.indexOf('result result-most')).to.equal(57);
    expect(bands.filter((b) => b === 'result')).to.have.length(99);
    // ids repeat across instances but each shadow root resolves its own hint.
    const hintId = boxes(widgets[99])[0].getAttribute('aria-describedby')!;
    expect(widgets[99].shadowRoot!.getElementById(hintId)!.textContent).to.contain("don't bend far");
    host.remove();
  });

  it('releases every document-level observer and listener when removed', async () => {
    const baseline = attached();
    const host = document.createElement('div');
    document.body.append(host);
    const widgets = Array.from({ length: 100 }, () => document.createElement('calf-check'));
    host.append(...widgets);
    await Promise.all(widgets.map((el) => el.updateComplete));
    // Moves and re-adds must not pile up attachments either.
    for (let round = 0; round < 5; round++) {
      for (const el of widgets) el.remove();
      host.append(...widgets);
      await Promise.all(widgets.map((el) => el.updateComplete));
    }
    const whileConnected = attached();
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(attached(), `after removal (while connected: ${JSON.stringify(whileConnected)})`).to.deep.equal(baseline);
  });
});
