import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { captureWarnings } from './helpers/warnings.js';
import { $, boxes, text, tick } from './helpers/widget.js';

describe('checklist', () => {
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
