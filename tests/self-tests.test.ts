import { expect, fixture, html } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck, CalfCheckChangeDetail } from '../src/calf-check.js';
import { emulateMediaOrSkip, resetMedia } from './helpers/media.js';
import { enter } from './helpers/real-input.js';
import { $, $$, referencedText, text } from './helpers/widget.js';


/** Every calf-check-change the widget fires from now on. */
function changes(el: CalfCheck) {
  const seen: CalfCheckChangeDetail[] = [];
  el.addEventListener('calf-check-change', (event) => seen.push(event.detail));
  return seen;
}

const kneeTest = (el: CalfCheck) => $$(el, '[part~="self-test"]')[0];
const raiseTest = (el: CalfCheck) => $$(el, '[part~="self-test"]')[1];
const reading = (test: HTMLElement) => text(test.querySelector('.reading'));
const error = (el: CalfCheck, name: string) => {
  const field = $(el, `[name="${name}"]`)!;
  const id = field.getAttribute('aria-describedby');
  return id ? text(el.shadowRoot!.getElementById(id)) : '';
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('home self-tests', () => {
  it("sit after the checklist and its result, each with steps, a picture and the safety line", async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    const order = $$(el, '[part~="checklist"], [part~="self-tests"], [part~="result"]').map((node) => node.getAttribute('part')!.split(' ')[0]);
    expect(order).to.deep.equal(['checklist', 'result', 'self-tests']);
    const tests = $$(el, '[part~="self-test"]');
    expect(tests.map((test) => text(test.querySelector('summary')))).to.deep.equal(['Knee to wall', 'Single-leg heel raise']);
    for (const test of tests) {
      (test as HTMLDetailsElement).open = true;
      expect(test.querySelectorAll('ol li')).to.have.length(3);
      const picture = test.querySelector('svg[role="img"]')!;
      expect(referencedText(el, picture, 'aria-labelledby'), 'the picture is named by its test').to.equal(text(test.querySelector('summary')));
      expect(text(test.querySelector('.self-test-safety'))).to.contain('Hold on to a wall or counter. Stop if it hurts');
      expect(text(test.querySelector('.self-test-safety'))).to.contain('Achilles injury, or if standing on one leg is not safe');
    }
    expect(text(kneeTest(el).querySelector('ol'))).to.contain('Measure from big toe to wall. Then do the other foot.');
    expect(text(raiseTest(el).querySelector('ol'))).to.contain('Count until you cannot rise as high or keep the pace. Then do the other leg.');
    expect(text(raiseTest(el).querySelector('.pace'))).to.contain('One raise every two seconds: up on one beat, down on the next');
  });

  describe('knee to wall', () => {
    it('reads each foot, says a 4 cm gap is a difference, and fires calf-check-change in centimetres', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
      const seen = changes(el);
      await enter(el, 'kneeToWall.left', '7');
      expect(seen).to.have.length(1);
      expect(seen[0].answered).to.equal(true);
      expect(seen[0].selfTests.kneeToWall).to.deep.equal({ left: 7, right: null });
      expect(reading(kneeTest(el))).to.contain('Left Under about 10 cm, often called stiff.');
      expect(reading(kneeTest(el))).to.contain('There is no single agreed cut-off');
      await enter(el, 'kneeToWall.right', '11');
      expect(seen[1].selfTests).to.deep.equal({ kneeToWall: { left: 7, right: 11 }, heelRaise: { left: null, right: null, ageBand: null } });
      expect(reading(kneeTest(el))).to.contain('Right About 10 cm or more, often called normal.');
      expect(reading(kneeTest(el))).to.contain(
        "Your feet differ by 2 cm or more. That is more than the test's usual noise (Powden 2015): worth mentioning at an assessment.",
      );
    });

    it('calls a gap under 2 cm measurement error, not a difference', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
      await enter(el, 'kneeToWall.left', '9.5');
      await enter(el, 'kneeToWall.right', '11');
      expect(reading(kneeTest(el))).to.contain('Your feet differ by less than 2 cm. A gap this small may just be measurement noise (Powden 2015).');
      expect(reading(kneeTest(el))).not.to.contain('worth mentioning');
    });

    it('is a polite live region, so a screen reader hears the reading', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      for (const region of $$(el, '.reading')) expect(region.getAttribute('role')).to.equal('status');
    });

    for (const lang of ['fr', 'de']) {
      it(`accepts a decimal comma in ${lang}, and writes the reading with one`, async () => {
        const el = await fixture<CalfCheck>(html`<calf-check lang=${lang}></calf-check>`);
        const seen = changes(el);
        await enter(el, 'kneeToWall.left', '8,5');
        expect(seen[0].selfTests.kneeToWall.left).to.equal(8.5);
        expect(($(el, '[name="kneeToWall.left"]') as HTMLInputElement).value).to.equal('8,5');
        expect($(el, '[name="kneeToWall.left"]')!.getAttribute('aria-invalid')).to.equal('false');
        expect(reading(kneeTest(el))).to.contain('10 cm');
      });
    }

    it('refuses a decimal comma in English with a message that shows the point', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
      await enter(el, 'kneeToWall.left', '8,5');
      expect(error(el, 'kneeToWall.left')).to.equal('Enter a number from 0 to 25 cm, like 8.5.');
    });

    it('starts in inches for en-US and in centimetres for en-GB and fr', async () => {
      const unitOf = (el: CalfCheck) => ($(el, '[name="unit"]:checked') as HTMLInputElement).value;
      expect(unitOf(await fixture<CalfCheck>(html`<calf-check lang="en-US"></calf-check>`))).to.equal('in');
      expect(unitOf(await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`))).to.equal('cm');
      expect(unitOf(await fixture<CalfCheck>(html`<calf-check lang="fr-FR"></calf-check>`))).to.equal('cm');
    });

    it('takes inches in en-US, stores centimetres, and switches units without losing the entry', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check lang="en-US"></calf-check>`);
      const seen = changes(el);
      expect(text($(el, '[name="kneeToWall.left"]')!.closest('label'))).to.contain('in');
      await enter(el, 'kneeToWall.left', '3');
      expect(seen[0].selfTests.kneeToWall.left).to.equal(7.6);
      expect(reading(kneeTest(el))).to.contain('Under about 3.9 in');
      ($(el, '[name="unit"][value="cm"]') as HTMLInputElement).click();
      await el.updateComplete;
      expect(($(el, '[name="kneeToWall.left"]') as HTMLInputElement).value).to.equal('7.6');
      expect(text($(el, '[name="kneeToWall.left"]')!.closest('label'))).to.contain('cm');
      expect(reading(kneeTest(el))).to.contain('Under about 10 cm');
      await enter(el, 'kneeToWall.right', '20');
      expect(seen.at(-1)!.selfTests.kneeToWall).to.deep.equal({ left: 7.6, right: 20 });
      ($(el, '[name="unit"][value="in"]') as HTMLInputElement).click();
      await el.updateComplete;
      expect(($(el, '[name="kneeToWall.right"]') as HTMLInputElement).value).to.equal('7.9');
      await enter(el, 'kneeToWall.right', '11');
      expect(error(el, 'kneeToWall.right'), '11 in is beyond the range in inches').to.equal('Enter a number from 0 to 10 in, like 8.5.');
    });

    it('writes the summary in the unit the reader measured in, with centimetres for the clinic', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check lang="en-US"></calf-check>`);
      await enter(el, 'kneeToWall.left', '3');
      const summary = () => text($(el, '.summary-text'));
      expect(summary()).to.contain('left 3 in (7.6 cm)');
      ($(el, '[name="unit"][value="cm"]') as HTMLInputElement).click();
      await el.updateComplete;
      expect(summary()).to.contain('left 7.6 cm').and.not.contain(' in ');
    });
  });

  describe('bad entries', () => {
    for (const value of ['-3', '1e9', 'abc', '26', '<img src=x onerror=alert(1)>']) {
      it(`"${value}" gets an inline message tied to the field, and the value stays unset`, async () => {
        const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
        const seen = changes(el);
        await enter(el, 'kneeToWall.left', '9');
        await enter(el, 'kneeToWall.left', value);
        const field = $(el, '[name="kneeToWall.left"]') as HTMLInputElement;
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        expect(error(el, 'kneeToWall.left')).to.equal('Enter a number from 0 to 25 cm, like 8.5.');
        expect(field.value, 'what the reader typed stays, to correct').to.equal(value);
        expect(seen.at(-1)!.selfTests.kneeToWall.left).to.equal(null);
        expect(seen.at(-1)!.answered).to.equal(false);
        expect(reading(kneeTest(el)), "the live reading says the refusal after the field's full name").to.equal(
          'Knee to wall, left, in centimetres Enter a number from 0 to 25 cm, like 8.5.',
        );
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        await enter(el, 'kneeToWall.left', '12');
        expect(field.getAttribute('aria-invalid')).to.equal('false');
        expect(field.hasAttribute('aria-describedby')).to.equal(false);
        expect(el.shadowRoot!.querySelector('.error')).to.equal(null);
        expect(seen.at(-1)!.selfTests.kneeToWall.left).to.equal(12);
      });
    }

    it('takes an empty field as unset, without a message', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const seen = changes(el);
      await enter(el, 'heelRaise.left', '20');
      await enter(el, 'heelRaise.left', '');
      expect(seen.at(-1)!.selfTests.heelRaise.left).to.equal(null);
      expect($(el, '[name="heelRaise.left"]')!.getAttribute('aria-invalid')).to.equal('false');
      expect(el.shadowRoot!.querySelector('.error')).to.equal(null);
    });

    it('takes only whole raises from 0 to 100', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      for (const value of ['12.5', '101', '-1']) {
        await enter(el, 'heelRaise.right', value);
        expect(error(el, 'heelRaise.right'), value).to.equal('Enter a whole number from 0 to 100.');
      }
      await enter(el, 'heelRaise.right', '100');
      expect(error(el, 'heelRaise.right')).to.equal('');
    });
  });

  describe('heel raise', () => {
    it('counts raises per leg into calf-check-change, and an age band shows both the men and women averages', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const seen = changes(el);
      await enter(el, 'heelRaise.left', '14');
      await enter(el, 'heelRaise.right', '22');
      expect(seen.at(-1)!.selfTests.heelRaise).to.deep.equal({ left: 14, right: 22, ageBand: null });
      expect(seen.at(-1)!.answered).to.equal(true);
      expect(raiseTest(el).querySelector('table')).to.equal(null);
      expect(reading(raiseTest(el)), 'the gap between the legs').to.contain(
        'Your legs differ by 8 raises. There is no agreed figure for how big a gap matters: worth mentioning at an assessment.',
      );
      await enter(el, 'ageBand', '40-49');
      expect(seen.at(-1)!.selfTests.heelRaise.ageBand).to.equal('40-49');
      const table = raiseTest(el).querySelector('table')!;
      expect(text(table.querySelector('caption'))).to.equal('Averages clinics quote from one study (Hébert-Losier 2017), ages 40–49');
      expect([...table.querySelectorAll('th')].map(text)).to.deep.equal(['For men', 'For women']);
      expect([...table.querySelectorAll('td')].map(text)).to.deep.equal(['28', '24']);
      expect(reading(raiseTest(el)), 'each average said with its heading').to.contain('For men 28 For women 24');
      expect(reading(raiseTest(el)), 'the table itself is not re-read on each change').not.to.contain('Averages clinics quote');
      expect(text(raiseTest(el))).to.contain('The averages were measured on a 10° slope; on a flat floor counts can differ.');
      expect(text(raiseTest(el))).to.contain('A low count mainly tells you about calf stamina. It is not a test for back problems.');
      expect(reading(raiseTest(el)), 'the caveat stays put, outside the live region').not.to.contain('10° slope');
      await enter(el, 'ageBand', '70-79');
      expect([...raiseTest(el).querySelectorAll('td')].map(text)).to.deep.equal(['14–15', '16–17']);
      await enter(el, 'ageBand', '');
      expect(seen.at(-1)!.selfTests.heelRaise.ageBand).to.equal(null);
      expect(raiseTest(el).querySelector('table')).to.equal(null);
    });

    it('never asks for sex', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const names = $$(el, '[part~="self-tests"] [name]').map((field) => field.getAttribute('name'));
      expect(names).to.deep.equal(['unit', 'unit', 'kneeToWall.left', 'kneeToWall.right', 'aloud', 'heelRaise.left', 'heelRaise.right', 'ageBand']);
    });

    it('writes Arabic counts and age bands in Arabic digits, and reads them back', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check lang="ar"></calf-check>`);
      const seen = changes(el);
      await enter(el, 'heelRaise.left', '٢٢');
      expect(seen.at(-1)!.selfTests.heelRaise.left).to.equal(22);
      await enter(el, 'ageBand', '40-49');
      expect([...raiseTest(el).querySelectorAll('td')].map(text)).to.deep.equal(['٢٨', '٢٤']);
      expect(text(raiseTest(el).querySelector('caption'))).to.contain('٤٠–٤٩');
    });
  });

  describe('pace guide', () => {
    afterEach(resetMedia);
    const button = (el: CalfCheck) => $(el, '.pace-button') as HTMLButtonElement;
    const beat = (el: CalfCheck) => text($(el, '.beat'));

    it('starts on a click, shows the beat change from up to down each second, and stops on a click', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      expect(text(button(el))).to.equal('Start the beat');
      expect($(el, '.beat')).to.equal(null);
      button(el).click();
      await el.updateComplete;
      expect(text(button(el))).to.equal('Stop the beat');
      expect(beat(el)).to.equal('Up Raise 1');
      expect($(el, '.beat')!.classList.contains('beat-up')).to.equal(true);
      await wait(1100);
      await el.updateComplete;
      expect(beat(el)).to.equal('Down Raise 1');
      expect($(el, '.beat')!.classList.contains('beat-up')).to.equal(false);
      await wait(1000);
      await el.updateComplete;
      expect(beat(el)).to.equal('Up Raise 2');
      button(el).click();
      await el.updateComplete;
      expect($(el, '.beat')).to.equal(null);
      expect(text(button(el))).to.equal('Start the beat');
    });

    it('stops when the widget leaves the page', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      button(el).click();
      await el.updateComplete;
      el.remove();
      await wait(1100);
      document.body.append(el);
      await el.updateComplete;
      expect($(el, '.beat')).to.equal(null);
      el.remove();
    });

    it('moves the beat dot only without reduced motion; with it, the words still change', async function () {
      await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      button(el).click();
      await el.updateComplete;
      const dot = $(el, '.beat-dot')!;
      expect(getComputedStyle(dot).transitionDuration).to.equal('0s');
      await wait(1100);
      await el.updateComplete;
      expect(beat(el)).to.equal('Down Raise 1');
      await emulateMediaOrSkip(this, { reducedMotion: 'no-preference' });
      expect(getComputedStyle($(el, '.beat-dot')!).transitionDuration).not.to.equal('0s');
      button(el).click();
    });

    describe('ticking aloud', () => {
      const original = window.AudioContext;
      let created: { beeps: number; closed: boolean }[] = [];
      beforeEach(function () {
        if (!original) this.skip(); // this engine has no Web Audio: the widget offers no "tick aloud" (checked below)
        created = [];
        // Counts what the widget asks of Web Audio (a headless test browser plays it to no speaker).
        window.AudioContext = class extends original {
          record = { beeps: 0, closed: false };
          constructor() {
            super();
            created.push(this.record);
          }
          override createOscillator() {
            const oscillator = super.createOscillator();
            const start = oscillator.start.bind(oscillator);
            oscillator.start = (when?: number) => {
              this.record.beeps++;
              start(when);
            };
            return oscillator;
          }
          override close() {
            this.record.closed = true;
            return super.close();
          }
        };
      });
      afterEach(() => {
        if (original) window.AudioContext = original;
      });

      it('makes no sound until the reader asks for it, then ticks each beat, and stops with the guide', async () => {
        const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
        button(el).click();
        await el.updateComplete;
        await wait(1100);
        expect(created, 'no audio without "tick aloud"').to.deep.equal([]);
        button(el).click();
        ($(el, '[name="aloud"]') as HTMLInputElement).click();
        expect(created, 'ticking chosen, but the guide is not running').to.deep.equal([]);
        button(el).click();
        await el.updateComplete;
        expect(created).to.have.length(1);
        expect(created[0].beeps).to.equal(1);
        await wait(1100);
        expect(created[0].beeps).to.equal(2);
        button(el).click();
        expect(created[0].closed).to.equal(true);
      });

      it('turns on mid-run from the reader click, and closes its audio when the widget leaves', async () => {
        const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
        button(el).click();
        ($(el, '[name="aloud"]') as HTMLInputElement).click();
        expect(created).to.have.length(1);
        el.remove();
        expect(created[0].closed).to.equal(true);
      });
    });

    it('offers "tick aloud" exactly where the engine has Web Audio', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      const hasAudio = !!(window.AudioContext ?? (window as { webkitAudioContext?: unknown }).webkitAudioContext);
      expect(($(el, '[name="aloud"]')!.closest('label') as HTMLElement).hidden, 'hidden without Web Audio').to.equal(!hasAudio);
    });
  });
});
