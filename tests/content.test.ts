import { expect } from '@open-wc/testing';
import { formatCount } from '../src/i18n/formats.js';
import { allLocales } from '../src/generated/locale-codes.js';

describe('content', () => {
  describe('formatCount', () => {
    it('writes Arabic counts in Arabic-Indic digits, whatever digits the engine gives plain "ar"', () => {
      expect([0, 1, 2, 3, 4, 10, 42, 999].map((count) => formatCount(count, 'ar'))).to.deep.equal(['٠', '١', '٢', '٣', '٤', '١٠', '٤٢', '٩٩٩']);
    });

    it('writes counts as Intl.NumberFormat does in every other shipped language', () => {
      for (const locale of allLocales.filter((shipped) => shipped !== 'ar')) {
        const intl = new Intl.NumberFormat(locale);
        for (const count of [0, 1, 2, 3, 4, 10, 42, 999]) expect(formatCount(count, locale), locale).to.equal(intl.format(count));
      }
    });
  });
});
