import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { accessibilityTreeOrSkip } from './helpers/accessibility-tree.js';
import { listenToLiveRegions } from './helpers/live-regions.js';
import { enter, realClick } from './helpers/real-input.js';
import { $, $$, referencedText, tick } from './helpers/widget.js';

/* What a screen reader is told, and when: one announcement for each change the reader makes, none for the rest. */

const open = async (el: CalfCheck) => {
  for (const details of $$(el, '[part~="self-test"]')) (details as HTMLDetailsElement).open = true;
  await el.updateComplete;
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types into the field as a reader does: focus, select what is there, type, then Tab away. */
async function typeAndLeave(el: CalfCheck, name: string, value: string) {
  const field = $(el, `[name="${name}"]`) as HTMLInputElement;
  field.focus();
  field.select();
  await sendKeys({ type: value });
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
  return field;
}

describe('announcements', () => {
  it('a refused entry is said once, with its side, after the reader has left the field, which is marked invalid and described by the message', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
    await open(el);
    const live = listenToLiveRegions(el);
    const field = await typeAndLeave(el, 'heelRaise.left', 'abc');
    expect(el.shadowRoot!.activeElement, 'the reader has moved on').not.to.equal(field);
    expect(await live.said()).to.deep.equal(['Heel raises, left leg Enter a whole number from 0 to 100.']);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(referencedText(el, field, 'aria-describedby')).to.equal('Enter a whole number from 0 to 100.');
    expect($(el, '.error')!.checkVisibility(), 'the message is on screen beside the field too').to.equal(true);
    // Corrected: the message goes, and nothing else is said for a single count.
    await typeAndLeave(el, 'heelRaise.left', '14');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect(await live.said()).to.deep.equal(['Heel raises, left leg Enter a whole number from 0 to 100.']);
    live.stop();
  });

  it("in the browser's accessibility tree, a refused field is invalid, named by its test, side and unit, and described by the message", async function () {
    const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
    await open(el);
    await enter(el, 'kneeToWall.right', 'abc');
    const tree = await accessibilityTreeOrSkip(this);
    const field = tree.find((node) => node.role === 'textbox' && node.name === 'Knee to wall, right, in centimetres');
    expect(field, 'the field, by its full name').to.exist;
    expect(field!.invalid).to.equal('true');
    expect(field!.description).to.equal('Enter a number from 0 to 25\u00a0cm, like 8.5.');
  });

  it('a first self-test entry is one announcement, its reading; the result says nothing', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
    await open(el);
    const live = listenToLiveRegions(el);
    await typeAndLeave(el, 'kneeToWall.left', '7');
    expect(await live.said()).to.deep.equal(['Left Under about 10 cm, often called stiff. There is no single agreed cut-off.']);
    live.stop();
  });

  it('each age picked says the two averages, each after its heading, and nothing of the table or the caveat', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
    await open(el);
    const live = listenToLiveRegions(el);
    for (const band of ['40-49', '50-59', '70-79']) await enter(el, 'ageBand', band);
    expect(await live.said()).to.deep.equal(['For men 28 For women 24', 'For men 23 For women 21', 'For men 14–15 For women 16–17']);
    const table = $(el, '[part~="self-test"] table')!;
    expect(table.checkVisibility(), 'the table is still on screen').to.equal(true);
    expect(table.closest('[role="status"]'), 'outside every live region').to.equal(null);
    live.stop();
  });

  it('a second Copy is announced again', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    await tick(el, 1);
    const live = listenToLiveRegions(el);
    const copy = $(el, '.summary-actions [data-action="copy"]')!;
    await realClick(copy);
    await waitUntil(async () => (await live.said()).length === 1, 'the first copy is announced');
    await realClick(copy);
    await waitUntil(async () => (await live.said()).length === 2, 'the second copy is announced too');
    const said = await live.said();
    // Copied, or where the engine refuses the clipboard, the request to press Ctrl+C: the same words both times.
    expect(said[0]).to.match(/^(Summary copied\.|Press Ctrl\+C)/);
    expect(said[1]).to.equal(said[0]);
    live.stop();
  });

  it('the pace guide: "Tick aloud" comes before its button, and starting and stopping are each said once, never a beat', async function () {
    this.timeout(8000);
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    await open(el);
    const aloud = $(el, '[name="aloud"]')!.closest('label')!;
    const button = $(el, '.pace-button') as HTMLButtonElement;
    expect(aloud.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING, '"Tick aloud" first').to.not.equal(0);
    const live = listenToLiveRegions(el);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await wait(2200);
    expect($(el, '.beat'), 'the beat is running').to.exist;
    expect(await live.said()).to.deep.equal(['The beat has started.']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(await live.said()).to.deep.equal(['The beat has started.', 'The beat has stopped.']);
    live.stop();
  });
});
