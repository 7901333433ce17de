import { expect } from '@open-wc/testing';
import { CLINIC_NAME_MAX } from '../../src/options.js';
import { parseHex, textOn, validate, type FormValues } from '../../demo/configurator/validate.js';

const LOCALES = ['en', 'fr', 'de'];
const empty: FormValues = { bookingUrl: '', phone: '', clinicName: '', lang: '', languages: [], theme: 'light', accent: '' };
const check = (values: Partial<FormValues>) => validate({ ...empty, ...values }, LOCALES);

describe('configurator validation', () => {
  it('accepts an empty form: every field is optional', () => {
    expect(check({}).errors).to.deep.equal({});
  });

  it('uses the widget’s booking-link rules: https, http, tel and mailto pass', () => {
    for (const url of ['https://clinic.example/book', 'http://clinic.example', 'tel:+442079460000', 'mailto:desk@clinic.example']) {
      const { config, errors } = check({ bookingUrl: ` ${url} ` });
      expect(errors, url).to.deep.equal({});
      expect(config.bookingUrl).to.equal(url);
    }
  });

  it('refuses script, data and scheme-less links, explains why and leaves them out of the snippet', () => {
    for (const url of ['javascript:alert(1)', 'JaVa\tScript:alert(1)', 'data:text/html,<b>x</b>', '//clinic.example/book', 'clinic.example/book']) {
      const { config, errors } = check({ bookingUrl: url });
      expect(errors.bookingUrl, url).to.match(/https:\/\//);
      expect(config.bookingUrl, url).to.equal('');
    }
    expect(check({ bookingUrl: 'javascript:alert(1)' }).errors.bookingUrl).to.match(/cannot be used for booking/);
  });

  it('checks the phone number and the clinic name’s length like the widget does', () => {
    expect(check({ phone: '+44 (0)20 7946-0000' }).errors).to.deep.equal({});
    expect(check({ phone: 'call us' }).errors.phone).to.match(/3 to 20 digits/);
    expect(check({ clinicName: 'x'.repeat(CLINIC_NAME_MAX) }).errors).to.deep.equal({});
    expect(check({ clinicName: 'x'.repeat(CLINIC_NAME_MAX + 1) }).errors.clinicName).to.match(/120 characters/);
  });

  it('keeps only shipped languages, and wants the starting language among the offered ones', () => {
    expect(check({ lang: 'xx', languages: ['fr', 'xx', 'de'] }).config).to.include({ lang: '' });
    expect(check({ languages: ['fr', 'xx', 'de'] }).config.languages).to.deep.equal(['fr', 'de']);
    expect(check({ lang: 'en', languages: ['fr', 'de'] }).errors.languages).to.match(/Include the language/);
  });

  it('takes a brand colour that stands out 3:1 from the theme’s background, with readable text on it', () => {
    const blue = check({ accent: '#1D5FA8' });
    expect(blue.errors).to.deep.equal({});
    expect(blue.config).to.include({ accent: '#1d5fa8', accentContrast: '#ffffff' });
    const light = check({ accent: '#8cc1ff', theme: 'dark' });
    expect(light.errors).to.deep.equal({});
    expect(light.config).to.include({ accent: '#8cc1ff', accentContrast: '#111111' });
  });

  it('refuses a faint or malformed colour and says which background it fails on', () => {
    expect(check({ accent: '#ffff00' }).errors.accent).to.match(/white background .*darker/);
    expect(check({ accent: '#1d5fa8', theme: 'dark' }).errors.accent).to.match(/dark background .*lighter/);
    expect(check({ accent: '#1d5fa8', theme: 'auto' }).errors.accent).to.match(/dark background/);
    expect(check({ accent: 'blue' }).errors.accent).to.match(/six hex digits/);
    expect(check({ accent: 'blue' }).config.accent).to.equal('');
  });

  it('parses hex colours and picks white or ink for text on them', () => {
    expect(parseHex('#abc')).to.deep.equal([0xaa, 0xbb, 0xcc, 1]);
    expect(parseHex('0b6b66')).to.deep.equal([0x0b, 0x6b, 0x66, 1]);
    expect(parseHex('#12345')).to.equal(null);
    expect(textOn([0x0b, 0x6b, 0x66, 1])).to.equal('#ffffff');
    expect(textOn([0xff, 0xd0, 0x40, 1])).to.equal('#111111');
  });
});
