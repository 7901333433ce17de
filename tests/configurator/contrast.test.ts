import { expect } from '@open-wc/testing';
import { contrastRatio, over, parseColor } from '../../src/embed/contrast.js';

describe('contrast helper', () => {
  it('reads every form getComputedStyle gives for sRGB colours', () => {
    expect(parseColor('rgb(11, 107, 102)')).to.deep.equal([11, 107, 102, 1]);
    expect(parseColor('rgba(0, 0, 0, 0.5)')).to.deep.equal([0, 0, 0, 0.5]);
    expect(parseColor('rgb(255 0 0 / 25%)')).to.deep.equal([255, 0, 0, 0.25]);
    expect(parseColor('transparent')).to.deep.equal([0, 0, 0, 0]);
    expect(parseColor('color(srgb 1 0.5 0)')).to.deep.equal([255, 127.5, 0, 1]);
    expect(parseColor('color(srgb 0 0 1 / 0.2)')).to.deep.equal([0, 0, 255, 0.2]);
  });

  it('refuses colour spaces it cannot measure', () => {
    expect(() => parseColor('oklch(0.5 0.1 200)')).to.throw('oklch');
    expect(() => parseColor('red')).to.throw();
  });

  it('matches the WCAG reference values', () => {
    const white = parseColor('rgb(255, 255, 255)');
    expect(contrastRatio(parseColor('rgb(0, 0, 0)'), white)).to.equal(21);
    expect(contrastRatio(white, white)).to.equal(1);
    // #767676 on white is the well-known smallest grey that passes AA: 4.54:1.
    expect(contrastRatio(parseColor('rgb(118, 118, 118)'), white)).to.be.closeTo(4.54, 0.01);
    // Symmetric: which one is text does not matter.
    expect(contrastRatio(white, parseColor('rgb(118, 118, 118)'))).to.be.closeTo(4.54, 0.01);
  });

  it('blends translucent colours before measuring', () => {
    const white = parseColor('rgb(255, 255, 255)');
    expect(over(parseColor('rgba(0, 0, 0, 0.5)'), white)).to.deep.equal([127.5, 127.5, 127.5, 1]);
    expect(over(parseColor('transparent'), white)).to.deep.equal(white);
    expect(contrastRatio(parseColor('rgba(0, 0, 0, 0)'), white)).to.equal(1);
    expect(() => contrastRatio(white, parseColor('rgba(0, 0, 0, 0.5)'))).to.throw('opaque');
  });
});
