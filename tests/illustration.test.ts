import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { illustration } from '../src/views/illustration.js';

describe('illustration', () => {
  it('draws the chain with every label visible, bottom (ankle) to top (lower back)', async () => {
    const el = await fixture(html`<div style="width: 240px">${illustration()}</div>`);
    const labels = [...el.querySelectorAll('text')].filter((t) => t.getComputedTextLength() > 0);
    expect(labels.map((t) => t.textContent)).to.have.members([
      'Lower back',
      'Hip and pelvis',
      'Knee',
      'Calf',
      'Stiff ankle',
      'Extra load',
    ]);
    const y = (label: string) => labels.find((t) => t.textContent === label)!.getBBox().y;
    expect(y('Stiff ankle')).to.be.greaterThan(y('Knee'));
    expect(y('Knee')).to.be.greaterThan(y('Hip and pelvis'));
    expect(y('Hip and pelvis')).to.be.greaterThan(y('Lower back'));
  });

  it('renders joints as SVG circles, not HTML elements', async () => {
    const el = await fixture(html`<div>${illustration()}</div>`);
    const joints = [...el.querySelectorAll('.joint')];
    expect(joints).to.have.length(4);
    for (const joint of joints) expect(joint).to.be.instanceOf(SVGCircleElement);
  });
});
