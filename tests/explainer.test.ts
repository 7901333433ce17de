import { expect, fixture, html } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { $, $$, SOURCE_LINK_ROWS, boxes, referencedText, sourceLinkRows, text } from './helpers/widget.js';

describe('explainer', () => {
  it('is registered and renders the three parts of the flow, the explainer ending with its Sources', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    expect(el).to.be.instanceOf(customElements.get('calf-check')!);
    expect(text($(el, '[part~="heading"]'))).to.equal('Is it your calves?');
    const sections = $$(el, '[part~="section"]');
    expect(sections.map((section) => section.getAttribute('part'))).to.deep.equal([
      'section section-why',
      'section section-research',
      'section section-whole-story',
      'section section-sources',
    ]);
    expect(text(sections[3].querySelector('summary'))).to.equal('Sources');
    expect((sections[3] as HTMLDetailsElement).open, 'Sources starts closed').to.equal(false);
    expect(sourceLinkRows(el.shadowRoot!), 'the reference links').to.deep.equal(SOURCE_LINK_ROWS);
    expect(boxes(el)).to.have.length(4);
    for (const part of ['explainer', 'illustration', 'checklist', 'result', 'cta', 'safety', 'disclaimer']) {
      expect($(el, `[part~="${part}"]`), part).to.exist;
    }
    expect(text($(el, '[part~="disclaimer"]'))).to.contain('not a diagnosis');
  });

  it('keeps the article honest: calves are one piece, not the cause', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    const explainer = text($(el, '[part~="explainer"]'));
    expect(explainer).to.contain('This does not mean calves cause back pain');
    expect(explainer).to.contain('Back pain is complex');
    for (const factor of ['hips and core', 'sleep, stress and recovery', 'load']) expect(explainer).to.contain(factor);
  });

  it('shows explainer detail on demand through disclosures', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    const section = $(el, '[part~="section-research"]') as HTMLDetailsElement;
    const body = section.querySelector('.section-body') as HTMLElement;
    expect(section.open).to.equal(false);
    expect(body.checkVisibility(), 'closed section hides its body').to.equal(false);
    section.querySelector('summary')!.click();
    expect(section.open).to.equal(true);
    expect(body.checkVisibility()).to.equal(true);
  });

  it('names the picture by its title and describes it by its description', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
    const svg = $(el, '[part~="illustration"]')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(referencedText(el, svg, 'aria-labelledby')).to.equal('How a stiff ankle can load the lower back');
    expect(referencedText(el, svg, 'aria-describedby')).to.contain('the lower back may take extra load');
  });
});
