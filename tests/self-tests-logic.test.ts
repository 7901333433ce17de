import { expect } from '@open-wc/testing';
import { AGE_BANDS, HEEL_RAISE_AVERAGES, defaultUnit, fromCentimetres, kneeToWallSide, kneeToWallSidesDiffer, parseAgeBand, parseEntry, toCentimetres } from '../src/sections/self-tests/readings.js';
import { formatDecimal, unitName } from '../src/i18n/formats.js';

describe('self-tests logic', () => {
  describe('parseEntry', () => {
    const accepted: [string, string, number][] = [
      ['8.5', 'en', 8.5],
      [' 12 ', 'en', 12],
      ['0', 'en', 0],
      ['25', 'en', 25],
      ['8,5', 'fr', 8.5],
      ['8,5', 'de', 8.5],
      ['8,5', 'es', 8.5],
      ['8,5', 'pt-BR', 8.5],
      ['8.5', 'fr', 8.5],
      ['٨٫٥', 'ar', 8.5],
      ['8,5', 'ar', 8.5],
      ['۱۲', 'ar', 12],
      ['8.5', 'zh-Hans', 8.5],
    ];
    for (const [text, locale, value] of accepted) {
      it(`reads "${text}" in ${locale} as ${value}`, () => {
        expect(parseEntry(text, locale, 25)).to.deep.equal({ value, refused: false });
      });
    }

    const refused: [string, string][] = [
      ['-3', 'en'],
      ['1e9', 'en'],
      ['abc', 'en'],
      ['25.1', 'en'],
      ['26', 'en'],
      ['8,5', 'en'],
      ['8,5', 'zh-Hans'],
      ['0x3', 'en'],
      ['Infinity', 'en'],
      ['NaN', 'en'],
      ['8 5', 'en'],
      ['8,5,3', 'fr'],
      ['+8', 'en'],
      ['.5', 'en'],
      ['<b>8</b>', 'en'],
    ];
    for (const [text, locale] of refused) {
      it(`refuses "${text}" in ${locale}: the value stays unset`, () => {
        expect(parseEntry(text, locale, 25)).to.deep.equal({ value: null, refused: true });
      });
    }

    it('takes an empty or blank entry as not entered, without refusing it', () => {
      expect(parseEntry('', 'en', 25)).to.deep.equal({ value: null, refused: false });
      expect(parseEntry('  ', 'fr', 25)).to.deep.equal({ value: null, refused: false });
    });

    it('takes only whole numbers for a count', () => {
      expect(parseEntry('22', 'en', 100, true)).to.deep.equal({ value: 22, refused: false });
      expect(parseEntry('100', 'en', 100, true).value).to.equal(100);
      for (const text of ['22.5', '22,0', '101', '-1', '1e2']) expect(parseEntry(text, 'fr', 100, true).refused, text).to.equal(true);
    });
  });

  describe('units', () => {
    it('chooses inches for a United States tag of the shown language, declared or from the browser', () => {
      expect(defaultUnit('en', 'en-US', [])).to.equal('in');
      expect(defaultUnit('es', 'es-US', [])).to.equal('in');
      expect(defaultUnit('en', 'en', ['en-US', 'fr-FR'])).to.equal('in');
      expect(defaultUnit('en', null, ['en-US'])).to.equal('in');
      expect(defaultUnit('en', 'fr', ['en-US']), 'a file that shows only English on a French page').to.equal('in');
    });

    it('chooses centimetres elsewhere, and when no region is known', () => {
      expect(defaultUnit('en', 'en-GB', ['en-US'])).to.equal('cm');
      expect(defaultUnit('en', 'en', ['en-GB', 'en-US'])).to.equal('cm');
      expect(defaultUnit('fr', 'fr', ['en-US'])).to.equal('cm', 'the browser region of another language does not count');
      expect(defaultUnit('en', 'en', [])).to.equal('cm');
      expect(defaultUnit('de', null, ['de-DE', 'en-US'])).to.equal('cm');
      expect(defaultUnit('zh-Hans', 'zh-Hans', ['zh-Hans-CN'])).to.equal('cm');
      expect(defaultUnit('en', null, [])).to.equal('cm');
      expect(defaultUnit('en', 'not a tag!', ['en'])).to.equal('cm');
    });

    it('names the units as each language writes them', () => {
      expect(['en', 'fr', 'de', 'zh-Hans', 'ar'].map((locale) => [unitName('cm', locale), unitName('in', locale)])).to.deep.equal([
        ['cm', 'in'],
        ['cm', 'po'],
        ['cm', 'Zoll'],
        ['厘米', '英寸'],
        ['سم', 'بوصة'],
      ]);
    });

    it('converts inches to centimetres and back to a tenth', () => {
      expect(toCentimetres(4, 'in')).to.equal(10.2);
      expect(toCentimetres(8.5, 'cm')).to.equal(8.5);
      expect(fromCentimetres(10.2, 'in')).to.equal(4);
      for (const inches of [0.5, 3.9, 4.1, 7.3, 10]) expect(fromCentimetres(toCentimetres(inches, 'in'), 'in')).to.equal(inches);
    });

    it('writes decimals the way each language does', () => {
      expect(formatDecimal(8.5, 'en')).to.equal('8.5');
      expect(formatDecimal(8.5, 'fr')).to.equal('8,5');
      expect(formatDecimal(8.5, 'de')).to.equal('8,5');
      expect(formatDecimal(8.5, 'zh-Hans')).to.equal('8.5');
      expect(formatDecimal(3.937, 'en')).to.equal('3.9');
      expect(formatDecimal(10, 'pt-BR')).to.equal('10');
      expect(formatDecimal(8.5, 'ar')).to.equal('٨٫٥');
      expect(parseEntry(formatDecimal(8.5, 'ar'), 'ar', 25).value, 'what Arabic writes, it reads back').to.equal(8.5);
    });
  });

  describe('readings', () => {
    it('calls under about 10 cm restricted, 10 cm or more usual', () => {
      expect([0, 9.9, 10, 12, 18].map(kneeToWallSide)).to.deep.equal(['restricted', 'restricted', 'usual', 'usual', 'usual']);
    });

    it('calls a side-to-side gap under 2 cm measurement noise, and says nothing until both feet are in', () => {
      expect(kneeToWallSidesDiffer({ left: 7, right: 11 })).to.equal(true);
      expect(kneeToWallSidesDiffer({ left: 9, right: 10.9 })).to.equal(false);
      expect(kneeToWallSidesDiffer({ left: 9, right: 11 })).to.equal(true);
      expect(kneeToWallSidesDiffer({ left: 9, right: null })).to.equal(null);
    });

    it('has the published averages, men and women, for every age band', () => {
      expect(Object.keys(HEEL_RAISE_AVERAGES)).to.deep.equal([...AGE_BANDS]);
      expect(HEEL_RAISE_AVERAGES['40-49']).to.deep.equal([[28], [24]]);
      expect(HEEL_RAISE_AVERAGES['70-79']).to.deep.equal([[14, 15], [16, 17]]);
    });

    it('reads an age band only from the shipped list', () => {
      expect(parseAgeBand('80+')).to.equal('80+');
      for (const value of ['', '90-99', '__proto__', 'constructor']) expect(parseAgeBand(value)).to.equal(null);
    });
  });
});
