import { expect, fixture, html } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { contrastRatio, parseColor } from '../src/embed/contrast.js';
import { emulateForcedColorsOrSkip, resetMedia } from './helpers/media.js';
import { backgroundBehind, textContrasts } from './helpers/text-contrast.js';
import { $, $$, tick } from './helpers/widget.js';

/*
 * Forced colours (Windows high contrast and the like) repaint text and boxes with the reader's own palette, but not
 * SVG paint nor a shape drawn only by its background. Only Chromium's driver can emulate forced colours; elsewhere
 * these tests are skipped with that reason, never passed.
 */

const SVG = 'http://www.w3.org/2000/svg';

describe('forced colours', () => {
  afterEach(resetMedia);

  for (const system of ['dark', 'light'] as const) {
    for (const theme of ['light', 'dark']) {
      it(`in a ${system} high-contrast palette, with theme="${theme}": every text and picture label, every line of the pictures, the booking button's edge and the pace dot stand out`, async function () {
        await emulateForcedColorsOrSkip(this, system);
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
        // The page paints its own background, which the palette turns into the reader's Canvas.
        const page = await fixture<HTMLElement>(
          html`<div style="background: #fff; color: #000">
            <calf-check theme=${theme} booking-url="https://clinic.example/book" phone="555 010 9999"></calf-check>
          </div>`,
        );
        const el = page.querySelector('calf-check') as CalfCheck;
        await tick(el, 1);
        for (const details of $$(el, 'details')) (details as HTMLDetailsElement).open = true;
        ($(el, '.pace-button') as HTMLButtonElement).click();
        await el.updateComplete;
        const canvas = backgroundBehind($(el, '[part~="container"]')!);

        const failing: string[] = [];
        for (const { what, ratio } of textContrasts(el)) if (ratio < 4.5) failing.push(`${what}: ${ratio.toFixed(2)}`);
        expect(failing, 'text under 4.5:1, the picture labels included').to.deep.equal([]);
        expect($$(el, '.picture text').length, 'the picture labels were measured').to.be.at.least(6);

        // Every drawn line and filled shape of the three pictures, against the Canvas behind them. A limb's inner
        // stroke is the body's inside, drawn in Canvas within its outline: the outline is what must show.
        for (const shape of $$(el, '.picture *').filter((node) => node.namespaceURI === SVG && !node.matches('text, .skin'))) {
          const style = getComputedStyle(shape);
          for (const paint of ['stroke', 'fill'] as const) {
            if (style[paint] === 'none' || !/^rgb/.test(style[paint]) || parseColor(style[paint])[3] === 0) continue;
            if (paint === 'fill' && shape.matches('.joint, .calf')) continue; // a ring's inside, in Canvas by design
            const ratio = contrastRatio(parseColor(style[paint]), canvas);
            if (ratio < 3) failing.push(`${shape.getAttribute('class')} ${paint} ${style[paint]}: ${ratio.toFixed(2)}`);
          }
        }
        expect(failing, 'picture lines and shapes under 3:1').to.deep.equal([]);

        const book = getComputedStyle($(el, '[part~="book"]')!);
        expect(parseFloat(book.borderTopWidth), "the booking button's edge").to.be.at.least(1);
        expect(contrastRatio(parseColor(book.borderTopColor), canvas)).to.be.at.least(3);

        const dot = $(el, '.beat-dot')!;
        expect(contrastRatio(parseColor(getComputedStyle(dot).backgroundColor), canvas), 'the pace dot').to.be.at.least(3);

        for (const control of $$(el, 'input, select, button, .action')) {
          if (!control.checkVisibility()) continue;
          const style = getComputedStyle(control);
          if (parseFloat(style.borderTopWidth) === 0) continue;
          expect(contrastRatio(parseColor(style.borderTopColor), backgroundBehind(control)), `${control.localName} edge`).to.be.at.least(3);
        }
        ($(el, '.pace-button') as HTMLButtonElement).click();
      });
    }
  }
});
