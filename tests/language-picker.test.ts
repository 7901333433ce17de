import { expect, fixture, html } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { $, tick } from './helpers/widget.js';

describe('language picker', () => {
  const names = (el: CalfCheck) => [...($(el, '[part~="language-picker"] select') as HTMLSelectElement).options].map((o) => o.text);

  it('names the offered languages when `languages` changes, not again on every answer', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check languages="en es fr de pt-BR zh-Hans ar"></calf-check>`);
    expect(names(el)).to.have.length(7);
    const Original = Intl.DisplayNames;
    let made = 0;
    const Counted = class extends Original {
      constructor(...args: ConstructorParameters<typeof Intl.DisplayNames>) {
        super(...args);
        made++;
      }
    };
    Object.defineProperty(Intl, 'DisplayNames', { value: Counted, configurable: true, writable: true });
    try {
      await tick(el, 4);
      await tick(el, 1);
    } finally {
      Object.defineProperty(Intl, 'DisplayNames', { value: Original, configurable: true, writable: true });
    }
    expect(made, 'language names built while answering').to.equal(0);
    el.languages = 'en de';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['English', 'Deutsch']);
  });
});
