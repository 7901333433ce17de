import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseEmergencyNumber } from '../src/attributes.js';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { captureWarnings } from './helpers/warnings.js';
import { $, $$, text } from './helpers/widget.js';

const EMERGENCY_SIGNS = [
  'pain, tingling, weakness or numbness in both legs',
  'numbness around your genitals, bottom or inner thighs',
  'new trouble peeing, or losing control of your bladder or bowels',
  'new sexual problems',
  "one or both legs that suddenly feel weak or won't do what you want",
  'chest pain',
  'pain after a serious accident or a bad fall',
];
const SAME_DAY_SIGNS = [
  'a fever',
  "weight loss you can't explain",
  'a lump or a change in the shape of your back',
  "pain at night, or pain that doesn't ease with rest",
  'cancer, now or in the past',
  'a weakened immune system',
];

/** The list items a reader can see right now, as text. */
const visibleItems = (root: Element) =>
  [...root.querySelectorAll('li')].filter((item) => item.checkVisibility() && item.getClientRects().length > 0).map(text);

describe('urgent-care signs', () => {
  it('shows every emergency sign without a click; the same-day signs open behind one toggle in the box', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    const safety = $(el, '[part~="safety"]')!;
    expect(safety.tagName, 'the box itself is no disclosure').not.to.equal('DETAILS');
    expect(safety.closest('details'), 'nor inside one').to.equal(null);
    expect(text(safety)).to.contain('When to get urgent help');
    expect(visibleItems(safety)).to.deep.equal(EMERGENCY_SIGNS);
    expect(text(safety)).to.contain('Call your local emergency number or go to an emergency department now if back pain comes with any of these:');
    const toggles = safety.querySelectorAll('summary');
    expect(toggles, 'one toggle').to.have.length(1);
    expect(text(toggles[0])).to.equal('When to see a doctor today');
    toggles[0].click();
    await el.updateComplete;
    const seen = visibleItems(safety);
    for (const sign of [...EMERGENCY_SIGNS, ...SAME_DAY_SIGNS]) expect(seen).to.include(sign);
    expect(text(safety)).to.contain('See a doctor today, or call your urgent medical advice line, if back pain comes with any of these:');
  });

  it('comes first: after the heading and picker, before the explainer, the checklist, the result and the booking link, in reading and tab order', async () => {
    const el = await fixture<CalfCheck>(
      html`<calf-check languages="en fr" booking-url="https://clinic.example/book" emergency-number="999"></calf-check>`,
    );
    const [heading, picker, safety, explainer, checklist, result, cta] = [
      'heading',
      'language-picker',
      'safety',
      'explainer',
      'checklist',
      'result',
      'cta',
    ].map((name) => $(el, `[part~="${name}"]`)!);
    const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    const order = [heading, picker, safety, explainer, checklist, result, cta];
    for (let i = 1; i < order.length; i++) {
      expect(follows(order[i - 1], order[i]), `${order[i - 1].getAttribute('part')} before ${order[i].getAttribute('part')}`).to.equal(true);
    }
    // And on screen: the box sits above the explainer, not moved there by CSS.
    expect(safety.getBoundingClientRect().bottom).to.be.at.most(explainer.getBoundingClientRect().top);
    // Tab from the picker: the emergency number, then the same-day toggle, then the explainer.
    $(el, 'select')!.focus();
    const stops: (Element | null)[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(el.shadowRoot!.activeElement);
    }
    expect(stops[0], 'first stop: the emergency number').to.equal(safety.querySelector('a[href="tel:999"]'));
    expect(stops[1], 'then the same-day toggle').to.equal(safety.querySelector('summary'));
    expect(explainer.contains(stops[2]), 'then the explainer').to.equal(true);
  });

  describe('emergency-number', () => {
    it('when set, says to call it, as a tel: link inside the sentence', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check emergency-number="999"></calf-check>`);
      const safety = $(el, '[part~="safety"]')!;
      const link = safety.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(link.getAttribute('href')).to.equal('tel:999');
      expect(text(link)).to.equal('999');
      expect(text(link.parentElement)).to.equal('Call 999 or go to an emergency department now if back pain comes with any of these:');
      expect(text(safety)).not.to.contain('your local emergency number');
      expect(el.emergencyNumber).to.equal('999');
    });

    it('follows the attribute and the property live, in every language', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check lang="fr"></calf-check>`);
      await waitUntil(() => $(el, '[part~="container"]')?.getAttribute('lang') === 'fr', 'never rendered in French');
      el.emergencyNumber = '112';
      await el.updateComplete;
      const sentence = () => text($(el, '[part~="safety"] a[href^="tel:"]')?.parentElement ?? null);
      expect(sentence()).to.equal('Appelez le 112 ou allez aux urgences maintenant si le mal de dos s’accompagne d’un de ces signes :');
      el.setAttribute('emergency-number', '15');
      await el.updateComplete;
      expect(sentence()).to.contain('Appelez le 15 ');
      el.removeAttribute('emergency-number');
      await el.updateComplete;
      expect($(el, '[part~="safety"] a')).to.equal(null);
      expect(text($(el, '[part~="safety"]'))).to.contain('Appelez le numéro d’urgence local');
    });

    const good = ['999', '911', '112', '000', '15', '1669', ' 911 ', '123456'];
    for (const raw of good) {
      it(`accepts "${raw}"`, () => expect(parseEmergencyNumber(raw)).to.deep.equal({ value: raw.trim() }));
    }
    const bad = ['9', '1234567', '9 1 1', '+44 999', '99a', '٩٩٩', 'tel:999', '999;', '<b>999</b>', 'javascript:alert(1)', '-112', '1e3', '11.2'];
    for (const raw of bad) {
      it(`refuses "${raw}" with one warning and keeps the plain wording`, async () => {
        const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
        const warnings = await captureWarnings(async () => {
          el.setAttribute('emergency-number', raw);
          await el.updateComplete;
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('emergency-number').and.contain('2 to 6 digits');
        expect(el.emergencyNumber).to.equal('');
        expect($$(el, '[part~="safety"] a')).to.have.length(0);
        expect(text($(el, '[part~="safety"]'))).to.contain('Call your local emergency number');
      });
    }

    it('treats empty as not set, without a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<CalfCheck>(html`<calf-check emergency-number="  "></calf-check>`);
        expect(text($(el, '[part~="safety"]'))).to.contain('your local emergency number');
      });
      expect(warnings).to.deep.equal([]);
    });
  });
});
