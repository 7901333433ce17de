import { expect } from '@open-wc/testing';
import { asText, parseHeadingLevel, parseShareResult } from '../src/options.js';

describe('asText', () => {
  it('reads null and undefined as empty and anything else through String()', () => {
    expect([null, undefined, '', 'x', 42, true, {}].map(asText)).to.deep.equal(['', '', '', 'x', '42', 'true', '[object Object]']);
  });
});

describe('parseHeadingLevel', () => {
  it('accepts one digit from 1 to 6, with spaces, as text or number', () => {
    expect(['1', ' 4 ', '6', 3].map(parseHeadingLevel)).to.deep.equal([1, 4, 6, 3]);
  });

  it('refuses everything else, including values Number() would take', () => {
    for (const value of ['', '0', '7', '2.5', '0x3', '1e0', '+2', '٣', 'NaN', 'Infinity', '22', null, 2.5]) {
      expect(parseHeadingLevel(value), String(value)).to.equal(undefined);
    }
  });
});

describe('parseShareResult', () => {
  it('is on for the boolean-attribute forms and true', () => {
    expect(['', ' ', 'true', 'TRUE', 'share-result', true].map(parseShareResult)).to.deep.equal([true, true, true, true, true, true]);
  });

  it('is off for "false", false and absent', () => {
    expect(['false', ' False ', false, null, undefined].map(parseShareResult)).to.deep.equal([false, false, false, false, false]);
  });

  it('fails closed: anything else is neither, so the widget keeps it off and warns', () => {
    for (const value of ['yes', '1', 'on', 'ture', 1, {}]) expect(parseShareResult(value), JSON.stringify(value)).to.equal(undefined);
  });
});
