import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck, CalfCheckBookDetail } from '../src/calf-check.js';
import { captureWarnings } from './helpers/warnings.js';
import { $, $$, text, tick, watchNavigation } from './helpers/widget.js';

describe('call to book', () => {
  describe('call to book', () => {
    it('links to the booking URL in a new tab with rel=noopener and says so to screen readers', async () => {
      const el = await fixture<CalfCheck>(
        html`<calf-check booking-url="https://clinic.example/book" clinic-name="Stride Physio"></calf-check>`,
      );
      const link = $(el, '[part~="book"]') as HTMLAnchorElement;
      expect(link.href).to.equal('https://clinic.example/book');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(text(link)).to.equal('Book an assessment with Stride Physio (opens in a new tab)');
    });

    it('opens in the same tab with booking-target="_self"', async () => {
      const el = await fixture<CalfCheck>(
        html`<calf-check booking-url="https://clinic.example/book" booking-target="_self"></calf-check>`,
      );
      const link = $(el, '[part~="book"]') as HTMLAnchorElement;
      expect(link.hasAttribute('target')).to.equal(false);
      expect(text(link)).to.equal('Book an assessment');
    });

    it('warns on an unknown booking-target and falls back to a new tab', async () => {
      let el!: CalfCheck;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CalfCheck>(
          html`<calf-check booking-url="https://clinic.example/book" booking-target="_top"></calf-check>`,
        );
      });
      expect(warnings.join()).to.contain('booking-target');
      expect(($(el, '[part~="book"]') as HTMLAnchorElement).target).to.equal('_blank');
    });

    it('changes its wording with the result', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
      const words = [text($(el, '[part~="cta"]'))];
      await tick(el, 1);
      words.push(text($(el, '[part~="cta"]')));
      await tick(el, 3);
      words.push(text($(el, '[part~="cta"]')));
      expect(new Set(words).size).to.equal(3);
      expect(words[1]).to.contain('check your calves and ankles');
    });

    it('renders the phone as a tel: link, showing the number as written', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check phone="+44 (0)20 7946 0000"></calf-check>`);
      const phone = $(el, '[part~="phone"]') as HTMLAnchorElement;
      expect(phone.getAttribute('href')).to.equal('tel:+442079460000');
      expect(text(phone)).to.equal('Call +44 (0)20 7946 0000');
      expect(phone.hasAttribute('target')).to.equal(false);
      expect($(el, '[part~="book"]')).to.equal(null);
    });

    it('with neither URL nor phone, tells the reader to see a physiotherapist and shows no dead button', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check></calf-check>`);
      expect($$(el, '[part~="cta"] a')).to.have.length(0);
      expect(text($(el, '[part~="cta"]'))).to.contain('contact a physiotherapist near you');
    });

    it('names the clinic in the no-link text', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check clinic-name="Stride Physio"></calf-check>`);
      expect(text($(el, '[part~="cta"]'))).to.contain('To book, contact Stride Physio.');
    });

    it('shows the clinic logo and note through named slots', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book">
        <img slot="logo" alt="Stride Physio" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        <span slot="note">First visit covered by most insurers.</span>
      </calf-check>`);
      const logo = $(el, 'slot[name="logo"]') as HTMLSlotElement;
      const note = $(el, 'slot[name="note"]') as HTMLSlotElement;
      expect(logo.assignedElements()[0].getAttribute('alt')).to.equal('Stride Physio');
      expect(note.assignedElements()[0].textContent).to.equal('First visit covered by most insurers.');
      expect((note.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
    });
  });

  describe('calf-check-book', () => {
    it('carries signs, band and href, and lets the link navigate when not prevented', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
      await tick(el, 2);
      const nav = watchNavigation();
      setTimeout(() => $(el, '[part~="book"]')!.click());
      const event = await oneEvent(document, 'calf-check-book');
      nav.stop();
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ signs: 2, band: 'some', href: 'https://clinic.example/book' });
      expect(nav.wouldNavigate()).to.deep.equal([true]);
    });

    it('when prevented, nothing navigates (the clinic opens its own popup)', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book"></calf-check>`);
      el.addEventListener('calf-check-book', (e) => e.preventDefault());
      const nav = watchNavigation();
      $(el, '[part~="book"]')!.click();
      nav.stop();
      expect(nav.wouldNavigate()).to.deep.equal([false]);
    });

    it('fires for the phone link too', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check phone="555 010 9999"></calf-check>`);
      const nav = watchNavigation();
      setTimeout(() => $(el, '[part~="phone"]')!.click());
      const event = await oneEvent(el, 'calf-check-book');
      nav.stop();
      expect(event.detail).to.deep.equal({ signs: 0, band: 'none', href: 'tel:5550109999' });
    });
  });

  describe('share-result', () => {
    it('is off by default: the booking URL carries nothing about the answers', async () => {
      const el = await fixture<CalfCheck>(html`<calf-check booking-url="https://clinic.example/book?x=1"></calf-check>`);
      await tick(el, 4);
      expect(($(el, '[part~="book"]') as HTMLAnchorElement).href).to.equal('https://clinic.example/book?x=1');
      expect(text($(el, '[part~="disclaimer"]'))).to.contain('Your answers stay on this device');
    });

    it('when on, appends the result, keeps a hash deep link and says so in the disclaimer', async () => {
      const el = await fixture<CalfCheck>(
        html`<calf-check share-result booking-url="https://stride.janeapp.com/#/staff_member/42"></calf-check>`,
      );
      await tick(el, 3);
      const link = $(el, '[part~="book"]') as HTMLAnchorElement;
      expect(link.href).to.equal('https://stride.janeapp.com/?calf_check_signs=3&calf_check_band=most#/staff_member/42');
      expect(text($(el, '[part~="disclaimer"]'))).to.contain('how many signs you ticked is sent with it to the booking page');
      setTimeout(() => link.click());
      const nav = watchNavigation();
      const event = await oneEvent<CustomEvent<CalfCheckBookDetail>>(el, 'calf-check-book');
      nav.stop();
      expect(event.detail.href).to.equal(link.href);
    });
  });
});
