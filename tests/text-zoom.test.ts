import { expect, fixture, html } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { TEST_FONT, expectTestFonts } from './helpers/fonts.js';
import { $, $$ } from './helpers/widget.js';

/*
 * Text-only zoom (Firefox's and Safari's "Zoom text only", a tablet's text size, a post with a large body font): the
 * text grows, the column does not. It is emulated as those browsers do it to CSS: the root's and the post's font sizes
 * are multiplied, lengths in px stay.
 */

/**
 * How many characters of `element`'s own text fit on one of its lines: the width of its text column over the average
 * width of its characters in its font. One letter a line measures about 1.
 */
function charactersPerLine(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const average = context.measureText(words).width / words.length;
  const column = element.getBoundingClientRect().width - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
  return column / average;
}

/** Text blocks that sit in columns of their own: the introduction beside the picture, the urgent signs, the four signs. */
const TEXT_COLUMNS = '.lead, .safety li, .item-label, .item-hint';

describe('text-only zoom', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  async function widgetAt(zoom: number, column: number, postFont = '1.125rem') {
    expectTestFonts();
    document.documentElement.style.fontSize = `${zoom}%`;
    const post = await fixture<HTMLElement>(
      html`<div style="width: ${column}px; font-size: ${postFont}; font-family: ${TEST_FONT}"><calf-check></calf-check></div>`,
    );
    const el = post.querySelector('calf-check') as CalfCheck;
    await el.updateComplete;
    return el;
  }

  for (const zoom of [150, 200]) {
    for (const column of [520, 600, 700, 760]) {
      it(`at ${zoom} % in a ${column} px column, no text column is under 16 characters and the picture stays in the widget`, async () => {
        const el = await widgetAt(zoom, column);
        const blocks = $$(el, TEXT_COLUMNS);
        expect(blocks.length).to.be.at.least(12);
        for (const block of blocks) {
          expect(charactersPerLine(block), `${block.className || block.localName}: "${(block.textContent ?? '').trim().slice(0, 30)}…"`).to.be.at.least(16);
        }
        const picture = $(el, '[part~="illustration"]')!.getBoundingClientRect();
        const box = $(el, '[part~="container"]')!.getBoundingClientRect();
        expect(picture.width, 'the picture is drawn').to.be.greaterThan(100);
        expect(picture.left).to.be.at.least(box.left);
        expect(picture.right).to.be.at.most(box.right);
      });
    }
  }

  it('at the usual size the picture still sits beside the introduction from a 520 px column, and under it below that', async () => {
    const beside = (el: CalfCheck) => {
      const [lead, picture] = [$(el, '.lead')!, $(el, '[part~="illustration"]')!].map((node) => node.getBoundingClientRect());
      return picture.top < lead.bottom && picture.left >= lead.right;
    };
    expect(beside(await widgetAt(100, 520, '16px')), '520 px').to.equal(true);
    expect(beside(await widgetAt(100, 760, '16px')), '760 px').to.equal(true);
    expect(beside(await widgetAt(100, 500, '16px')), '500 px').to.equal(false);
  });
});
