import { expect } from '@open-wc/testing';
import { RESERVATION_FITS, reservationCss } from '../src/embed/reservation.js';

/* The reservation the widget ships is the one `npm run bench:reservation` fitted to the heights it measured. */

describe('the reservation', () => {
  it('holds the fits the benchmark wrote, language by language', async () => {
    const { fits } = (await (await fetch('/scripts/bench/reservation-heights.json')).json()) as {
      fits: { column: Record<string, { floor: number; lines: { a: number; b: number }[] }> };
    };
    const measured = Object.fromEntries(
      Object.entries(fits.column).map(([locale, { floor, lines }]) => [locale, { floor, lines: lines.map(({ a, b }) => [a, b]) }]),
    );
    expect(RESERVATION_FITS).to.deep.equal(measured);
  });

  it('reserves, in a real page, what its fit says for each language in a 400 px and a 900 px column', () => {
    for (const [locale, lang] of [['en', 'en'], ['de', 'de'], ['zh-Hans', 'zh-Hans'], ['ar', 'ar']] as const) {
      for (const width of [400, 900]) {
        const host = document.createElement('div');
        host.innerHTML = `<style>${reservationCss()}</style><div style="width:${width}px;font-size:16px"><calf-check-to-be lang="${lang}"></calf-check-to-be></div>`;
        // A tag no module defines stands for a widget whose script has not run yet.
        const css = host.querySelector('style')!;
        css.textContent = css.textContent.replaceAll('calf-check', 'calf-check-to-be');
        document.body.append(host);
        const { floor, lines } = RESERVATION_FITS[locale];
        const expected = Math.max(floor, ...lines.map(([a, b]) => a - (b * width) / 16)) * 16;
        expect(host.querySelector('calf-check-to-be')!.getBoundingClientRect().height, `${locale} at ${width} px`).to.be.closeTo(expected, 1);
        host.remove();
      }
    }
  });
});
