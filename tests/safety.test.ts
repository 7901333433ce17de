import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { $, $$, boxes, text } from './helpers/widget.js';

describe('urgent-care signs', () => {
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
    // Tab from the last sign: past the two self-tests' toggles, the safety toggle is the next stop, the booking link
    // the one after.
    boxes(el)[3].focus();
    const stops: (Element | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(el.shadowRoot!.activeElement);
    }
    expect(stops.splice(0, 2), 'the self-tests come first').to.deep.equal($$(el, '[part~="self-test"] > summary'));
    expect(stops[0], 'then the safety toggle').to.equal(safety.querySelector('summary'));
    expect(stops[1], 'then the booking link').to.equal($(el, '[part~="book"]'));
  });
});
