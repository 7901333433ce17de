import { expect, fixture, html } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { enter } from './helpers/real-input.js';
import { $, text, tick } from './helpers/widget.js';

/* The reader's region decides how numbers and dates are written: on screen, in what they may type, and in the summary. */

const field = (el: CalfCheck, name: string) => $(el, `[name="${name}"]`) as HTMLInputElement;
const summaryTitle = (el: CalfCheck) => $(el, '.summary-text')!.textContent.split('\n')[0];
// Raw text: a no-break space must stay one (the shared text() helper folds every space).
const kneeReading = (el: CalfCheck) => $(el, '[part~="self-test"] .reading')!.textContent;

async function widget(lang: string) {
  const el = await fixture<CalfCheck>(html`<calf-check lang=${lang}></calf-check>`);
  await el.updateComplete;
  return el;
}

describe('regional formats', () => {
  it('es-MX writes and reads a decimal point: 8.5 is accepted and shown as 8.5, 8,5 is refused', async () => {
    const el = await widget('es-MX');
    await enter(el, 'kneeToWall.left', '8.5');
    expect(field(el, 'kneeToWall.left').value).to.equal('8.5');
    expect(field(el, 'kneeToWall.left').getAttribute('aria-invalid')).to.equal('false');
    expect(kneeReading(el)).to.contain('10\u00a0cm');
    await enter(el, 'kneeToWall.right', '8,5');
    expect(field(el, 'kneeToWall.right').getAttribute('aria-invalid'), 'a comma reads as a thousands separator there').to.equal('true');
    expect(text($(el, '#kneeToWall-right-error'))).to.contain('8.5');
  });

  it('es-ES writes a decimal comma, and takes a point too, as a phone keypad may offer', async () => {
    const el = await widget('es-ES');
    await enter(el, 'kneeToWall.left', '8,5');
    expect(field(el, 'kneeToWall.left').value).to.equal('8,5');
    await enter(el, 'kneeToWall.right', '9.5');
    expect(field(el, 'kneeToWall.right').value).to.equal('9,5');
    expect(field(el, 'kneeToWall.right').getAttribute('aria-invalid')).to.equal('false');
  });

  it('es-US measures in inches, named the Spanish way (pulg.), with a decimal point', async () => {
    const el = await widget('es-US');
    expect((el.shadowRoot!.querySelector('[name="unit"]:checked') as HTMLInputElement).value).to.equal('in');
    expect(text($(el, '[name="kneeToWall.left"]')!.closest('label'))).to.contain('pulg.');
    await enter(el, 'kneeToWall.left', '3.5');
    expect(field(el, 'kneeToWall.left').value).to.equal('3.5');
  });

  it('en-GB dates the summary day first and measures in centimetres; en-US month first, in inches', async () => {
    const british = await widget('en-GB');
    await tick(british, 1);
    expect(summaryTitle(british)).to.match(/^My calf check, \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect((british.shadowRoot!.querySelector('[name="unit"]:checked') as HTMLInputElement).value).to.equal('cm');
    const american = await widget('en-US');
    await tick(american, 1);
    expect(summaryTitle(american)).to.match(/^My calf check, [A-Z][a-z]+ \d{1,2}, \d{4}$/);
    expect((american.shadowRoot!.querySelector('[name="unit"]:checked') as HTMLInputElement).value).to.equal('in');
  });

  it('keeps a number and its unit on one line: the reading joins them with a no-break space', async () => {
    const el = await widget('en-GB');
    await enter(el, 'kneeToWall.left', '7');
    await enter(el, 'kneeToWall.right', '11');
    expect(kneeReading(el)).to.contain('10\u00a0cm').and.contain('2\u00a0cm').and.not.match(/\d cm/);
  });
});
