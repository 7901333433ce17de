import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { schemeFor } from '../src/theme/color-scheme.js';
import { contrastRatio, parseColor } from '../src/embed/contrast.js';
import { textContrasts } from './helpers/text-contrast.js';
import { emulateMediaOrSkip, resetMedia } from './helpers/media.js';

const WHITE = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(22, 27, 31)';
const container = (el: CalfCheck) => el.shadowRoot!.querySelector<HTMLElement>('[part~="container"]')!;
const background = (el: CalfCheck) => getComputedStyle(container(el)).backgroundColor;
/** The page's dark-mode switch changes its root; the widget follows once the change is seen and rendered. */
const becomes = (el: CalfCheck, colour: string, what: string) => waitUntil(() => background(el) === colour, what, { timeout: 2000 });

const root = document.documentElement;
/** What the reader's system asks for here (the test browser's own setting), for a page that leaves it to the system. */
const systemBackground = () => (matchMedia('(prefers-color-scheme: dark)').matches ? DARK_BG : WHITE);

describe('theme="auto" and the page’s own colour scheme', () => {
  afterEach(async () => {
    root.removeAttribute('style');
    root.className = '';
    document.querySelector('#page-scheme')?.remove();
    document.querySelectorAll('meta[name="color-scheme"]').forEach((meta) => meta.remove());
    await resetMedia();
  });

  it('reads one scheme as the page’s choice, none or both as "ask the system"', () => {
    expect(schemeFor('auto', 'dark')).to.equal('dark');
    expect(schemeFor('auto', 'only dark')).to.equal('dark');
    expect(schemeFor('auto', 'light')).to.equal('light');
    expect(schemeFor('auto', 'only light')).to.equal('light');
    for (const both of ['normal', '', 'light dark', 'dark light', 'dark, light']) expect(schemeFor('auto', both), both).to.equal('system');
    // The fixed themes never look at the page.
    expect(schemeFor('light', 'dark')).to.equal('light');
    expect(schemeFor('dark', 'light')).to.equal('dark');
  });

  it('follows a dark-mode switch that sets color-scheme by a class on <html>, live, keeping the reader’s ticks', async () => {
    const sheet = Object.assign(document.createElement('style'), {
      id: 'page-scheme',
      textContent: ':root { color-scheme: light } :root.dark { color-scheme: dark }',
    });
    document.head.append(sheet);
    const el = await fixture<CalfCheck>(html`<calf-check theme="auto"></calf-check>`);
    expect(background(el), 'the page says light').to.equal(WHITE);
    el.shadowRoot!.querySelector<HTMLInputElement>('[part~="checkbox"]')!.click();
    root.classList.add('dark');
    await becomes(el, DARK_BG, 'dark with the page');
    expect(getComputedStyle(container(el)).colorScheme, 'native controls too').to.equal('dark');
    expect(el.answers.stiffAnkles, 'the tick survives').to.be.true;
    root.classList.remove('dark');
    await becomes(el, WHITE, 'light again with the page');
  });

  it('follows color-scheme set as a style on <html>, and a color-scheme meta', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check theme="auto"></calf-check>`);
    root.style.colorScheme = 'dark';
    await becomes(el, DARK_BG, 'dark by the root’s style');
    root.style.removeProperty('color-scheme');
    await becomes(el, systemBackground(), 'back to the system');
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'dark' });
    document.head.append(meta);
    await becomes(el, DARK_BG, 'dark by the meta');
    meta.content = 'light';
    await becomes(el, WHITE, 'light by the meta');
    meta.content = 'light dark';
    await becomes(el, systemBackground(), 'both: the system decides');
  });

  it('keeps light and dark themes as they are, whatever the page says', async () => {
    root.style.colorScheme = 'dark';
    const light = await fixture<CalfCheck>(html`<calf-check theme="light"></calf-check>`);
    const dark = await fixture<CalfCheck>(html`<calf-check theme="dark"></calf-check>`);
    expect([background(light), background(dark)]).to.deep.equal([WHITE, DARK_BG]);
    root.style.colorScheme = 'light';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([background(light), background(dark)]).to.deep.equal([WHITE, DARK_BG]);
  });

  it('a page in light beats a dark system, and the reverse', async function () {
    const el = await fixture<CalfCheck>(html`<calf-check theme="auto"></calf-check>`);
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    await becomes(el, DARK_BG, 'no page scheme: the dark system');
    root.style.colorScheme = 'light';
    await becomes(el, WHITE, 'the page’s light wins over the dark system');
    await emulateMediaOrSkip(this, { colorScheme: 'light' });
    root.style.colorScheme = 'dark';
    await becomes(el, DARK_BG, 'the page’s dark wins over the light system');
    // Switched live on the system side too, with the page asking for both.
    root.style.colorScheme = 'light dark';
    await becomes(el, WHITE, 'both: the light system');
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    await becomes(el, DARK_BG, 'both: the system turned dark');
  });

  it('uses the dark brand colour in the dark half, the light one in the light half', async () => {
    const el = await fixture<CalfCheck>(
      html`<calf-check theme="auto" booking-url="https://clinic.example/book" style="--calf-check-accent: #1d5fa8; --calf-check-accent-dark: #8cc1ff; --calf-check-accent-contrast-dark: #111111"></calf-check>`,
    );
    const book = () => getComputedStyle(el.shadowRoot!.querySelector('[part~="book"]')!);
    expect([book().backgroundColor, book().color]).to.deep.equal(['rgb(29, 95, 168)', WHITE]);
    root.style.colorScheme = 'dark';
    await becomes(el, DARK_BG, 'dark');
    expect([book().backgroundColor, book().color]).to.deep.equal(['rgb(140, 193, 255)', 'rgb(17, 17, 17)']);
  });

  it('stops watching the page when it leaves, and reads it again when it comes back', async () => {
    const el = await fixture<CalfCheck>(html`<calf-check theme="auto"></calf-check>`);
    const parent = el.parentElement!;
    el.remove();
    root.style.colorScheme = 'dark';
    parent.append(el);
    await becomes(el, DARK_BG, 'read on return');
  });
});

describe('the README’s "blend into the post" recipe, on a dark page', () => {
  let post: HTMLElement;
  afterEach(() => {
    post.remove();
    root.removeAttribute('style');
  });

  it('shows the post behind it, in the post’s font and line height, with every text readable', async () => {
    const readme = await (await fetch('/README.md')).text();
    const recipe = /\*\*Blend into the post\.\*\*[^]*?```html\n([^]*?)```/.exec(readme)![1];
    // A blog with its own dark mode: the root says dark, the post has its own dark background and type.
    root.style.cssText = 'color-scheme: dark; background: #10161a';
    post = document.createElement('article');
    post.style.cssText = 'font: 18px/2.2 Georgia, serif; color: #dde3e8; width: 640px';
    post.innerHTML = `<p>Before the widget.</p>${recipe}<p>After it.</p>`;
    document.body.append(post);
    const el = post.querySelector<CalfCheck>('calf-check')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="cta"]'), 'rendered');
    await el.updateComplete;
    const box = getComputedStyle(container(el));
    expect(parseColor(box.backgroundColor)[3], 'transparent: the post shows through').to.equal(0);
    expect(box.colorScheme).to.equal('dark');
    expect(box.fontFamily).to.equal('Georgia, serif');
    expect(box.fontSize).to.equal('18px');
    const line = getComputedStyle(el.shadowRoot!.querySelector('.lead')!).lineHeight;
    expect(parseFloat(line) / 18, 'the recipe’s line height, not the page’s 2.2 nor the widget’s 1.5').to.be.closeTo(1.7, 0.01);
    for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
    const texts = textContrasts(el);
    expect(texts.length).to.be.greaterThan(30);
    const faint = texts.filter((m) => m.ratio < 4.5).map((m) => `${m.what}: ${m.ratio.toFixed(2)}`);
    expect(faint, 'on the post’s dark background').to.deep.equal([]);
    expect(contrastRatio(parseColor(box.color), parseColor('rgb(16, 22, 26)'))).to.be.greaterThan(7);
  });
});
