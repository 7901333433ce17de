import { expect } from '@open-wc/testing';
import { CalfCheck } from '../src/calf-check.js';
import {
  ATTRIBUTE_PARSERS,
  asText,
  parseBookingTarget,
  parseClinicEmail,
  parseClinicName,
  parseHeadingLevel,
  parseLanguages,
  parsePhone,
  parseShareResult,
  parseTheme,
} from '../src/attributes.js';

const values = <T>(parse: (raw: unknown) => { value: T }, inputs: unknown[]) => inputs.map((input) => parse(input).value);
const refused = (parse: (raw: unknown) => { expected?: string }, input: unknown) => parse(input).expected !== undefined;

describe('attribute parsers', () => {
  it('cover every attribute the element observes, each named as the element names it', () => {
    const observed = [...CalfCheck.observedAttributes].sort();
    expect(Object.values(ATTRIBUTE_PARSERS).map((spec) => spec.attribute).sort()).to.deep.equal(observed);
    for (const [property, { attribute }] of Object.entries(ATTRIBUTE_PARSERS)) {
      // Lit names an attribute after its property, lower-cased, unless the declaration names it.
      const declared = CalfCheck.elementProperties.get(property)?.attribute;
      expect(typeof declared === 'string' ? declared : property.toLowerCase(), property).to.equal(attribute);
    }
  });

  describe('the shared table of attribute cases (the WordPress plugin runs the same rows)', () => {
    it('each parser keeps what the table says, and refuses what it refuses', async () => {
      const { cases } = (await (await fetch('/tests/fixtures/attribute-cases.json')).json()) as {
        cases: { attribute: string; input: string; value: string | null }[];
      };
      const parsers = Object.values(ATTRIBUTE_PARSERS);
      expect(cases.length).to.be.above(20);
      for (const { attribute, input, value } of cases) {
        const parser = parsers.find((spec) => spec.attribute === attribute);
        expect(parser, attribute).to.not.equal(undefined);
        const parsed = parser!.parse(input) as { value: unknown; expected?: string };
        const kept = parsed.expected === undefined ? String(parsed.value) : null;
        expect(kept, `${attribute}=${JSON.stringify(input)}`).to.equal(value);
      }
    });
  });

  describe('asText', () => {
    it('reads null and undefined as empty and anything else through String()', () => {
      expect([null, undefined, '', 'x', 42, true, {}].map(asText)).to.deep.equal(['', '', '', 'x', '42', 'true', '[object Object]']);
    });
  });

  describe('clinic-email', () => {
    it('takes one plain address, trimmed, international ones included', () => {
      expect(values(parseClinicEmail, [' clinic@example.com ', 'info+book@stride-physio.co.uk', 'praxis@müller.de'])).to.deep.equal([
        'clinic@example.com',
        'info+book@stride-physio.co.uk',
        'praxis@müller.de',
      ]);
    });

    it('refuses a scheme, a second address, spaces, ? and &, control characters, and anything not an address', () => {
      for (const value of ['mailto:a@b.co', 'a@b.co,c@d.co', 'a@b.co c@d.co', 'a@b.co?cc=c@d.co', 'a@b.co&body=x', 'a@b.co\r\nBcc:c@d.co', 'a\u0007@b.co', 'a@b', '@b.co', 'a@@b.co', `${'a'.repeat(250)}@b.co`, 42]) {
        expect(parseClinicEmail(value), JSON.stringify(value)).to.have.property('value', '');
        expect(refused(parseClinicEmail, value), JSON.stringify(value)).to.equal(true);
      }
    });

    it('takes empty and absent as "not set", without a warning', () => {
      for (const value of ['', ' ', null, undefined]) expect(parseClinicEmail(value), String(value)).to.deep.equal({ value: '' });
    });
  });

  describe('heading-level', () => {
    it('accepts one digit from 1 to 6, with spaces, as text or number', () => {
      expect(values(parseHeadingLevel, ['1', ' 4 ', '6', 3])).to.deep.equal([1, 4, 6, 3]);
    });

    it('refuses everything else, including values Number() would take, and falls back to 2', () => {
      for (const value of ['0', '7', '2.5', '0x3', '1e0', '+2', '٣', 'NaN', 'Infinity', '22', 2.5]) {
        expect(parseHeadingLevel(value), String(value)).to.deep.equal({ value: 2, expected: 'a whole number from 1 to 6' });
      }
    });

    it('takes empty and absent as "not set", without a warning', () => {
      for (const value of ['', ' ', null, undefined]) expect(parseHeadingLevel(value), String(value)).to.deep.equal({ value: 2 });
    });
  });

  describe('share-result', () => {
    it('is on for the boolean-attribute forms and true', () => {
      expect(values(parseShareResult, ['', ' ', 'true', 'TRUE', 'share-result', true])).to.deep.equal([true, true, true, true, true, true]);
    });

    it('is off for "false", false and absent', () => {
      for (const value of ['false', ' False ', false, null, undefined]) {
        expect(parseShareResult(value), String(value)).to.deep.equal({ value: false });
      }
    });

    it('fails closed: anything else is off, with what it accepts', () => {
      for (const value of ['yes', '1', 'on', 'ture', 1, {}]) {
        expect(parseShareResult(value).value, JSON.stringify(value)).to.equal(false);
        expect(refused(parseShareResult, value), JSON.stringify(value)).to.equal(true);
      }
    });
  });

  describe('booking-target, theme', () => {
    it('accept their listed values in any case, and fall back to the default otherwise', () => {
      expect(values(parseBookingTarget, ['_self', ' _SELF ', '_blank', '', null, '_top'])).to.deep.equal(['_self', '_self', '_blank', '_blank', '_blank', '_blank']);
      expect(refused(parseBookingTarget, '_top')).to.equal(true);
      expect(values(parseTheme, ['dark', ' Auto ', 'LIGHT', '', 'midnight'])).to.deep.equal(['dark', 'auto', 'light', 'light', 'light']);
      expect([refused(parseTheme, 'midnight'), refused(parseTheme, '')]).to.deep.equal([true, false]);
    });
  });

  describe('phone, clinic-name', () => {
    it('keep a usable phone as written (trimmed), and refuse one without digits', () => {
      expect(parsePhone(' +44 20 7946 0000 ')).to.deep.equal({ value: '+44 20 7946 0000' });
      expect(parsePhone('call us').value).to.equal('');
      expect(refused(parsePhone, 'call us')).to.equal(true);
    });

    it('cut a clinic name at 120 characters, saying so', () => {
      const long = 'x'.repeat(130);
      expect(parseClinicName(long).value).to.have.length(120);
      expect(refused(parseClinicName, long)).to.equal(true);
      expect(parseClinicName('  Stride Physio ')).to.deep.equal({ value: 'Stride Physio' });
    });
  });

  describe('languages', () => {
    it('maps tags to the shipped languages, once each, and names what it ignored', () => {
      expect(parseLanguages('en-GB, fr es-MX fr')).to.deep.equal({ value: 'en fr es' });
      const { value, expected } = parseLanguages('en xx-!! sv');
      expect(value).to.equal('en');
      expect(expected).to.contain('language tags from');
      expect(parseLanguages('en xx-!! sv').refused).to.equal('xx-!! sv');
    });
  });
});
