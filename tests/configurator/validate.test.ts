import { expect } from '@open-wc/testing';
import { CLINIC_NAME_MAX } from '../../src/attributes.js';
import { DEFAULT_SELF_URL, validate, withHttps, type FormValues } from '../../demo/configurator/validate.js';
import { parseHex, textOn, toHsl } from '../../demo/configurator/brand-colour.js';
import { SCRIPT_URL } from '../../demo/configurator/snippet.js';
import { contrastRatio, type Rgba } from '../../src/embed/contrast.js';

const LOCALES = ['en', 'fr', 'de'];
const empty: FormValues = {
  bookingUrl: '',
  phone: '',
  clinicName: '',
  lang: '',
  languages: [],
  theme: 'light',
  accent: '',
  accentDark: '',
  shareResult: '',
  bookingTarget: '_blank',
  headingLevel: '2',
  logo: '',
  note: '',
  emergencyNumber: '',
  clinicEmail: '',
  hosting: 'cdn',
  scriptUrl: '',
};
const check = (values: Partial<FormValues>) => validate({ ...empty, ...values }, LOCALES);

/** The backgrounds src/theme/styles.ts paints for each theme. */
const WHITE: Rgba = [255, 255, 255, 1];
const DARK: Rgba = [0x16, 0x1b, 0x1f, 1];

/** 512 colours across the cube, written the way a clinic might (with and without '#'). */
const SWATCHES = [...Array(512).keys()].map((n) =>
  [n >> 6, (n >> 3) & 7, n & 7].map((step) => Math.round((step * 255) / 7).toString(16).padStart(2, '0')).join(''),
);

