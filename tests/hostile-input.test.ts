/**
 * The catalogue of hostile input: every attribute, fed what a website builder, a careless paste or
 * an attacker might put there, through the attribute and through the property. Each case checks
 * the same things: nothing thrown, nothing executed, nothing injected, links only to safe schemes,
 * one warning naming the attribute when the value is refused (none when it is taken), and a widget
 * that still answers a click.
 */
import { expect } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { BOOKING_SCHEMES } from '../src/safe-url.js';
import type { SelfTests } from '../src/sections/self-tests/readings.js';
import { captureWarnings } from './helpers/warnings.js';

declare global {
  interface Window {
    __hostileCanary?: string;
  }
}

/** Payloads that try to run code set this global; nothing may ever set it. */
const run = (tag: string) => `window.__hostileCanary='${tag}'`;

const PAYLOADS = {
  empty: '',
  whitespace: ' \t\n ',
  huge: 'A'.repeat(100_000),
  rtlOverride: '\u202Eevil.example\u202C',
  markup: `<img src=x onerror="${run('img')}"><script>${run('script')}</script><b>bold</b>`,
  attributeBreakout: `" onmouseover="${run('attribute')}" x="`,
  template: '${constructor.constructor("' + run('template') + '")()}{{7*7}}',
  javascript: `javascript:${run('javascript')}`,
  data: `data:text/html,<script>${run('data')}</script>`,
  vbscript: 'vbscript:msgbox(1)',
  protocolRelative: '//evil.example/book',
  mixedCaseWithControls: `\u0001 JaVa\tScRiPt:${run('mixed')}`,
  notANumber: 'NaN',
  fraction: '2.5',
  hex: '0x3',
  unknownEnum: 'midnight',
} as const;
type Payload = keyof typeof PAYLOADS;

/** The property each attribute sets. */
const PROPERTIES = {
  'booking-url': 'bookingUrl',
  phone: 'phone',
  'emergency-number': 'emergencyNumber',
  'clinic-name': 'clinicName',
  'clinic-email': 'clinicEmail',
  'booking-target': 'bookingTarget',
  'share-result': 'shareResult',
  'heading-level': 'headingLevel',
  theme: 'theme',
  lang: 'lang',
  languages: 'languages',
} as const;
type Attribute = keyof typeof PROPERTIES;

/**
 * Which generic payloads each attribute takes without a warning; it refuses every other one.
 * clinic-name is free text shown as text, so it takes all of them but the 100 KB one (cut, with a warning).
 * share-result reads empty and whitespace as "present", the boolean-attribute form: on.
 */
const TAKES: Record<Attribute, Payload[]> = {
  'booking-url': ['empty', 'whitespace'],
  phone: ['empty', 'whitespace'],
  'emergency-number': ['empty', 'whitespace'],
  'clinic-name': (Object.keys(PAYLOADS) as Payload[]).filter((payload) => payload !== 'huge'),
  'clinic-email': ['empty', 'whitespace'],
  'booking-target': ['empty', 'whitespace'],
  'share-result': ['empty', 'whitespace'],
  'heading-level': ['empty', 'whitespace'],
  theme: ['empty', 'whitespace'],
  // lang="" means "unknown" in HTML: the widget follows the page instead, without a warning.
  lang: ['empty', 'whitespace'],
  languages: ['empty', 'whitespace'],
};

interface Case {
  attribute: Attribute;
  name: string;
  value: unknown;
  taken: boolean;
  /** Only through the property: values an attribute cannot hold. */
  propertyOnly?: boolean;
  /** What else this case must show, beyond the checks every case makes. */
  check?: (el: CalfCheck) => unknown;
}

