import { expect, fixture, html } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { enter } from './helpers/real-input.js';
import { $, $$, text, tick } from './helpers/widget.js';

/* The gap between the legs' heel raises, which a clinician notices first: on screen and in the summary, with or without an age. */

const raiseReading = (el: CalfCheck) => text($$(el, '[part~="self-test"]')[1].querySelector('.reading'));
const summary = (el: CalfCheck) => $(el, '.summary-text')!.textContent;

describe('heel raises: the gap between the legs', () => {
  for (const age of ['', '40-49']) {
    const withAge = age ? 'with an age band' : 'without an age';
    it(`${withAge}: 14 and 22 raises read as a gap of 8 that is worth mentioning, and the summary says so`, async () => {
      const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
      if (age) await enter(el, 'ageBand', age);
      await enter(el, 'heelRaise.left', '14');
      await enter(el, 'heelRaise.right', '22');
      expect(raiseReading(el)).to.contain('Your legs differ by 8 raises. There is no agreed figure for how big a gap matters: worth mentioning at an assessment.');
      await tick(el, 1);
      expect(summary(el)).to.contain('\nHeel raises on one leg: left 14, right 22\nDifference between my legs: 8\n');
    });

    it(`${withAge}: equal legs read as the same count, and a gap of 1 in the singular`, async () => {
      const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
      if (age) await enter(el, 'ageBand', age);
      await enter(el, 'heelRaise.left', '20');
      await enter(el, 'heelRaise.right', '20');
      expect(raiseReading(el)).to.contain('Both legs did the same number of raises.');
      await enter(el, 'heelRaise.right', '21');
      expect(raiseReading(el)).to.contain('Your legs differ by 1 raise.');
    });
  }

  it('says nothing of a gap until both legs are counted', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
    await enter(el, 'heelRaise.left', '14');
    expect(raiseReading(el)).not.to.contain('legs differ').and.not.contain('same number');
  });

  it('in German and Arabic, the gap is read in the language, with its own digits', async () => {
    const german = await fixture<CalfCheck>(html`<calf-check lang="de"></calf-check>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await enter(german, 'heelRaise.left', '14');
    await enter(german, 'heelRaise.right', '22');
    expect(raiseReading(german)).to.contain('8').and.not.contain('Your legs');
    const arabic = await fixture<CalfCheck>(html`<calf-check lang="ar"></calf-check>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await enter(arabic, 'heelRaise.left', '14');
    await enter(arabic, 'heelRaise.right', '22');
    expect(raiseReading(arabic)).to.contain('٨').and.not.contain('Your legs');
  });
});
