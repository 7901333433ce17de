import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/calf-check.js';
import type { CalfCheck, CalfCheckBookDetail } from '../src/calf-check.js';
import { SIGN_KEYS } from '../src/scoring.js';
import { accessibilityTreeOrSkip } from './helpers/accessibility-tree.js';
import { emulateMediaOrSkip, resetMedia } from './helpers/media.js';
import { captureWarnings } from './helpers/warnings.js';

const $ = (el: CalfCheck, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: CalfCheck, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const boxes = (el: CalfCheck) => $$(el, '[part~="checkbox"]') as HTMLInputElement[];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The text of the elements an ARIA attribute such as aria-labelledby points at, in order. */
const referencedText = (el: CalfCheck, node: Element, attribute: string) =>
  (node.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(el.shadowRoot!.getElementById(id)))
    .join(' ');

/** Clicks, as a reader would, until exactly the first `count` signs are ticked. */
async function tick(el: CalfCheck, count: number) {
  boxes(el).forEach((box, i) => {
    if (box.checked !== i < count) box.click();
  });
  await el.updateComplete;
}

/** Records whether the browser would have followed a link click, and stops it so the test page stays. */
function watchNavigation() {
  const seen: boolean[] = [];
  const listener = (event: Event) => {
    seen.push(event.defaultPrevented);
    event.preventDefault();
  };
  document.addEventListener('click', listener);
  return { wouldNavigate: () => seen.map((prevented) => !prevented), stop: () => document.removeEventListener('click', listener) };
}

describe('<calf-check>', () => {
  it('is registered and renders the three parts of the flow', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    expect(el).to.be.instanceOf(customElements.get('calf-check')!);
    expect(text($(el, '[part~="heading"]'))).to.equal('Is it your calves?');
    expect($$(el, '[part~="section"]')).to.have.length(3);
    expect(boxes(el)).to.have.length(4);
    for (const part of ['explainer', 'illustration', 'checklist', 'result', 'cta', 'safety', 'disclaimer']) {
      expect($(el, `[part~="${part}"]`), part).to.exist;
    }
    expect(text($(el, '[part~="disclaimer"]'))).to.contain('not a diagnosis');
  });

  it('keeps the article honest: calves are one piece, not the cause', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    const explainer = text($(el, '[part~="explainer"]'));
    expect(explainer).to.contain('This does not mean calves cause back pain');
    expect(explainer).to.contain('Back pain is complex');
    for (const factor of ['hips and core', 'sleep, stress and recovery', 'load']) expect(explainer).to.contain(factor);
  });

  it('shows explainer detail on demand through disclosures', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    const section = $(el, '[part~="section-research"]') as HTMLDetailsElement;
    const body = section.querySelector('.section-body') as HTMLElement;
    expect(section.open).to.equal(false);
    expect(body.checkVisibility(), 'closed section hides its body').to.equal(false);
    section.querySelector('summary')!.click();
    expect(section.open).to.equal(true);
    expect(body.checkVisibility()).to.equal(true);
  });

  it('names the picture by its title and describes it by its description', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    const svg = $(el, '[part~="illustration"]')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(referencedText(el, svg, 'aria-labelledby')).to.equal('How a stiff ankle can load the lower back');
    expect(referencedText(el, svg, 'aria-describedby')).to.contain('the lower back takes extra load');
  });

  describe('result', () => {
    const expected = [
      { signs: 0, band: 'none', words: 'may not be the main piece' },
      { signs: 1, band: 'some', words: 'worth having them checked' },
      { signs: 2, band: 'some', words: 'worth having them checked' },
      { signs: 3, band: 'most', words: 'A proper assessment is a good idea' },
      { signs: 4, band: 'most', words: 'A proper assessment is a good idea' },
    ];
    for (const { signs, band, words } of expected) {
      it(`at ${signs} sign(s) reads as band "${band}"`, async () => {
        const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
        await tick(el, signs);
        const result = $(el, '[part~="result"]')!;
        expect(result.getAttribute('part')).to.equal(`result result-${band}`);
        expect(text(result)).to.contain(`${signs} of 4 signs`);
        expect(text(result)).to.contain(words);
      });
    }

    it('is a polite live region that exists before the first answer', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const result = $(el, '[part~="result"]')!;
      expect(result.getAttribute('role')).to.equal('status');
      expect(result.getAttribute('aria-live')).to.equal('polite');
      await tick(el, 1);
      expect($(el, '[part~="result"]'), 'same node, so the change is announced').to.equal(result);
    });

    it('updates when a sign is unticked', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      await tick(el, 3);
      boxes(el)[0].click();
      await el.updateComplete;
      expect(text($(el, '[part~="result"]'))).to.contain('2 of 4 signs');
      expect(el.answers.stiffAnkles).to.equal(false);
    });
  });

  describe('calf-check-change', () => {
    it('carries every answer, the count and the band, and crosses the shadow boundary', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      setTimeout(() => boxes(el)[1].click());
      const event = await oneEvent(document, 'calf-check-change');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        answers: { stiffAnkles: false, earlyHeelLift: true, standingOrStairs: false, calfTightness: false },
        signs: 1,
        band: 'some',
      });
    });

    it('fires once per answer with the running total', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const details: { signs: number; band: string }[] = [];
      el.addEventListener('calf-check-change', (e) => details.push({ signs: e.detail.signs, band: e.detail.band }));
      await tick(el, 4);
      await tick(el, 3);
      expect(details).to.deep.equal([
        { signs: 1, band: 'some' },
        { signs: 2, band: 'some' },
        { signs: 3, band: 'most' },
        { signs: 4, band: 'most' },
        { signs: 3, band: 'most' },
      ]);
    });

    it('hands out a copy, so a listener cannot change the widget state', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      el.addEventListener('calf-check-change', (e) => (e.detail.answers.calfTightness = true));
      await tick(el, 1);
      expect(el.answers.calfTightness).to.equal(false);
    });
  });

  describe('answers property', () => {
    it('sets the checkboxes and the result from JavaScript', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      el.answers = { stiffAnkles: true, earlyHeelLift: true, standingOrStairs: true, calfTightness: false };
      await el.updateComplete;
      expect(boxes(el).map((box) => box.checked)).to.deep.equal([true, true, true, false]);
      expect($(el, '[part~="result"]')!.getAttribute('part')).to.contain('result-most');
    });

    it('ignores garbage with a warning and keeps working', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const warnings = await captureWarnings(async () => {
        el.answers = 'everything' as never;
        await el.updateComplete;
      });
      expect(warnings.join()).to.contain('answers');
      expect(el.answers).to.deep.equal({ stiffAnkles: false, earlyHeelLift: false, standingOrStairs: false, calfTightness: false });
      await tick(el, 2);
      expect(text($(el, '[part~="result"]'))).to.contain('2 of 4 signs');
    });
  });

  describe('call to book', () => {
    it('links to the booking URL in a new tab with rel=noopener and says so to screen readers', async () => {
      const el = await fixture<CalfCheck>(
        html`<calf-check booking-url="https://clinic.example/book" clinic-name="Stride Physio"></calf-check>`,
      );
      const link = $(el, '[part~="book"]') as HTMLAnchorElement;
      expect(link.href).to.equal('https://clinic.example/book');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(text(link)).to.equal('Book an assessment with Stride Physio (opens in a new tab)');
    });

    it('opens in the same tab with booking-target="_self"', async () => {
      const el = await fixture<CalfCheck>(
        html`<calf-check booking-url="https://clinic.example/book" booking-target="_self"></calf-check>`,
      );
      const link = $(el, '[part~="book"]') as HTMLAnchorElement;
      expect(link.hasAttribute('target')).to.equal(false);
      expect(text(link)).to.equal('Book an assessment');
    });

    it('warns on an unknown booking-target and falls back to a new tab', async () => {
      let el!: CalfCheck;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CalfCheck>(
          html`<calf-check booking-url="https://clinic.example/book" booking-target="_top"></calf-check>`,
        );
      });
      expect(warnings.join()).to.contain('booking-target');
      expect(($(el, '[part~="book"]') as HTMLAnchorElement).target).to.equal('_blank');
    });

    it('changes its wording with the result', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
      const words = [text($(el, '[part~="cta"]'))];
      await tick(el, 1);
      words.push(text($(el, '[part~="cta"]')));
      await tick(el, 3);
      words.push(text($(el, '[part~="cta"]')));
      expect(new Set(words).size).to.equal(3);
      expect(words[1]).to.contain('check your calves and ankles');
    });

    it('renders the phone as a tel: link, showing the number as written', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check phone="+44 (0)20 7946 0000"></calf-check>`);
      const phone = $(el, '[part~="phone"]') as HTMLAnchorElement;
      expect(phone.getAttribute('href')).to.equal('tel:+442079460000');
      expect(text(phone)).to.equal('Call +44 (0)20 7946 0000');
      expect(phone.hasAttribute('target')).to.equal(false);
      expect($(el, '[part~="book"]')).to.equal(null);
    });

    it('with neither URL nor phone, tells the reader to see a physiotherapist and shows no dead button', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      expect($$(el, '[part~="cta"] a')).to.have.length(0);
      expect(text($(el, '[part~="cta"]'))).to.contain('contact a physiotherapist near you');
    });

    it('names the clinic in the no-link text', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check clinic-name="Stride Physio"></calf-check>`);
      expect(text($(el, '[part~="cta"]'))).to.contain('To book, contact Stride Physio.');
    });

    it('shows the clinic logo and note through named slots', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book">
        <img slot="logo" alt="Stride Physio" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        <span slot="note">First visit covered by most insurers.</span>
      </calf-check>`);
      const logo = $(el, 'slot[name="logo"]') as HTMLSlotElement;
      const note = $(el, 'slot[name="note"]') as HTMLSlotElement;
      expect(logo.assignedElements()[0].getAttribute('alt')).to.equal('Stride Physio');
      expect(note.assignedElements()[0].textContent).to.equal('First visit covered by most insurers.');
      expect((note.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
    });
  });

  describe('calf-check-book', () => {
    it('carries signs, band and href, and lets the link navigate when not prevented', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
      await tick(el, 2);
      const nav = watchNavigation();
      setTimeout(() => $(el, '[part~="book"]')!.click());
      const event = await oneEvent(document, 'calf-check-book');
      nav.stop();
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ signs: 2, band: 'some', href: 'https://clinic.example/book' });
      expect(nav.wouldNavigate()).to.deep.equal([true]);
    });

    it('when prevented, nothing navigates (the clinic opens its own popup)', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
      el.addEventListener('calf-check-book', (e) => e.preventDefault());
      const nav = watchNavigation();
      $(el, '[part~="book"]')!.click();
      nav.stop();
      expect(nav.wouldNavigate()).to.deep.equal([false]);
    });

    it('fires for the phone link too', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check phone="555 010 9999"></calf-check>`);
      const nav = watchNavigation();
      setTimeout(() => $(el, '[part~="phone"]')!.click());
      const event = await oneEvent(el, 'calf-check-book');
      nav.stop();
      expect(event.detail).to.deep.equal({ signs: 0, band: 'none', href: 'tel:5550109999' });
    });
  });

  describe('share-result', () => {
    it('is off by default: the booking URL carries nothing about the answers', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book?x=1"></calf-check>`);
      await tick(el, 4);
      expect(($(el, '[part~="book"]') as HTMLAnchorElement).href).to.equal('https://clinic.example/book?x=1');
      expect(text($(el, '[part~="disclaimer"]'))).to.contain('Your answers stay on this device');
    });

    it('when on, appends the result, keeps a hash deep link and says so in the disclaimer', async () => {
      const el = await fixture<CalfCheck>(
        html`<calf-check share-result booking-url="https://stride.janeapp.com/#/staff_member/42"></calf-check>`,
      );
      await tick(el, 3);
      const link = $(el, '[part~="book"]') as HTMLAnchorElement;
      expect(link.href).to.equal('https://stride.janeapp.com/?calf_check_signs=3&calf_check_band=most#/staff_member/42');
      expect(text($(el, '[part~="disclaimer"]'))).to.contain('how many signs you ticked is sent with it to the booking page');
      setTimeout(() => link.click());
      const nav = watchNavigation();
      const event = await oneEvent<CustomEvent<CalfCheckBookDetail>>(el, 'calf-check-book');
      nav.stop();
      expect(event.detail.href).to.equal(link.href);
    });
  });

  describe('bad input', () => {
    const unsafe = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example',
      'not a url',
    ];
    for (const url of unsafe) {
      it(`refuses booking-url ${JSON.stringify(url)}: no link, a warning naming booking-url, the rest works`, async () => {
        let el!: CalfCheck;
        const warnings = await captureWarnings(async () => {
          el = await fixture<CalfCheck>(html`<calf-check booking-url=${url} phone="555 010 9999"></calf-check>`);
        });
        expect($(el, '[part~="book"]')).to.equal(null);
        expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:5550109999']);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('booking-url').and.contain('https:');
        await tick(el, 1);
        expect(text($(el, '[part~="result"]'))).to.contain('1 of 4 signs');
      });
    }

    it('drops a link that becomes unsafe when the attribute changes', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
      await captureWarnings(async () => {
        el.setAttribute('booking-url', 'javascript:alert(1)');
        await el.updateComplete;
      });
      expect($(el, '[part~="book"]')).to.equal(null);
    });

    it('renders markup in text attributes as text, never as HTML', async () => {
      const attack = '<img src=x onerror="window.__pwned=1"><b>Stride</b>';
      const el = await fixture<CalfCheck>(
        html`<calf-check clinic-name=${attack} booking-url="https://clinic.example/book"></calf-check>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect($$(el, 'img, b')).to.have.length(0);
      expect(text($(el, '[part~="book"]'))).to.contain(attack);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('warns about a phone without digits and shows no phone link', async () => {
      let el!: CalfCheck;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CalfCheck>(html`<calf-check phone="call us anytime"></calf-check>`);
      });
      expect(warnings.join()).to.contain('phone');
      expect($(el, '[part~="phone"]')).to.equal(null);
    });

    it('cuts an overlong clinic-name with a warning', async () => {
      let el!: CalfCheck;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CalfCheck>(html`<calf-check clinic-name=${'A'.repeat(100_000)}></calf-check>`);
      });
      expect(warnings.join()).to.contain('clinic-name');
      expect(warnings.join().length, 'the warning itself stays short').to.be.lessThan(300);
      expect(text($(el, '[part~="cta"]')).length).to.be.lessThan(300);
    });

    it('uses heading-level for the heading and warns on a bad one', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check heading-level="3"></calf-check>`);
      expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
      const warnings = await captureWarnings(async () => {
        el.setAttribute('heading-level', 'big');
        await el.updateComplete;
      });
      expect(warnings.join()).to.contain('heading-level');
      expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    });
  });

  describe('accessibility', () => {
    it('has zero axe violations, before and after answering, with the disclosures open', async () => {
      const el = await fixture<CalfCheck>(
        html`<calf-check booking-url="https://clinic.example/book" phone="555 010 9999" clinic-name="Stride"></calf-check>`,
      );
      await expect(el).to.be.accessible();
      await tick(el, 3);
      for (const details of $$(el, 'details')) (details as HTMLDetailsElement).open = true;
      await expect(el).to.be.accessible();
    });

    it('labels each checkbox with its sign and describes it with the hint', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const first = boxes(el)[0];
      expect(text(first.closest('label'))).to.contain('My ankles feel stiff');
      const hint = el.shadowRoot!.getElementById(first.getAttribute('aria-describedby')!);
      expect(text(hint)).to.contain("don't bend far");
      expect(boxes(el).map((box) => box.name)).to.deep.equal([...SIGN_KEYS]);
    });

    it('names each checkbox by its sign alone and describes it by its hint; the whole row still ticks it', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const rows = $$(el, '[part~="item"]');
      expect(rows).to.have.length(4);
      for (const row of rows) {
        const box = row.querySelector('input')!;
        const label = row.querySelector<HTMLElement>('.item-label')!;
        const hint = row.querySelector<HTMLElement>('.item-hint')!;
        expect(referencedText(el, box, 'aria-labelledby'), 'the name: the sign, without its hint').to.equal(text(label));
        expect(referencedText(el, box, 'aria-describedby'), 'the description: the hint').to.equal(text(hint));
        for (const piece of [label, hint]) {
          const before = box.checked;
          piece.click();
          await el.updateComplete;
          expect(box.checked, `clicking the ${piece.className} toggles the sign`).to.equal(!before);
        }
      }
    });

    it("in the browser's accessibility tree, each checkbox is named by its sign and described by its hint, the picture by its title", async function () {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const tree = await accessibilityTreeOrSkip(this);
      const checkboxes = tree.filter((node) => node.role === 'checkbox');
      expect(checkboxes.map((node) => [node.name, node.description])).to.deep.equal(
        $$(el, '[part~="item"]').map((row) => [text(row.querySelector('.item-label')), text(row.querySelector('.item-hint'))]),
      );
      expect(checkboxes[0].name).to.equal('My ankles feel stiff');
      const picture = tree.find((node) => node.role === 'image')!;
      expect(picture.name).to.equal('How a stiff ankle can load the lower back');
      expect(picture.description).to.contain('the lower back takes extra load');
    });

    it('reads the heading first, before the language picker', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check languages="en fr"></calf-check>`);
      const heading = $(el, '[part~="heading"]')!;
      const picker = $(el, '[part~="language-picker"]')!;
      expect($(el, '[part~="container"]')!.firstElementChild === heading, 'the heading is the first thing in the widget').to.equal(true);
      expect(heading.compareDocumentPosition(picker) & Node.DOCUMENT_POSITION_FOLLOWING, 'picker after the heading').to.not.equal(0);
    });

    it('works with the keyboard alone: Tab to a sign, Space ticks it, Enter opens a section', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
      const focused = () => el.shadowRoot!.activeElement;
      const visited: (Element | null)[] = [];
      // Tab forward until the first checkbox has focus, noting each stop on the way.
      for (let i = 0; i < 10 && focused() !== boxes(el)[0]; i++) {
        await sendKeys({ press: 'Tab' });
        visited.push(focused());
      }
      expect(focused()).to.equal(boxes(el)[0]);
      expect(visited[0]!.getAttribute('part')).to.equal('toggle');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(boxes(el)[0].checked).to.equal(true);
      expect(text($(el, '[part~="result"]'))).to.contain('1 of 4 signs');
      // Back to the first disclosure toggle and open it with Enter.
      (visited[0] as HTMLElement).focus();
      await sendKeys({ press: 'Enter' });
      expect((visited[0]!.parentElement as HTMLDetailsElement).open).to.equal(true);
    });

    it('shows a visible focus ring on keyboard focus', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      await sendKeys({ press: 'Tab' });
      const toggle = el.shadowRoot!.activeElement as HTMLElement;
      const style = getComputedStyle(toggle);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('stops the load arrow animating when the reader prefers reduced motion', async function () {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const arrow = $(el, '[part~="illustration-load"]')!;
      await emulateMediaOrSkip(this, { reducedMotion: 'no-preference' });
      expect(getComputedStyle(arrow).animationName).to.equal('flow');
      await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
      expect(getComputedStyle(arrow).animationName).to.equal('none');
      await resetMedia();
    });
  });

  describe('language picker', () => {
    const names = (el: CalfCheck) => [...($(el, '[part~="language-picker"] select') as HTMLSelectElement).options].map((o) => o.text);

    it('names the offered languages when `languages` changes, not again on every answer', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check languages="en es fr de pt-BR zh-Hans ar"></calf-check>`);
      expect(names(el)).to.have.length(7);
      const Original = Intl.DisplayNames;
      let made = 0;
      const Counted = class extends Original {
        constructor(...args: ConstructorParameters<typeof Intl.DisplayNames>) {
          super(...args);
          made++;
        }
      };
      Object.defineProperty(Intl, 'DisplayNames', { value: Counted, configurable: true, writable: true });
      try {
        await tick(el, 4);
        await tick(el, 1);
      } finally {
        Object.defineProperty(Intl, 'DisplayNames', { value: Original, configurable: true, writable: true });
      }
      expect(made, 'language names built while answering').to.equal(0);
      el.languages = 'en de';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['English', 'Deutsch']);
    });
  });

  it('always offers the urgent-care signs', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    const safety = $(el, '[part~="safety"]') as HTMLDetailsElement;
    expect(text(safety.querySelector('summary'))).to.equal('When to get urgent help instead');
    safety.open = true;
    const body = text(safety);
    for (const sign of ['numbness around your genitals', 'bladder or bowels', 'fever', 'history of cancer', 'accident or fall']) {
      expect(body).to.contain(sign);
    }
    expect(body).to.contain('emergency');
  });

  it('puts the urgent-care signs after the result and before the call to book, in reading and tab order', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
    const [result, safety, cta] = ['result', 'safety', 'cta'].map((name) => $(el, `[part~="${name}"]`)!);
    const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(result, safety), 'safety note after the result').to.equal(true);
    expect(follows(safety, cta), 'safety note before the call to book').to.equal(true);
    expect((safety as HTMLDetailsElement).open, 'still a closed disclosure').to.equal(false);
    // Tab from the last sign: the safety toggle is the next stop, the booking link the one after.
    boxes(el)[3].focus();
    const stops: (Element | null)[] = [];
    for (let i = 0; i < 2; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(el.shadowRoot!.activeElement);
    }
    expect(stops[0], 'first stop: the safety toggle').to.equal(safety.querySelector('summary'));
    expect(stops[1], 'then the booking link').to.equal($(el, '[part~="book"]'));
  });
});