const shadow = (el: CalfCheck, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const bookHref = (el: CalfCheck) => (shadow(el, '[part~="book"]') as HTMLAnchorElement | null)?.href;
const BOOKING = 'https://clinic.example/book';

const cases: Case[] = [];
for (const attribute of Object.keys(PROPERTIES) as Attribute[]) {
  for (const payload of Object.keys(PAYLOADS) as Payload[]) {
    cases.push({ attribute, name: payload, value: PAYLOADS[payload], taken: TAKES[attribute].includes(payload) });
  }
  // From JavaScript a page can assign what no attribute can hold.
  // HTMLElement's own lang property turns null into the text "null", a language no one ships.
  cases.push({ attribute, name: 'null (property)', value: null, taken: attribute !== 'lang', propertyOnly: true });
  // 42 is a number an emergency line could have (a page may assign 112 as a number); for the rest a number is refused.
  cases.push({ attribute, name: 'a number (property)', value: 42, taken: attribute === 'clinic-name' || attribute === 'emergency-number', propertyOnly: true });
  cases.push({ attribute, name: 'an object (property)', value: { evil: true }, taken: attribute === 'clinic-name', propertyOnly: true });
}

// Values particular to one attribute.
const hugeUrl = `${BOOKING}?ref=${'a'.repeat(100_000)}`;
cases.push(
  { attribute: 'booking-url', name: '100 KB but a valid https URL', value: hugeUrl, taken: true, check: (el) => expect(bookHref(el)).to.equal(hugeUrl) },
  {
    attribute: 'booking-url',
    name: 'https URL carrying markup',
    value: `${BOOKING}?q="><img src=x onerror="${run('url')}">`,
    taken: true,
    check: (el) => expect(bookHref(el)).to.match(/^https:\/\/clinic\.example\/book\?q=%22%3E%3Cimg/),
  },
  { attribute: 'booking-url', name: 'javascript: after a NUL', value: `\u0000javascript:${run('nul')}`, taken: false },
  { attribute: 'booking-url', name: 'javascript: split by a newline', value: `java\nscript:${run('newline')}`, taken: false },
  { attribute: 'booking-url', name: 'file:', value: 'file:///etc/passwd', taken: false },
  { attribute: 'booking-url', name: 'blob:', value: 'blob:https://clinic.example/1', taken: false },
  { attribute: 'booking-url', name: 'relative path', value: '/book', taken: false },
  { attribute: 'phone', name: 'tel: wrapping javascript:', value: `tel:javascript:${run('tel')}`, taken: false },
  { attribute: 'phone', name: 'Arabic-Indic digits', value: '٥٥٥٠١٠٩٩٩٩', taken: false },
  { attribute: 'phone', name: 'too many digits', value: '1'.repeat(21), taken: false },
  { attribute: 'emergency-number', name: 'tel: wrapping javascript:', value: `tel:javascript:${run('emergency')}`, taken: false },
  { attribute: 'emergency-number', name: 'Arabic-Indic digits', value: '٩٩٩', taken: false },
  { attribute: 'emergency-number', name: 'a phone number, too long', value: '+44 20 7946 0000', taken: false },
  { attribute: 'emergency-number', name: 'one digit', value: '9', taken: false },
  { attribute: 'emergency-number', name: 'digits then markup', value: '999<b>', taken: false },
  {
    attribute: 'emergency-number',
    name: '112 with spaces around',
    value: ' 112 ',
    taken: true,
    check: (el) => expect(shadow(el, '[part~="safety"] a')!.getAttribute('href')).to.equal('tel:112'),
  },
  {
    attribute: 'clinic-name',
    name: 'right-to-left override, kept inside its own <bdi>',
    value: '\u202EeisyhP edirtS',
    taken: true,
    check: (el) => expect(shadow(el, '[part~="book"] bdi')!.textContent).to.contain('\u202EeisyhP edirtS'),
  },
  {
    attribute: 'clinic-name',
    name: 'markup, shown as text',
    value: PAYLOADS.markup,
    taken: true,
    check: (el) => expect(shadow(el, '[part~="book"]')!.textContent).to.contain(PAYLOADS.markup),
  },
  {
    attribute: 'clinic-email',
    name: 'a plain address: an email link, carrying only the summary',
    value: ' clinic@example.com ',
    taken: true,
    check: (el) => expect((shadow(el, '[part~="email"]') as HTMLAnchorElement).href).to.match(/^mailto:clinic@example\.com\?subject=[^&]+&body=[^&]+$/),
  },
  { attribute: 'clinic-email', name: 'with a mailto: scheme', value: 'mailto:clinic@example.com', taken: false },
  { attribute: 'clinic-email', name: 'adding a Bcc header', value: 'clinic@example.com?bcc=evil@example.com', taken: false },
  { attribute: 'clinic-email', name: 'adding a body after &', value: 'clinic@example.com&body=evil', taken: false },
  { attribute: 'clinic-email', name: 'two addresses, comma', value: 'clinic@example.com, evil@example.com', taken: false },
  { attribute: 'clinic-email', name: 'two addresses, semicolon', value: 'clinic@example.com;evil@example.com', taken: false },
  { attribute: 'clinic-email', name: 'a space inside', value: 'clinic @example.com', taken: false },
  { attribute: 'clinic-email', name: 'a newline to start a header', value: 'clinic@example.com\nBcc: evil@example.com', taken: false },
  { attribute: 'clinic-email', name: 'a control character', value: 'clinic@example.com\u0000', taken: false },
  { attribute: 'clinic-email', name: 'a percent-encoded header', value: 'clinic%40example.com%3Fbcc%3Devil', taken: false },
  { attribute: 'clinic-email', name: 'in angle brackets with a name', value: 'Stride <clinic@example.com>', taken: false },
  { attribute: 'clinic-email', name: 'no domain', value: 'clinic@', taken: false },
  { attribute: 'booking-target', name: '_top', value: '_top', taken: false },
  { attribute: 'booking-target', name: '_SELF in capitals', value: '_SELF', taken: true, check: (el) => expect(shadow(el, '[part~="book"]')!.hasAttribute('target')).to.equal(false) },
  { attribute: 'heading-level', name: '0', value: '0', taken: false },
  { attribute: 'heading-level', name: '7', value: '7', taken: false },
  { attribute: 'heading-level', name: 'exponent', value: '1e0', taken: false },
  { attribute: 'heading-level', name: 'Arabic-Indic three', value: '٣', taken: false },
  { attribute: 'heading-level', name: ' 3 with spaces', value: ' 3 ', taken: true, check: (el) => expect(shadow(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('3') },
  { attribute: 'theme', name: 'CSS injection', value: 'dark; background: red', taken: false },
  { attribute: 'theme', name: 'DARK in capitals', value: 'DARK', taken: true, check: (el) => expect(el.getAttribute('theme')).to.equal('dark') },
  { attribute: 'share-result', name: '"false" is off', value: 'false', taken: true },
  { attribute: 'share-result', name: '"TRUE" is on', value: 'TRUE', taken: true, check: (el) => expect(bookHref(el)).to.contain('calf_check_signs=1') },
  { attribute: 'share-result', name: 'a typo is off', value: 'ture', taken: false },
  { attribute: 'share-result', name: '"1" is off', value: '1', taken: false },
  { attribute: 'lang', name: 'a language not shipped', value: 'sv', taken: false },
  { attribute: 'lang', name: 'a tag with a script injection', value: 'en"><script>', taken: false },
  {
    attribute: 'lang',
    name: 'Arabic, shipped: right to left',
    value: 'ar',
    taken: true,
    check: (el) => expect(shadow(el, '[part~="container"]')!.getAttribute('dir')).to.equal('rtl'),
  },
  { attribute: 'languages', name: 'several tags not shipped: one warning', value: 'sv ru xx-invalid', taken: false },
  {
    attribute: 'languages',
    name: 'shipped and unshipped tags mixed: the shipped ones are offered',
    value: 'en <b>fr</b> fr',
    taken: false,
    check: (el) =>
      expect([...el.shadowRoot!.querySelectorAll('[part~="language-picker"] option')].map((o) => o.getAttribute('value'))).to.deep.equal(['en', 'fr']),
  },
);

/** share-result must be on exactly when taken and not "false"; everything else leaves the link bare. */
function expectShareResult(el: CalfCheck, c: Case) {
  const text = typeof c.value === 'string' ? c.value : (JSON.stringify(c.value) ?? '');
  const on = c.taken && c.value !== null && !/^\s*false\s*$/i.test(text);
  const href = bookHref(el)!;
  if (on) expect(href, 'share-result on').to.contain('calf_check_signs=1');
  else expect(href, 'share-result off: the link says nothing about the answers').to.equal(BOOKING);
}

/** Builds the widget with the value set through the attribute or the property, before it is connected. */
async function build(c: Case, via: 'attribute' | 'property'): Promise<CalfCheck> {
  const el = document.createElement('calf-check');
  if (c.attribute !== 'booking-url') el.setAttribute('booking-url', BOOKING);
  if (via === 'attribute') el.setAttribute(c.attribute, c.value as string);
  else (el as unknown as Record<string, unknown>)[PROPERTIES[c.attribute]] = c.value;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const INJECTED = 'script, img, b, iframe, object, embed, link, meta, base, form';

describe('hostile input catalogue', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  let el: CalfCheck | undefined;

  beforeEach(() => {
    errors.length = 0;
    delete window.__hostileCanary;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    el?.remove();
  });

  it(`has at least 25 cases (it has ${cases.length})`, () => {
    expect(cases.length).to.be.at.least(25);
  });

  for (const c of cases) {
    for (const via of c.propertyOnly ? (['property'] as const) : (['attribute', 'property'] as const)) {
      it(`${c.attribute} = ${c.name}, via the ${via}: ${c.taken ? 'taken' : 'refused with a warning'}, nothing runs or leaks in`, async () => {
        const warnings = await captureWarnings(async () => {
          el = await build(c, via);
        });
        const widget = el!;
        if (c.taken) expect(warnings, 'no warning for a value it takes').to.deep.equal([]);
        else {
          expect(warnings, 'one warning').to.have.length(1);
          expect(warnings[0]).to.contain(`${c.attribute}=`);
          expect(warnings[0].length, 'the warning stays short').to.be.below(400);
        }

        // Still working: a click ticks a sign and the result follows.
        shadow(widget, '[part~="checkbox"]')!.click();
        await widget.updateComplete;
        expect(shadow(widget, '[part~="result"]')!.getAttribute('part')).to.equal('result result-some');
        expect(Number(shadow(widget, '[role="heading"]')!.getAttribute('aria-level'))).to.be.within(1, 6);
        c.check?.(widget);
        if (c.attribute === 'share-result') expectShareResult(widget, c);
        if (c.attribute === 'clinic-email' && !c.check) expect(shadow(widget, '[part~="email"]'), 'no email link').to.equal(null);

        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(errors, 'uncaught errors').to.deep.equal([]);
        expect(window.__hostileCanary, 'script ran').to.equal(undefined);
        expect([...widget.shadowRoot!.querySelectorAll(INJECTED)].map((node) => node.localName), 'injected elements').to.deep.equal([]);
        const withHandlers = [...widget.shadowRoot!.querySelectorAll('*')].filter((node) =>
          [...node.attributes].some((attribute) => attribute.name.startsWith('on')),
        );
        expect(withHandlers, 'elements with on* attributes').to.deep.equal([]);
        expect(widget.children, 'nothing added to the light DOM').to.have.length(0);
        for (const link of widget.shadowRoot!.querySelectorAll('a')) {
          expect(BOOKING_SCHEMES, link.href.slice(0, 40)).to.include(new URL(link.href).protocol);
        }
      });
    }
  }
});

/** What a reader (or a script posing as one) might type into a self-test field; every one is refused or unset. */
const ENTRY_PAYLOADS: Record<string, string> = {
  ...PAYLOADS,
  negative: '-3',
  exponent: '1e9',
  words: 'abc',
  infinity: 'Infinity',
  tooBig: '999',
  manyDecimals: '8.555',
  thousands: '1,000,5',
  arabicTooBig: '٩٩٩',
  nulByte: '8\u00005',
  fullWidthDigits: '８',
};
const ENTRY_FIELDS = ['kneeToWall.left', 'kneeToWall.right', 'heelRaise.left', 'heelRaise.right'];

describe('hostile input catalogue: self-test entries', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  let el: CalfCheck | undefined;
  beforeEach(() => {
    errors.length = 0;
    delete window.__hostileCanary;
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    el?.remove();
  });

  for (const field of ENTRY_FIELDS) {
    for (const [name, value] of Object.entries(ENTRY_PAYLOADS)) {
      // 2.5 cm is a distance a foot can reach; only a count of raises must be whole.
      if (name === 'fraction' && field.startsWith('kneeToWall')) continue;
      const blank = !value.trim();
      it(`${field} = ${name}: ${blank ? 'unset, no message' : 'refused inline'}, nothing runs or leaks in, no warning`, async () => {
        el = document.createElement('calf-check');
        el.setAttribute('lang', 'en-GB');
        document.body.append(el);
        await el.updateComplete;
        const details: SelfTests[] = [];
        el.addEventListener('calf-check-change', (event) => details.push(event.detail.selfTests));
        const input = shadow(el, `[name="${field}"]`) as HTMLInputElement;
        const warnings = await captureWarnings(async () => {
          input.value = value;
          input.dispatchEvent(new Event('change', { bubbles: true }));
          await el!.updateComplete;
        });
        expect(warnings, 'a reader entry gets an inline message, not a console warning').to.deep.equal([]);
        const [test, side] = field.split('.') as ['kneeToWall' | 'heelRaise', 'left' | 'right'];
        expect(details.at(-1)![test][side], 'the value stays unset').to.equal(null);
        expect(input.getAttribute('aria-invalid')).to.equal(blank ? 'false' : 'true');
        const message = input.getAttribute('aria-describedby');
        if (blank) expect(message).to.equal(null);
        else expect(widgetText(el, `#${message}`)).to.match(/^Enter a (whole )?number from 0 to /);
        // The test's own reading, its live region, says only the refusal, once, after the field's name: nothing typed
        // is echoed.
        const reading = (input.closest('details')!.querySelector('.reading')!.textContent ?? '').replace(/\s+/g, ' ').trim();
        const fieldName = {
          'kneeToWall.left': 'Knee to wall, left, in centimetres',
          'kneeToWall.right': 'Knee to wall, right, in centimetres',
          'heelRaise.left': 'Heel raises, left leg',
          'heelRaise.right': 'Heel raises, right leg',
        }[field];
        expect(reading).to.equal(blank ? '' : `${fieldName} ${widgetText(el, `#${message}`)}`);

        shadow(el, '[part~="checkbox"]')!.click();
        await el.updateComplete;
        expect(shadow(el, '[part~="result"]')!.getAttribute('part')).to.equal('result result-some');
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(errors, 'uncaught errors').to.deep.equal([]);
        expect(window.__hostileCanary, 'script ran').to.equal(undefined);
        expect([...el.shadowRoot!.querySelectorAll(INJECTED)].map((node) => node.localName), 'injected elements').to.deep.equal([]);
      });
    }
  }
});

const widgetText = (el: CalfCheck, selector: string) => (shadow(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
