import { expect, fixture, html } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { $, $$, tick } from './helpers/widget.js';

/*
 * WCAG 1.4.12's spacing, as a reader's user style or bookmarklet sets it: a rule for `*` stops at the shadow boundary,
 * and the widget's container resets what a page lets leak in, so the route README gives is the container part.
 */
const READER_SPACING = `calf-check::part(container) { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }`;

describe('text spacing', () => {
  let after = () => {};
  afterEach(() => after());
  for (const width of [320, 700]) {
    it(`in a ${width} px column, the reader's spacing through ::part(container) reaches every text, and nothing is clipped or overflows`, async () => {
      // Added to the document as a reader's user style is, outside any template.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(READER_SPACING);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      after = () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet));
      const page = await fixture<HTMLElement>(
        html`<div style="width: ${width}px">
          <calf-check booking-url="https://clinic.example/book" phone="555 010 9999"></calf-check>
        </div>`,
      );
      const el = page.querySelector('calf-check') as CalfCheck;
      await tick(el, 1);
      for (const details of $$(el, 'details')) (details as HTMLDetailsElement).open = true;
      await el.updateComplete;
      for (const selector of ['.heading', '.safety li', '.lead', 'summary', '.item-label', '.item-hint', '.result', '.entry', '.summary-text', '[part~="book"]', '.disclaimer']) {
        const node = $(el, selector)!;
        const style = getComputedStyle(node);
        // Inherited as the container computed it: 0.12 of the container's text size, in px.
        const size = parseFloat(getComputedStyle($(el, '[part~="container"]')!).fontSize);
        expect(parseFloat(style.letterSpacing) / size, `${selector} letter spacing`).to.be.closeTo(0.12, 0.005);
        expect(parseFloat(style.wordSpacing) / size, `${selector} word spacing`).to.be.closeTo(0.16, 0.005);
      }
      const box = $(el, '[part~="container"]')!;
      expect(box.scrollWidth, 'no horizontal overflow').to.be.at.most(box.clientWidth);
      for (const node of $$(el, '*')) {
        if (!node.checkVisibility() || getComputedStyle(node).overflow === 'visible') continue;
        if (node.matches('.visually-hidden')) continue;
        expect(node.scrollHeight - node.clientHeight, `${node.localName}.${node.className} clipped`).to.be.at.most(1);
        expect(node.scrollWidth - node.clientWidth, `${node.localName}.${node.className} clipped`).to.be.at.most(1);
      }
    });
  }
});
