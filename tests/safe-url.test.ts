import { expect } from '@open-wc/testing';
import { safeBookingUrl, telHref } from '../src/safe-url.js';
import { withResultParams } from '../src/sections/call-to-book/booking-link.js';

describe('safeBookingUrl', () => {
  it('accepts the booking links clinics use', () => {
    expect(safeBookingUrl('https://stride.janeapp.com/#/staff_member/42/treatment/133')).to.equal(
      'https://stride.janeapp.com/#/staff_member/42/treatment/133',
    );
    expect(safeBookingUrl('https://stride.uk1.cliniko.com/bookings')).to.equal('https://stride.uk1.cliniko.com/bookings');
    expect(safeBookingUrl('  http://clinic.example/book  ')).to.equal('http://clinic.example/book');
    expect(safeBookingUrl('mailto:front@clinic.example')).to.equal('mailto:front@clinic.example');
    expect(safeBookingUrl('tel:+442079460000')).to.equal('tel:+442079460000');
  });

  it('normalises the scheme and host', () => {
    expect(safeBookingUrl('HTTPS://Clinic.Example/Book')).to.equal('https://clinic.example/Book');
  });

  const rejected: [string, string][] = [
    ['javascript', 'javascript:alert(1)'],
    ['javascript, mixed case', 'JaVaScRiPt:alert(1)'],
    ['javascript with a tab inside', 'java\tscript:alert(1)'],
    ['javascript with a newline inside', 'java\nscript:alert(1)'],
    ['javascript after control characters', '\u0001\u0002javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['file', 'file:///etc/passwd'],
    ['blob', 'blob:https://clinic.example/uuid'],
    ['ftp', 'ftp://clinic.example/'],
    ['protocol-relative', '//evil.example/book'],
    ['relative path', '/book'],
    ['bare word', 'book now'],
    ['host-less http', 'http:'],
    ['empty', ''],
    ['whitespace', '   '],
  ];
  for (const [name, value] of rejected) {
    it(`refuses ${name}`, () => {
      expect(safeBookingUrl(value)).to.equal(null);
    });
  }

  it('refuses null and undefined', () => {
    expect(safeBookingUrl(null)).to.equal(null);
    expect(safeBookingUrl(undefined)).to.equal(null);
  });
});

describe('telHref', () => {
  it('keeps digits and a leading plus', () => {
    expect(telHref('+1 (555) 010-9999')).to.equal('tel:+15550109999');
    expect(telHref('020 7946 0000')).to.equal('tel:02079460000');
  });

  it('drops the UK-style "(0)" and turns a 00 prefix into +', () => {
    expect(telHref('+44 (0)20 7946 0000')).to.equal('tel:+442079460000');
    expect(telHref('0044 20 7946 0000')).to.equal('tel:+442079460000');
  });

  it('refuses text that is not a phone number', () => {
    for (const value of ['', 'call us', 'javascript:alert(1)', '12', '+', '1'.repeat(21), null]) {
      expect(telHref(value), String(value)).to.equal(null);
    }
  });
});

describe('withResultParams', () => {
  it('adds signs and band as query parameters', () => {
    const href = withResultParams('https://clinic.example/book?utm_source=site', { signs: 3, band: 'most' });
    const url = new URL(href);
    expect(url.searchParams.get('utm_source')).to.equal('site');
    expect(url.searchParams.get('calf_check_signs')).to.equal('3');
    expect(url.searchParams.get('calf_check_band')).to.equal('most');
  });

  it("keeps a hash deep link (Jane's booking pages live in the fragment)", () => {
    const href = withResultParams('https://stride.janeapp.com/#/staff_member/42', { signs: 1, band: 'some' });
    expect(href).to.equal('https://stride.janeapp.com/?calf_check_signs=1&calf_check_band=some#/staff_member/42');
  });

  it('leaves tel: and mailto: links unchanged', () => {
    expect(withResultParams('tel:+15550109999', { signs: 2, band: 'some' })).to.equal('tel:+15550109999');
    expect(withResultParams('mailto:a@clinic.example', { signs: 2, band: 'some' })).to.equal('mailto:a@clinic.example');
  });
});
