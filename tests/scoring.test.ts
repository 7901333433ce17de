import { expect } from '@open-wc/testing';
import { SIGN_KEYS, bandForSigns, noAnswers, normalizeAnswers, scoreChecklist } from '../src/sections/checklist/scoring.js';

describe('scoreChecklist', () => {
  it('gives band none at 0, some at 1–2, most at 3–4 signs', () => {
    const bands = [0, 1, 2, 3, 4].map((n) => {
      const answers = noAnswers();
      SIGN_KEYS.slice(0, n).forEach((key) => (answers[key] = true));
      return scoreChecklist(answers);
    });
    expect(bands).to.deep.equal([
      { signs: 0, band: 'none' },
      { signs: 1, band: 'some' },
      { signs: 2, band: 'some' },
      { signs: 3, band: 'most' },
      { signs: 4, band: 'most' },
    ]);
  });

  it('counts each sign, whichever it is', () => {
    for (const key of SIGN_KEYS) {
      expect(scoreChecklist({ [key]: true })).to.deep.equal({ signs: 1, band: 'some' });
    }
  });

  it('counts only true, not truthy look-alikes', () => {
    const sloppy = { stiffAnkles: 'false', earlyHeelLift: 1, standingOrStairs: {}, calfTightness: true } as never;
    expect(scoreChecklist(sloppy)).to.deep.equal({ signs: 1, band: 'some' });
  });

  it('ignores keys that are not signs', () => {
    expect(scoreChecklist({ stiffAnkles: true, extra: true } as never).signs).to.equal(1);
  });
});

describe('bandForSigns', () => {
  it('clamps out-of-range counts to the nearest band', () => {
    expect(bandForSigns(-1)).to.equal('none');
    expect(bandForSigns(9)).to.equal('most');
  });
});

describe('normalizeAnswers', () => {
  it('returns all four keys as booleans', () => {
    expect(normalizeAnswers({ calfTightness: true, stiffAnkles: 'yes' })).to.deep.equal({
      stiffAnkles: false,
      earlyHeelLift: false,
      standingOrStairs: false,
      calfTightness: true,
    });
  });

  it('returns null for values that are not objects', () => {
    for (const value of [null, undefined, 'all', 4, true]) expect(normalizeAnswers(value)).to.equal(null);
  });
});