/** Each brand colour field, in each theme that checks it, with the backgrounds it must stand out from. */
const COLOUR_FIELDS = [
  ['light', 'accent', [WHITE], {}],
  ['dark', 'accentDark', [DARK], {}],
  // Automatic with one colour: it serves both halves.
  ['auto', 'accent', [WHITE, DARK], {}],
  // Automatic with both: each for its own half.
  ['auto', 'accent', [WHITE], { accentDark: '#8cc1ff' }],
  ['auto', 'accentDark', [DARK], { accent: '#1d5fa8' }],
] as const;

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

  it('offers https:// for an address typed without it, and the fix is one it takes', () => {
    for (const [typed, fixed] of [
      ['clinic.example/book', 'https://clinic.example/book'],
      ['www.clinic.example', 'https://www.clinic.example/'],
      ['stride.example/book?from=web#today', 'https://stride.example/book?from=web#today'],
    ]) {
      const { config, errors, suggestions } = check({ bookingUrl: typed });
      expect(suggestions.bookingUrl, typed).to.equal(fixed);
      expect(errors.bookingUrl, typed).to.equal(`Did you mean ${fixed}? Addresses start with https://.`);
      expect(config.bookingUrl, 'left out until fixed').to.equal('');
      expect(check({ bookingUrl: fixed }).errors, fixed).to.deep.equal({});
    }
    // Nothing to offer for what is not a web address without its scheme.
    for (const typed of ['javascript:alert(1)', '//clinic.example/book', 'book here', '/book', 'localhost']) {
      expect(withHttps(typed), typed).to.equal(undefined);
      expect(check({ bookingUrl: typed }).suggestions, typed).to.deep.equal({});
    }
  });

  it('takes the other options as the widget reads them', () => {
    const { config, errors } = check({
      shareResult: 'on',
      bookingTarget: '_self',
      headingLevel: '4',
      logo: 'https://clinic.example/logo.png',
      note: '  Open Saturdays.  ',
    });
    expect(errors).to.deep.equal({});
    expect(config).to.include({ shareResult: true, bookingTarget: '_self', headingLevel: 4, logo: 'https://clinic.example/logo.png', note: 'Open Saturdays.' });
    expect(check({}).config).to.include({ shareResult: false, bookingTarget: '_blank', headingLevel: 2, logo: '', note: '' });
    expect(check({ headingLevel: '9' }).config.headingLevel).to.equal(2);
  });

  it('takes a logo only from a web address, with https:// offered when it is missing', () => {
    for (const logo of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'mailto:x@clinic.example']) {
      const { config, errors } = check({ logo });
      expect(errors.logo, logo).to.match(/address of your logo image/);
      expect(config.logo, logo).to.equal('');
    }
    expect(check({ logo: 'clinic.example/logo.png' }).suggestions.logo).to.equal('https://clinic.example/logo.png');
  });

  it('loads the widget from jsDelivr, or from the clinic’s own address when it hosts the file', () => {
    expect(check({}).scriptUrl).to.equal(SCRIPT_URL);
    expect(check({ scriptUrl: '/js/calf-check.js' }).scriptUrl, 'the address counts only when self-hosting').to.equal(SCRIPT_URL);
    expect(check({ hosting: 'self' }).scriptUrl).to.equal(DEFAULT_SELF_URL);
    for (const address of ['/js/calf-check.js', 'https://stride.example/js/calf-check.js']) {
      const { scriptUrl, errors } = check({ hosting: 'self', scriptUrl: address });
      expect([scriptUrl, errors], address).to.deep.equal([address, {}]);
    }
    for (const address of ['//cdn.example/calf-check.js', 'javascript:alert(1)', 'my file']) {
      const { scriptUrl, errors } = check({ hosting: 'self', scriptUrl: address });
      expect(errors.scriptUrl, address).to.match(/address of the file/);
      expect(scriptUrl, address).to.equal(SCRIPT_URL);
    }
    expect(check({ hosting: 'self', scriptUrl: 'stride.example/calf-check.js' }).suggestions.scriptUrl).to.equal(
      'https://stride.example/calf-check.js',
    );
    // A file name alone is read as the file at the site's root, not as a web address.
    expect(check({ hosting: 'self', scriptUrl: 'calf-check.js' }).suggestions.scriptUrl).to.equal('/calf-check.js');
  });

  it('takes an emergency number as the widget’s own parser does, and says what it wants otherwise', () => {
    for (const digits of ['999', '911', '112', '000', ' 15 ', '1669']) {
      const { config, errors } = check({ emergencyNumber: digits });
      expect([config.emergencyNumber, errors], digits).to.deep.equal([digits.trim(), {}]);
    }
    for (const wrong of ['9', '999 or 112', '+44 999', 'nine-nine-nine', '1234567']) {
      const { config, errors } = check({ emergencyNumber: wrong });
      expect(errors.emergencyNumber, wrong).to.match(/2 to 6 digits, such as 999, 911, 112 or 000/);
      expect(config.emergencyNumber, wrong).to.equal('');
    }
  });

  it('takes a clinic email as the widget’s own parser does, and says what it wants otherwise', () => {
    expect(check({ clinicEmail: ' desk@stride.example ' })).to.deep.include({ errors: {} });
    expect(check({ clinicEmail: 'desk@stride.example' }).config.clinicEmail).to.equal('desk@stride.example');
    expect(check({ clinicEmail: 'mailto:desk@stride.example' }).errors.clinicEmail).to.match(/Leave out "mailto:"/);
    for (const wrong of ['desk', 'desk@stride', 'a@stride.example, b@stride.example', 'desk@stride.example?bcc=x@evil.example']) {
      const { config, errors } = check({ clinicEmail: wrong });
      expect(errors.clinicEmail, wrong).to.match(/one email address/);
      expect(config.clinicEmail, wrong).to.equal('');
    }
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
    const light = check({ accentDark: '#8cc1ff', theme: 'dark' });
    expect(light.errors).to.deep.equal({});
    expect(light.config).to.include({ accentDark: '#8cc1ff', accentDarkContrast: '#111111', accent: '' });
    // Mid-tones the old 4.5:1 rule refused: #4d96eb is 3.0:1 on white, #3568a3 3.0:1 on the dark background.
    expect(check({ accent: '#4d96eb' }).config).to.include({ accent: '#4d96eb', accentContrast: '#111111' });
    expect(check({ accentDark: '#3568a3', theme: 'dark' }).config).to.include({ accentDark: '#3568a3', accentDarkContrast: '#ffffff' });
  });

  it('refuses a colour below 3:1 on the background, saying it is for the button, ticks and arrow', () => {
    // #5a9eed is 2.78:1 on white; #2f5c91 is 2.53:1 on the dark background.
    for (const [field, accent, theme, background, direction] of [
      ['accent', '#5a9eed', 'light', 'white', 'darker'],
      ['accentDark', '#2f5c91', 'dark', 'dark', 'lighter'],
    ] as const) {
      const { config, errors } = check({ [field]: accent, theme });
      expect(errors[field], accent).to.match(new RegExp(`${background} background \\(2\\.\\d:1\\)`));
      expect(errors[field], accent).to.contain('stand out from the background (3:1) so the button, ticks and arrow are easy to see');
      expect(errors[field], accent).to.contain(`Pick a ${direction} one`).and.not.match(/text/);
      expect(config[field], accent).to.equal('');
    }
  });

  it('refuses a colour on which neither white nor dark text reaches 4.5:1, for the booking button’s text', () => {
    // #d9480f stands out from white (4.30:1), but white text on it reads 4.30:1 and near-black 4.39:1.
    const { config, errors } = check({ accent: '#d9480f' });
    expect(errors.accent).to.match(/Neither white nor dark text/).and.contain('(4.3:1 at best)').and.contain('4.5:1');
    expect(config).to.include({ accent: '', accentContrast: '' });
  });

  it('every colour it accepts stands out 3:1 from each background of the theme, under button text at 4.5:1', () => {
    for (const [theme, field, backgrounds, others] of COLOUR_FIELDS) {
      let accepted = 0;
      for (const hex of SWATCHES) {
        const { config, errors } = check({ ...others, [field]: hex, theme });
        if (errors[field]) continue;
        accepted++;
        const accent = parseHex(config[field])!;
        for (const background of backgrounds) expect(contrastRatio(accent, background), `${hex} on ${theme}`).to.be.at.least(3);
        const onAccent = field === 'accent' ? config.accentContrast : config.accentDarkContrast;
        expect(contrastRatio(parseHex(onAccent)!, accent), `text on ${hex}`).to.be.at.least(4.5);
      }
      // Not vacuous: plenty of brand colours remain for each theme, the automatic one included.
      expect(accepted, `${theme} ${field}`).to.be.greaterThan(backgrounds.length > 1 ? 30 : 100);
    }
  });

  it('suggests, for any refused brand colour, the same hue lighter or darker, which passes the rules it was refused by', () => {
    // Many random colours, the same ones on every run (a fixed seed), in every field and theme that checks one.
    let seed = 20261201;
    // mulberry32: small, and well spread over the 24 bits a colour needs.
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    const colours = Array.from({ length: 400 }, () => Math.floor(random() * 2 ** 24).toString(16).padStart(6, '0'));
    for (const [theme, field, backgrounds, others] of COLOUR_FIELDS) {
      let refused = 0;
      for (const hex of colours) {
        const { errors, suggestions } = check({ ...others, [field]: `#${hex}`, theme });
        if (!errors[field]) continue;
        refused++;
        const suggested = suggestions[field]!;
        expect(suggested, `a suggestion for #${hex} (${theme}, ${field})`).to.match(/^#[0-9a-f]{6}$/);
        expect(errors[field], 'the message names it').to.contain(`The nearest shade that works is ${suggested}.`);
        // It passes exactly the check that refused the colour, in the same field and theme.
        const taken = check({ ...others, [field]: suggested, theme });
        expect(taken.errors[field], `${suggested} for #${hex}`).to.equal(undefined);
        for (const background of backgrounds) expect(contrastRatio(parseHex(suggested)!, background)).to.be.at.least(3);
        // Same hue, only lighter or darker (a colourful original keeps its hue within rounding).
        const [hue, saturation] = toHsl(parseHex(hex)!);
        const [newHue, , newLightness] = toHsl(parseHex(suggested)!);
        const [, , lightness] = toHsl(parseHex(hex)!);
        expect(newLightness, 'lighter or darker').to.not.equal(lightness);
        if (saturation > 0.2 && newLightness > 0.1 && newLightness < 0.9) {
          const apart = Math.min(Math.abs(newHue - hue), 360 - Math.abs(newHue - hue));
          expect(apart, `hue of ${suggested} for #${hex}`).to.be.below(6);
        }
      }
      expect(refused, `${theme} ${field}: enough colours were refused to test`).to.be.greaterThan(40);
    }
  });

  it('with the Automatic theme accepts a mid-tone that stands out 3:1 from both white and dark', () => {
    // #3c8dbc: 3.7:1 on white, 4.7:1 on dark.
    const { config, errors } = check({ accent: '#3c8dbc', theme: 'auto' });
    expect(errors).to.deep.equal({});
    expect(config).to.include({ accent: '#3c8dbc', accentContrast: '#111111', theme: 'auto' });
  });

  it('with the Automatic theme refuses a colour too faint on either background, and names which', () => {
    // #1d5fa8 is fine on white but 2.69:1 on dark; #8cc1ff is fine on dark but 1.88:1 on white.
    for (const [accent, background, direction] of [
      ['#1d5fa8', 'dark', 'lighter'],
      ['#8cc1ff', 'white', 'darker'],
    ]) {
      const { config, errors } = check({ accent, theme: 'auto' });
      expect(errors.accent, accent).to.match(/white and dark/).and.match(new RegExp(`too faint on the ${background} one`));
      expect(errors.accent, accent).to.contain(`Pick a ${direction} one`).and.match(/Light or Dark/).and.match(/leave this empty/);
      expect(config.accent, accent).to.equal('');
    }
    // With its own colour for dark, the light one need only stand out from white.
    const both = check({ accent: '#1d5fa8', accentDark: '#8cc1ff', theme: 'auto' });
    expect(both.errors).to.deep.equal({});
    expect(both.config).to.include({ accent: '#1d5fa8', accentContrast: '#ffffff', accentDark: '#8cc1ff', accentDarkContrast: '#111111' });
    // Each theme reads only the fields it uses.
    expect(check({ accent: '#1d5fa8', accentDark: '#8cc1ff', theme: 'light' }).config).to.include({ accent: '#1d5fa8', accentDark: '' });
    expect(check({ accent: '#1d5fa8', accentDark: '#8cc1ff', theme: 'dark' }).config).to.include({ accent: '', accentDark: '#8cc1ff' });
    // The mid-tone the message suggests is one it takes.
    const suggested = check({ accent: '#1d5fa8', theme: 'auto' }).errors.accent!.match(/#[0-9a-f]{6}/)![0];
    expect(check({ accent: suggested, theme: 'auto' }).errors, suggested).to.deep.equal({});
  });

  it('refuses a malformed colour', () => {
    expect(check({ accent: 'blue' }).errors.accent).to.match(/colour code/);
    expect(check({ accent: 'blue' }).config.accent).to.equal('');
  });

  it('asks for a colour code in exactly the forms it accepts', () => {
    const hint = check({ accent: 'blue' }).errors.accent!;
    // Every example the message gives is taken as it is written…
    const examples = hint.match(/#[0-9a-f]+/gi)!;
    expect(examples).to.include.members(['#1d5fa8', '#15a']);
    for (const example of examples) expect(check({ accent: example }).errors, example).to.deep.equal({});
    // …and what it says about the forms is what the parser does.
    expect(hint).to.match(/6 or 3 hex digits/).and.match(/# is optional/);
    expect(check({ accent: '15a' }).config.accent).to.equal('#1155aa');
    expect(check({ accent: '1d5fa8' }).config.accent).to.equal('#1d5fa8');
    for (const wrong of ['#1d5fa', '#1d5fa8ff', '##15a', 'rgb(29, 95, 168)']) {
      expect(check({ accent: wrong }).errors.accent, wrong).to.equal(hint);
    }
  });

  it('parses hex colours and picks white or ink for text on them', () => {
    expect(parseHex('#abc')).to.deep.equal([0xaa, 0xbb, 0xcc, 1]);
    expect(parseHex('0b6b66')).to.deep.equal([0x0b, 0x6b, 0x66, 1]);
    expect(parseHex('#12345')).to.equal(null);
    expect(textOn([0x0b, 0x6b, 0x66, 1])).to.equal('#ffffff');
    expect(textOn([0xff, 0xd0, 0x40, 1])).to.equal('#111111');
  });
});
