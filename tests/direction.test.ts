import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { $ } from './helpers/widget.js';

/** Where each of `groups` starts on screen, left to right, measured on the rendered text with a Range. */
function groupLefts(link: Element, groups: string[]) {
  const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const node = nodes.find((candidate) => candidate.data.includes(groups.join(' ')))!;
  expect(node, 'the number is one run of text').to.exist;
  let from = node.data.indexOf(groups.join(' '));
  return groups.map((group) => {
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, from + group.length);
    from += group.length + 1;
    return range.getBoundingClientRect().left;
  });
}

describe('direction of numbers in right-to-left text', () => {
  for (const [lang, language, call] of [['ar', 'Arabic', 'اتصل'], ['ur', 'Urdu', 'فون کریں']] as const) {
    it(`${language}: the phone link reads "+44 20 7946 0000" left to right, inside right-to-left text`, async () => {
      const el = await fixture<CalfCheck>(html`<calf-check lang=${lang} phone="+44 20 7946 0000" style="width: 500px"></calf-check>`);
      await waitUntil(() => $(el, '[part~="container"]')?.getAttribute('dir') === 'rtl', `never rendered in ${language}`);
      await el.updateComplete;
      const link = $(el, '[part~="phone"]')!;
      expect(link.textContent).to.contain(call);
      const number = link.querySelector('[dir="ltr"]')!;
      expect(number.textContent).to.equal('+44 20 7946 0000');
      expect(getComputedStyle(number).direction).to.equal('ltr');
      const lefts = groupLefts(link, ['+44', '20', '7946', '0000']);
      expect([...lefts].sort((a, b) => a - b), `groups start at ${lefts.join(', ')}`).to.deep.equal(lefts);
      // The sentence around it still runs right to left: a word written before the number sits to its right, one
      // written after it (Urdu's "… پر فون کریں") to its left.
      const pieces = [...link.querySelector('bdi')!.childNodes];
      const words = pieces.find((node) => node.nodeType === Node.TEXT_NODE && /\p{Script=Arabic}/u.test(node.textContent!))!;
      const word = document.createRange();
      word.selectNodeContents(words);
      const { left, right } = word.getBoundingClientRect();
      const at = number.getBoundingClientRect();
      if (pieces.indexOf(words) < pieces.indexOf(number.closest('bdi > *') ?? number)) expect(left).to.be.greaterThan(at.right - 1);
      else expect(right).to.be.lessThan(at.left + 1);
    });
  }

  it('the phone number keeps its own order in every language, written as the clinic wrote it', async () => {
    for (const lang of ['en', 'fr', 'zh-Hans', 'ja', 'hi']) {
      const el = await fixture<CalfCheck>(html`<calf-check lang=${lang} phone="+44 (0)20 7946-0000"></calf-check>`);
      await waitUntil(() => $(el, '[part~="container"]')?.getAttribute('lang') === lang, `never rendered in ${lang}`);
      expect($(el, '[part~="phone"] [dir="ltr"]')!.textContent, lang).to.equal('+44 (0)20 7946-0000');
    }
  });
});
