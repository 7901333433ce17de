import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { enter } from './helpers/real-input.js';
import { captureWarnings } from './helpers/warnings.js';
import { $, boxes, text, tick } from './helpers/widget.js';

describe('checklist', () => {
  describe('result', () => {
    const expected = [
      { signs: 1, band: 'some', words: 'worth having them checked' },
      { signs: 2, band: 'some', words: 'worth having them checked' },
      { signs: 3, band: 'most', words: 'Your calves and ankles could be an important piece of your puzzle. An assessment is a good next step.' },
      { signs: 4, band: 'most', words: 'Your calves and ankles could be an important piece of your puzzle. An assessment is a good next step.' },
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

    it('before any answer, invites the reader to start and gives no count and no verdict', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
      const result = $(el, '[part~="result"]')!;
      expect(result.getAttribute('part')).to.equal('result');
      expect(text(result)).to.equal('Tick the signs that sound like you, or choose "None of these fit me", to see what it may mean.');
      expect(text(result)).not.to.match(/of 4 signs|calves may|worth|assessment/);
      // The call to book stays neutral until then.
      expect(text($(el, '[part~="cta"]'))).to.contain('If your back keeps bothering you, a physiotherapist can help');
    });

    it('unticking the last sign goes back to the invitation', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      await tick(el, 1);
      await tick(el, 0);
      expect($(el, '[part~="result"]')!.getAttribute('part')).to.equal('result');
      expect(text($(el, '[part~="result"]'))).to.contain('Tick the signs');
    });

    it('a self-test result alone leaves the result as it was: no count, no verdict, nothing for it to announce', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const result = $(el, '[part~="result"]')!;
      const before = text(result);
      const changed: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changed.push(...records));
      observer.observe(result, { subtree: true, childList: true, characterData: true });
      await enter(el, 'kneeToWall.left', '9');
      observer.disconnect();
      expect(result.getAttribute('part')).to.equal('result');
      expect(text(result)).to.equal(before);
      expect(text(result)).not.to.match(/of 4 signs|may not be the main piece/);
      expect(changed, 'the result region did not change').to.deep.equal([]);
      await tick(el, 1);
      expect(text(result), 'the count comes with the first sign').to.contain('1 of 4 signs');
    });

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

  describe('"None of these fit me"', () => {
    const noneFit = (el: CalfCheck) => $(el, '[part~="none-fit"] input') as HTMLInputElement;

    it('is a control of its own in the checklist, labelled, after the four signs, and not one of them', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const box = noneFit(el);
      expect(box.type).to.equal('checkbox');
      expect(box.closest('[part~="checklist"]')).to.exist;
      expect(text(box.closest('label'))).to.equal('None of these fit me');
      expect(boxes(el)).to.have.length(4);
      expect(boxes(el)[3].compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });

    it('gives the "none" verdict, with part result-none, only once chosen', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      expect($(el, '[part~="result-none"]')).to.equal(null);
      const result = $(el, '[part~="result"]')!;
      noneFit(el).click();
      await el.updateComplete;
      expect($(el, '[part~="result"]'), 'same live region node').to.equal(result);
      expect(result.getAttribute('part')).to.equal('result result-none');
      expect(text(result)).to.contain('0 of 4 signs');
      expect(text(result)).to.contain('may not be the main piece');
      noneFit(el).click();
      await el.updateComplete;
      expect(result.getAttribute('part'), 'unchosen: back to the invitation').to.equal('result');
    });

    it('choosing it unticks the signs; ticking a sign clears it', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      await tick(el, 2);
      noneFit(el).click();
      await el.updateComplete;
      expect(boxes(el).map((box) => box.checked)).to.deep.equal([false, false, false, false]);
      expect(el.answers).to.deep.equal({ stiffAnkles: false, earlyHeelLift: false, standingOrStairs: false, calfTightness: false });
      boxes(el)[2].click();
      await el.updateComplete;
      expect(noneFit(el).checked).to.equal(false);
      expect($(el, '[part~="result"]')!.getAttribute('part')).to.equal('result result-some');
      noneFit(el).click();
      await el.updateComplete;
      el.answers = { stiffAnkles: true, earlyHeelLift: false, standingOrStairs: false, calfTightness: false };
      await el.updateComplete;
      expect(noneFit(el).checked, 'a sign set from JavaScript clears it too').to.equal(false);
    });

    it('fires calf-check-change: answered when chosen, not answered when unchosen, band "none" either way', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const details: { signs: number; band: string; answered: boolean }[] = [];
      el.addEventListener('calf-check-change', ({ detail: { signs, band, answered } }) => details.push({ signs, band, answered }));
      noneFit(el).click();
      await el.updateComplete;
      boxes(el)[0].click();
      await el.updateComplete;
      boxes(el)[0].click();
      await el.updateComplete;
      noneFit(el).click();
      await el.updateComplete;
      noneFit(el).click();
      await el.updateComplete;
      expect(details).to.deep.equal([
        { signs: 0, band: 'none', answered: true },
        { signs: 1, band: 'some', answered: true },
        { signs: 0, band: 'none', answered: false },
        { signs: 0, band: 'none', answered: true },
        { signs: 0, band: 'none', answered: false },
      ]);
    });

    it('calf-check-book carries the band whatever was chosen', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
      const bands: string[] = [];
      el.addEventListener('calf-check-book', (event) => {
        bands.push(`${event.detail.signs}/${event.detail.band}`);
        event.preventDefault();
      });
      const book = () => $(el, '[part~="book"]')!.click();
      book();
      noneFit(el).click();
      await el.updateComplete;
      book();
      await tick(el, 3);
      book();
      expect(bands).to.deep.equal(['0/none', '0/none', '3/most']);
    });

    it('works from the keyboard: Space chooses it', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      noneFit(el).focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(noneFit(el).checked).to.equal(true);
      expect($(el, '[part~="result"]')!.getAttribute('part')).to.equal('result result-none');
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
        answered: true,
        selfTests: { kneeToWall: { left: null, right: null }, heelRaise: { left: null, right: null, ageBand: null } },
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
});
