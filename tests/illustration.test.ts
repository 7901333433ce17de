import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { styles } from '../src/theme/styles.js';
import { bodyPicture } from '../src/sections/explainer/body-picture.js';
import { heelRaisePicture, kneeToWallPicture } from '../src/sections/self-tests/pictures.js';
import { TEST_FONT, expectTestFonts } from './helpers/fonts.js';

/** Renders a picture the way the widget does: in a shadow root with the widget's styles, in a column `width` wide. */
async function shown(picture: unknown, width = 240) {
  const host = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styles.styleSheet!];
  const { render } = await import('lit');
  render(html`<div class="container">${picture}</div>`, root);
  return root;
}

describe('pictures', () => {
  it('the body: every label visible, from the ankle at the bottom to the lower back at the top', async () => {
    const root = await shown(bodyPicture());
    const labels = [...root.querySelectorAll('text')].filter((t) => t.getComputedTextLength() > 0);
    expect(labels.map((t) => t.textContent)).to.have.members(['Lower back', 'Hip and pelvis', 'Knee', 'Calf', 'Stiff ankle', 'Extra load']);
    const y = (label: string) => labels.find((t) => t.textContent === label)!.getBBox().y;
    expect(y('Stiff ankle')).to.be.greaterThan(y('Calf'));
    expect(y('Calf')).to.be.greaterThan(y('Knee'));
    expect(y('Knee')).to.be.greaterThan(y('Hip and pelvis'));
    expect(y('Hip and pelvis')).to.be.greaterThan(y('Lower back'));
  });

  it('the body: joints are SVG circles, the heel drawn off the ground while the toes touch it', async () => {
    const root = await shown(bodyPicture());
    const joints = [...root.querySelectorAll('.joint')];
    expect(joints.map((joint) => joint.getAttribute('part'))).to.deep.equal(['joint-back', 'joint-hip', 'joint-knee', 'joint-ankle']);
    for (const joint of joints) expect(joint).to.be.instanceOf(SVGCircleElement);
    const ground = root.querySelector<SVGGraphicsElement>('.ground')!.getBBox().y;
    const foot = [...root.querySelectorAll<SVGPathElement>('.skin')].at(-1)!;
    const [toe, heel] = [0, foot.getTotalLength()].map((at) => foot.getPointAtLength(at));
    const reach = parseFloat(getComputedStyle(foot).strokeWidth) / 2;
    expect(ground - (toe.y + reach), 'toes on the ground').to.be.at.most(2);
    expect(ground - (heel.y + reach), 'heel lifted').to.be.at.least(8);
    expect(toe.x, 'the person faces left: toes ahead of the heel').to.be.lessThan(heel.x);
  });

  for (const width of [280, 900]) {
    it(`in a ${width} px widget, the labels are at least 0.85 of the text size and the picture fits`, async () => {
      // The glyphs' height is the font's: measured in a named one, not whatever the machine's serif is.
      expectTestFonts();
      const el = await fixture<CalfCheck>(html`<calf-check style="width: ${width}px; font-family: ${TEST_FONT}"></calf-check>`);
      await el.updateComplete;
      const svg = el.shadowRoot!.querySelector<SVGSVGElement>('[part~="illustration"]')!;
      const textSize = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.lead')!).fontSize);
      const labels = [...svg.querySelectorAll<SVGTextElement>('text')];
      expect(labels).to.have.length(6);
      for (const label of labels) {
        // The label's size in CSS pixels on screen: its font size in picture units, times the picture's scale.
        const onScreen = parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM()!.a;
        expect(onScreen / textSize, label.textContent).to.be.at.least(0.85);
        // The glyphs themselves, measured: as tall as that size says.
        expect(label.getBoundingClientRect().height / textSize, label.textContent).to.be.at.least(0.85);
      }
      const picture = svg.getBoundingClientRect();
      const column = el.shadowRoot!.querySelector('.intro')!.getBoundingClientRect();
      expect(picture.right).to.be.at.most(column.right + 0.5);
      expect(picture.left).to.be.at.least(column.left - 0.5);
    });
  }

  const selfTests = { 'knee to wall': kneeToWallPicture, 'heel raise': heelRaisePicture };
  for (const [name, picture] of Object.entries(selfTests)) {
    it(`the ${name} picture: an image with the name it is given, drawn in the body's style, fitting 280 px`, async () => {
      const root = await shown(picture(`How to do the ${name} test`), 238);
      const svg = root.querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(root.getElementById(svg.getAttribute('aria-labelledby')!)!.textContent).to.equal(`How to do the ${name} test`);
      expect(root.querySelectorAll('.skin').length, 'outlined limbs').to.be.greaterThan(4);
      expect(root.querySelectorAll('.skin-edge').length).to.equal(root.querySelectorAll('.skin').length);
      expect(getComputedStyle(root.querySelector('.skin-edge')!).stroke).not.to.equal(getComputedStyle(root.querySelector('.skin')!).stroke);
      expect(svg.getBoundingClientRect().width).to.be.at.most(238);
      expect(svg.getBoundingClientRect().height).to.be.greaterThan(100);
    });
  }

  it('the body picture is named and described by hidden elements outside the svg, which a server render keeps', async () => {
    const root = await shown(bodyPicture());
    const svg = root.querySelector('svg')!;
    expect(svg.querySelector('title, desc'), 'no <title>/<desc> bindings inside the svg').to.equal(null);
    const name = root.getElementById(svg.getAttribute('aria-labelledby')!)!;
    expect(name.textContent).to.equal('How a stiff ankle can load the lower back');
    expect(name.closest('svg')).to.equal(null);
    expect(name.hidden).to.equal(true);
    const description = root.getElementById(svg.getAttribute('aria-describedby')!)!;
    expect(description.closest('svg')).to.equal(null);
    expect(description.hidden, 'not shown twice: the description is for screen readers').to.equal(true);
    expect(description.textContent).to.contain('the lower back may take extra load');
  });
});
