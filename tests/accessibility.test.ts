import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { SIGN_KEYS } from '../src/sections/checklist/scoring.js';
import { accessibilityTreeOrSkip } from './helpers/accessibility-tree.js';
import { emulateMediaOrSkip, resetMedia } from './helpers/media.js';
import { $, $$, boxes, referencedText, text, tick } from './helpers/widget.js';

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

  it('has zero axe violations with self-test results, a refused entry, the averages table and the pace guide running', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    for (const details of $$(el, 'details')) (details as HTMLDetailsElement).open = true;
    for (const [name, value] of [['kneeToWall.left', '7'], ['kneeToWall.right', 'abc'], ['heelRaise.left', '14'], ['ageBand', '40-49']]) {
      const field = $(el, `[name="${name}"]`) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    ($(el, '.pace-button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '.error'), 'a refused entry shows its message').not.to.equal(null);
    expect($(el, '.beat')).not.to.equal(null);
    await expect(el).to.be.accessible();
    ($(el, '.pace-button') as HTMLButtonElement).click();
  });

  it('labels each self-test field on screen: its side and unit, inside the named group', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
    const label = (name: string) => text($(el, `[name="${name}"]`)!.closest('label'));
    expect(label('kneeToWall.left')).to.equal('Left cm');
    expect(label('heelRaise.right')).to.equal('Right');
    expect(text($(el, '[name="heelRaise.right"]')!.closest('fieldset')!.querySelector('legend'))).to.equal('Raises per leg');
    expect(label('ageBand')).to.contain('Your age (optional)');
    expect(referencedText(el, $(el, '.units')!, 'aria-labelledby')).to.equal('Measure in');
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
    expect(checkboxes.slice(0, 4).map((node) => [node.name, node.description])).to.deep.equal(
      $$(el, '[part~="item"]').map((row) => [text(row.querySelector('.item-label')), text(row.querySelector('.item-hint'))]),
    );
    expect(checkboxes.slice(4).map((node) => node.name), 'then the choice of its own').to.deep.equal(['None of these fit me']);
    expect(checkboxes[0].name).to.equal('My ankles feel stiff');
    const picture = tree.find((node) => node.role === 'image')!;
    expect(picture.name).to.equal('How a stiff ankle can load the lower back');
    expect(picture.description).to.contain('the lower back may take extra load');
  });

  it("in the browser's accessibility tree, the headings outline every section, one level under the widget's, and the urgent-care box comes first", async function () {
    const el = await fixture<CalfCheck>(html`<calf-check heading-level="2" booking-url="https://clinic.example/book"></calf-check>`);
    await tick(el, 1);
    const tree = await accessibilityTreeOrSkip(this);
    const headings = tree.filter((node) => node.role === 'heading').map((node) => [node.level, node.name]);
    expect(headings).to.deep.equal([
      [2, 'Is it your calves?'],
      [3, 'When to get urgent help'],
      [3, 'Check the four signs'],
      [3, 'Two tests you can do at home'],
      [3, 'Your summary for the appointment'],
    ]);
    const checklist = $(el, '[part~="checklist"]')!;
    expect(checklist.firstElementChild!.localName, 'the heading sits in the legend, which names the group').to.equal('legend');
    expect(text(checklist.firstElementChild)).to.equal('Check the four signs');
    el.headingLevel = 4;
    await el.updateComplete;
    const deeper = (await accessibilityTreeOrSkip(this)).filter((node) => node.role === 'heading').map((node) => node.level);
    expect(deeper).to.deep.equal([4, 5, 5, 5, 5]);
  });

  it("in the browser's accessibility tree, the widget and its urgent-care box are regions named by their headings", async function () {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    await tick(el, 1);
    const tree = await accessibilityTreeOrSkip(this);
    const regions = tree.filter((node) => node.role === 'region').map((node) => node.name);
    expect(regions).to.deep.equal(['Is it your calves?', 'When to get urgent help', 'Your summary for the appointment']);
  });

  it("in the browser's accessibility tree, each self-test field says its test, side and unit, and the unit choices are words", async function () {
    const el = await fixture<CalfCheck>(html`<calf-check lang="en-GB"></calf-check>`);
    for (const details of $$(el, '[part~="self-test"]')) (details as HTMLDetailsElement).open = true;
    const names = async (role: string) => (await accessibilityTreeOrSkip(this)).filter((node) => node.role === role).map((node) => node.name);
    expect(await names('textbox')).to.deep.equal([
      'Knee to wall, left, in centimetres',
      'Knee to wall, right, in centimetres',
      'Heel raises, left leg',
      'Heel raises, right leg',
    ]);
    expect(await names('radio')).to.deep.equal(['centimetres', 'inches']);
    ($(el, '[name="unit"][value="in"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect((await names('textbox')).slice(0, 2)).to.deep.equal(['Knee to wall, left, in inches', 'Knee to wall, right, in inches']);
  });

  it("a reader who ticks the last sign sees the result change beside it, even in a phone's column with the self-tests open", async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 320px"><calf-check></calf-check></div>`);
    const el = page.querySelector('calf-check') as CalfCheck;
    for (const details of $$(el, 'details')) (details as HTMLDetailsElement).open = true;
    await tick(el, SIGN_KEYS.length);
    const lastSign = boxes(el).at(-1)!.closest('label')!.getBoundingClientRect();
    const result = $(el, '[part~="result"]')!.getBoundingClientRect();
    // On a 568 px phone screen, a sign centred on screen has the result in view below it.
    const gap = result.top - lastSign.bottom;
    expect(gap, `the result starts ${Math.round(gap)} px under the last sign`).to.be.within(0, 568 / 2 - lastSign.height / 2 - result.height / 2);
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

  it('the load arrow comes to rest within 5 seconds: no animation is still running 10 seconds on', async function () {
    // The engine's own setting, which every driver leaves at "no preference"; where it asks for no motion, nothing
    // moves at all (the test above), so there is nothing to stop.
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) this.skip();
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    const running = el.shadowRoot!.getAnimations();
    expect(running.length, 'the arrow moves at first').to.be.at.least(1);
    for (const animation of running) {
      expect(animation.effect!.getComputedTiming().endTime, 'each ends within 5 s').to.be.at.most(5000);
      // Ten seconds on, as the reader's clock would have it.
      animation.currentTime = 10000;
    }
    expect(el.shadowRoot!.getAnimations(), 'still running after 10 s').to.deep.equal([]);
  });
});
