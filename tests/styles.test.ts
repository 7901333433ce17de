import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../src/calf-check.js';
import type { CalfCheck } from '../src/calf-check.js';
import { contrastRatio, parseColor } from '../src/embed/contrast.js';
import { backgroundBehind, textContrasts, type Measure } from './helpers/text-contrast.js';
import { emulateMediaOrSkip, resetMedia } from './helpers/media.js';
import { captureWarnings } from './helpers/warnings.js';
import { TEST_FONT, expectTestFonts } from './helpers/fonts.js';

const shadow = (el: CalfCheck, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const shadowAll = (el: CalfCheck, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const style = (node: Element, pseudo?: string) => getComputedStyle(node, pseudo);
const containerBg = (el: CalfCheck) => style(shadow(el, '[part~="container"]')).backgroundColor;

const pages: HTMLElement[] = [];
afterEach(() => pages.splice(0).forEach((page) => page.remove()));

/**
 * A widget with every optional piece shown: language picker, booking link, phone, two of four signs ticked, disclosures
 * open. It sits in an <x-page> straight under <body>, so page rules aimed at div cannot hide the test's own wrapper.
 */
async function fullWidget(attributes: Record<string, string> = {}, pageCss = '') {
  const page = document.createElement('x-page');
  page.setAttribute('style', `display:block;${pageCss}`);
  const el = document.createElement('calf-check');
  const all = {
    languages: 'en fr',
    'booking-url': 'https://clinic.example/book',
    phone: '555 010 9999',
    'clinic-name': 'Stride',
    'emergency-number': '999',
    'clinic-email': 'clinic@example.com',
    ...attributes,
  };
  for (const [name, value] of Object.entries(all)) el.setAttribute(name, value);
  page.append(el);
  document.body.append(page);
  pages.push(page);
  await el.updateComplete;
  shadowAll(el, '[part~="checkbox"]')
    .slice(0, 2)
    .forEach((box) => box.click());
  for (const details of shadowAll(el, 'details')) (details as HTMLDetailsElement).open = true;
  // Every state of the self-tests: readings, a refused entry with its message, the averages table, the running beat.
  for (const [name, value] of [['kneeToWall.left', '7'], ['kneeToWall.right', '11'], ['heelRaise.left', 'abc'], ['ageBand', '40-49']]) {
    const field = shadow(el, `[name="${name}"]`) as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
  shadow(el, '.pace-button').click();
  await el.updateComplete;
  return el;
}

/** Adds a page stylesheet for one test; the returned function removes it. */
function pageStyle(cssText: string) {
  const sheet = document.createElement('style');
  sheet.textContent = cssText;
  document.head.append(sheet);
  return () => sheet.remove();
}

/** The names a README table documents: the `code` in each row's first cell, and any after "also" in the row. */
async function readmeNames(heading: string): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  if (!section) throw new Error(`README has no "## ${heading}" section`);
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  const names = (text = '') => [...text.matchAll(/`([-a-z]+)`/g)].map((m) => m[1]);
  return [...new Set(rows.flatMap((row) => [...names(row.split('|')[1]), ...names(row.split(/\balso\b/)[1])]))];
}

/** Every part name rendered anywhere in the widget's shadow tree. */
const renderedParts = (el: CalfCheck) =>
  new Set(shadowAll(el, '[part]').flatMap((node) => node.getAttribute('part')!.split(/\s+/)));

/** Nothing sticks out of the widget: no scrolling, no piece wider than its box (the SVG's own drawing is clipped). */
function expectNoOverflow(el: CalfCheck) {
  expect(el.scrollWidth, 'widget scrolls sideways').to.be.at.most(el.clientWidth);
  const box = el.getBoundingClientRect();
  const outside = shadowAll(el, '*')
    .filter((node) => !node.closest('svg') || node.localName === 'svg')
    .filter((node) => {
      const rect = node.getBoundingClientRect();
      return rect.width > 0 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5);
    })
    .map((node) => node.getAttribute('part') ?? node.localName);
  expect(outside, 'pieces wider than the widget').to.deep.equal([]);
}

/** Controls (WCAG 1.4.11, 3:1): the checkbox edge, the ticked box, its tick, and the keyboard focus ring. */
function controlContrasts(el: CalfCheck): Measure[] {
  const boxes = shadowAll(el, '[part~="checkbox"]') as HTMLInputElement[];
  const ticked = boxes.find((box) => box.checked)!;
  const unticked = boxes.find((box) => !box.checked)!;
  const accent = parseColor(style(ticked).backgroundColor);
  const measures = [
    { what: 'unticked checkbox edge', ratio: contrastRatio(parseColor(style(unticked).borderTopColor), backgroundBehind(unticked.parentElement!)) },
    { what: 'ticked checkbox', ratio: contrastRatio(accent, backgroundBehind(ticked.parentElement!)) },
    { what: 'tick mark', ratio: contrastRatio(parseColor(style(ticked, '::before').backgroundColor), accent) },
  ];
  const toggle = shadow(el, '[part~="toggle"]');
  toggle.focus();
  expect(style(toggle).outlineStyle, 'focus ring shows').to.not.equal('none');
  measures.push({ what: 'focus ring', ratio: contrastRatio(parseColor(style(toggle).outlineColor), backgroundBehind(toggle.parentElement!)) });
  toggle.blur();
  return measures;
}

/** Asserts AA for every text and control. */
function expectAA(el: CalfCheck, label: string) {
  const texts = textContrasts(el);
  expect(texts.length, 'enough text was measured').to.be.greaterThan(40);
  const controls = controlContrasts(el);
  const failures = [
    ...texts.filter((m) => m.ratio < 4.5),
    ...controls.filter((m) => m.ratio < 3),
  ].map((m) => `${m.what}: ${m.ratio.toFixed(2)}`);
  expect(failures, `${label} below WCAG AA`).to.deep.equal([]);
}

describe('styles', () => {
  afterEach(resetMedia);

  describe('custom properties', () => {
    /** How each documented property shows inside the widget, with a value no default uses. */
    const probes: Record<string, [value: string, read: (el: CalfCheck) => string, expected: string, attributes?: Record<string, string>]> = {
      '--calf-check-accent': ['rgb(200, 0, 100)', (el) => style(shadow(el, '[part~="book"]')).backgroundColor, 'rgb(200, 0, 100)'],
      '--calf-check-accent-contrast': ['rgb(255, 255, 200)', (el) => style(shadow(el, '[part~="book"]')).color, 'rgb(255, 255, 200)'],
      // The dark twins count only in the dark palette.
      '--calf-check-accent-dark': ['rgb(200, 0, 100)', (el) => style(shadow(el, '[part~="book"]')).backgroundColor, 'rgb(200, 0, 100)', { theme: 'dark' }],
      '--calf-check-accent-contrast-dark': ['rgb(255, 255, 200)', (el) => style(shadow(el, '[part~="book"]')).color, 'rgb(255, 255, 200)', { theme: 'dark' }],
      '--calf-check-line-height': [
        '1.8',
        (el) => {
          const { lineHeight, fontSize } = style(shadow(el, '[part~="item"]'));
          // Engines resolve a number to pixels; the ratio is the number that was set.
          return lineHeight.endsWith('px') ? String(Math.round((parseFloat(lineHeight) / parseFloat(fontSize)) * 100) / 100) : lineHeight;
        },
        '1.8',
      ],
      '--calf-check-bg': ['rgb(250, 240, 230)', (el) => style(shadow(el, '[part~="container"]')).backgroundColor, 'rgb(250, 240, 230)'],
      '--calf-check-fg': ['rgb(10, 20, 30)', (el) => style(shadow(el, '[part~="item"]')).color, 'rgb(10, 20, 30)'],
      '--calf-check-muted': ['rgb(60, 60, 90)', (el) => style(shadow(el, '[part~="disclaimer"]')).color, 'rgb(60, 60, 90)'],
      '--calf-check-border': ['rgb(1, 2, 3)', (el) => style(shadow(el, '[part~="container"]')).borderTopColor, 'rgb(1, 2, 3)'],
      '--calf-check-radius': ['3px', (el) => style(shadow(el, '[part~="container"]')).borderTopLeftRadius, '3px'],
      '--calf-check-font': ['monospace', (el) => style(shadow(el, '[part~="heading"]')).fontFamily, 'monospace'],
      '--calf-check-font-size': ['21px', (el) => style(shadow(el, '[part~="item"]')).fontSize, '21px'],
      '--calf-check-space': ['7px', (el) => style(shadow(el, '[part~="container"]')).rowGap, '7px'],
      '--calf-check-focus-ring': [
        '5px dashed rgb(1, 2, 3)',
        (el) => {
          const toggle = shadow(el, '[part~="toggle"]');
          toggle.focus();
          const { outlineStyle, outlineWidth, outlineColor } = style(toggle);
          return `${outlineWidth} ${outlineStyle} ${outlineColor}`;
        },
        '5px dashed rgb(1, 2, 3)',
      ],
      '--calf-check-max-width': ['300px', (el) => `${el.getBoundingClientRect().width}px`, '300px'],
    };

    it('the README documents exactly the properties tested here', async () => {
      expect(await readmeNames('CSS custom properties')).to.have.members(Object.keys(probes));
    });

    for (const [property, [value, read, expected, attributes = {}]] of Object.entries(probes)) {
      it(`${property} set on the host changes the widget inside`, async () => {
        const plain = await fullWidget(attributes, 'width:800px');
        const before = read(plain);
        const themed = await fullWidget({ ...attributes, style: `${property}: ${value}` }, 'width:800px');
        expect(read(themed)).to.equal(expected);
        expect(before, 'the default differs, so the property made the change').to.not.equal(expected);
      });
    }

    it('one accent rebrands every brand mark: button, ticked box, heading mark, result bar, focus ring, load arrow', async () => {
      const el = await fullWidget({ style: '--calf-check-accent: rgb(200, 0, 100)' });
      const ticked = shadowAll(el, '[part~="checkbox"]').find((box) => (box as HTMLInputElement).checked)!;
      const toggle = shadow(el, '[part~="toggle"]');
      toggle.focus();
      expect([
        style(shadow(el, '[part~="book"]')).backgroundColor,
        style(ticked).backgroundColor,
        style(shadow(el, '[part~="heading"]'), '::before').backgroundColor,
        style(shadow(el, '[part~="result"]')).borderInlineStartColor,
        style(toggle).outlineColor,
        style(shadow(el, '[part~="illustration-load"]')).stroke,
      ]).to.deep.equal(Array(6).fill('rgb(200, 0, 100)'));
    });

    it('is inherited from an ancestor, so one rule can theme every widget on a page', async () => {
      const el = await fullWidget({}, '--calf-check-bg: rgb(250, 240, 230)');
      expect(style(shadow(el, '[part~="container"]')).backgroundColor).to.equal('rgb(250, 240, 230)');
    });

    it("takes the host page's font family and size by default", async () => {
      const el = await fullWidget({}, 'font-family: Georgia, serif; font-size: 19px');
      const heading = shadow(el, '[part~="heading"]');
      expect(style(heading).fontFamily).to.equal('Georgia, serif');
      expect(style(shadow(el, '[part~="item"]')).fontSize).to.equal('19px');
    });
  });

  describe('parts', () => {
    it('a ::part rule from the page restyles the piece, including result variants', async () => {
      const removeStyle = pageStyle(`
        calf-check::part(book) { border-radius: 31px; }
        calf-check::part(result-some) { background-color: rgb(1, 2, 3); }
        calf-check::part(toggle) { letter-spacing: 4px; }
        calf-check::part(subheading) { color: rgb(4, 5, 6); }
        calf-check::part(heading)::before { background-color: rgb(7, 8, 9); }`);
      const el = await fullWidget();
      try {
        expect(style(shadow(el, '[part~="book"]')).borderTopLeftRadius).to.equal('31px');
        expect(style(shadow(el, '[part~="result"]')).backgroundColor).to.equal('rgb(1, 2, 3)');
        expect(style(shadow(el, '[part~="toggle"]')).letterSpacing).to.equal('4px');
        expect(style(shadow(el, '[part~="subheading"]')).color).to.equal('rgb(4, 5, 6)');
        expect(style(shadow(el, '[part~="heading"]'), '::before').backgroundColor, 'the accent mark').to.equal('rgb(7, 8, 9)');
      } finally {
        removeStyle();
      }
    });

    it('every part in the README exists in the rendered widget, and every rendered part is in the README', async () => {
      const documented = await readmeNames('CSS parts');
      const el = await fullWidget();
      const rendered = renderedParts(el);
      // The other two result variants, reached by answering: three signs, then "None of these fit me".
      el.answers = { stiffAnkles: true, earlyHeelLift: true, standingOrStairs: true, calfTightness: false };
      await el.updateComplete;
      renderedParts(el).forEach((part) => rendered.add(part));
      el.shadowRoot!.querySelector<HTMLInputElement>('[part~="none-fit"] input')!.click();
      await el.updateComplete;
      renderedParts(el).forEach((part) => rendered.add(part));
      expect(documented.filter((part) => !rendered.has(part)), 'documented but missing').to.deep.equal([]);
      expect([...rendered].filter((part) => !documented.includes(part)), 'rendered but undocumented').to.deep.equal([]);
    });
  });

  describe('rules', () => {
    /** Every style rule's selectors, from the sheets the widget's shadow root uses, @media and @container included. */
    function selectors(el: CalfCheck): string[] {
      const sheets = [...el.shadowRoot!.adoptedStyleSheets, ...shadowAll(el, 'style').map((node) => (node as HTMLStyleElement).sheet!)];
      const found: string[] = [];
      const walk = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSStyleRule) found.push(...rule.selectorText.split(/,(?![^(]*\))/).map((s) => s.trim()));
          else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
        }
      };
      sheets.forEach((sheet) => walk(sheet.cssRules));
      return found;
    }

    it('every rule styles something the widget renders: no dead CSS', async () => {
      const el = await fullWidget();
      const all = selectors(el);
      expect(all.length, 'rules were read').to.be.greaterThan(40);
      const dead = all
        .filter((selector) => !selector.startsWith(':host'))
        // States and pseudo-elements come and go; what they hang on must exist.
        // So does the scheme class (.scheme-dark, .scheme-system on the container), tested under "theme", and the
        // language (:lang(ko) on the container), tested under "each script's lines".
        .map((selector) => selector.replace(/:has\([^)]*\)|:lang\([^)]*\)|::?(?:before|after|hover|focus-visible|checked)\b|\.scheme-(?:dark|system)\b/g, '') || '*')
        .filter((selector) => !el.shadowRoot!.querySelector(selector));
      expect(dead).to.deep.equal([]);
    });

    it("each script's lines: Korean breaks between words, Japanese and Chinese strictly, Urdu has taller lines", async () => {
      const shown = async (lang: string) => {
        const el = await fixture<CalfCheck>(html`<calf-check lang=${lang}></calf-check>`);
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="container"]')?.getAttribute('lang') === lang, `never shown in ${lang}`);
        const container = el.shadowRoot!.querySelector<HTMLElement>('[part~="container"]')!;
        const { wordBreak, lineBreak, lineHeight, fontSize } = getComputedStyle(container);
        el.remove();
        return { wordBreak, lineBreak, lineHeight: parseFloat(lineHeight) / parseFloat(fontSize) };
      };
      const [ko, ja, zh, ur, en] = [await shown('ko'), await shown('ja'), await shown('zh-Hant'), await shown('ur'), await shown('en')];
      expect([ko.wordBreak, en.wordBreak]).to.deep.equal(['keep-all', 'normal']);
      expect([ja.lineBreak, zh.lineBreak, en.lineBreak]).to.deep.equal(['strict', 'strict', 'auto']);
      expect(ur.lineHeight).to.be.closeTo(en.lineHeight + 0.4, 0.01);
    });

    it('every disclosure toggle, the safety note included, underlines under the pointer and keeps its text colour', async () => {
      const el = await fullWidget();
      const toggles = shadowAll(el, '[part~="toggle"]');
      // The safety note's, the four explainer sections' (Sources last) and the two self-tests'.
      expect(toggles).to.have.length(7);
      expect(toggles.filter((toggle) => toggle.closest('[part~="section-sources"]')), 'the Sources toggle').to.have.length(1);
      try {
        for (const toggle of toggles) {
          toggle.scrollIntoView({ block: 'center' });
          const { left, top, height } = toggle.getBoundingClientRect();
          // Off and back on: after scrolling, the next toggle may sit where the pointer already is, and a move to the
          // same spot does not update :hover in Firefox or WebKit.
          await sendMouse({ type: 'move', position: [0, 0] });
          await nextFrame(); // Firefox and WebKit update :hover on the frame after the move
          const away = style(toggle);
          expect(away.textDecorationLine, `${toggle.textContent} away from the pointer`).to.equal('none');
          const colourAway = away.color;
          await sendMouse({ type: 'move', position: [Math.round(left + 4), Math.round(top + height / 2)] });
          await nextFrame();
          expect(style(toggle).textDecorationLine, `${toggle.textContent} under the pointer`).to.equal('underline');
          // The cue is not a colour: text never takes the accent, which only has to stand out 3:1.
          expect(style(toggle).color, `${toggle.textContent} under the pointer`).to.equal(colourAway);
        }
      } finally {
        await resetMouse();
      }
    });
  });

  describe('theme', () => {
    it('is light by default and reflects to the attribute', async () => {
      const el = await fullWidget();
      expect(el.theme).to.equal('light');
      expect(el.getAttribute('theme')).to.equal('light');
      expect(containerBg(el)).to.equal('rgb(255, 255, 255)');
      expect(style(shadow(el, '[part~="container"]')).colorScheme).to.equal('light');
    });

    it('dark turns the widget dark, native bits included', async () => {
      const el = await fullWidget({ theme: 'dark' });
      const bg = parseColor(containerBg(el));
      const fg = parseColor(style(shadow(el, '[part~="item"]')).color);
      expect(contrastRatio(bg, parseColor('rgb(0, 0, 0)')), 'background near black').to.be.below(1.5);
      expect(contrastRatio(fg, parseColor('rgb(255, 255, 255)')), 'text near white').to.be.below(1.5);
      expect(style(shadow(el, '[part~="container"]')).colorScheme).to.equal('dark');
    });

    it('dark and auto-in-dark pass axe, colour contrast included', async function () {
      await expect(await fullWidget({ theme: 'dark' })).to.be.accessible();
      const auto = await fullWidget({ theme: 'auto' });
      await emulateMediaOrSkip(this, { colorScheme: 'dark' });
      await expect(auto).to.be.accessible();
    });

    it('switches when the property is set from JavaScript', async () => {
      const el = await fullWidget();
      const light = containerBg(el);
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(containerBg(el)).to.not.equal(light);
    });

    it("keeps a clinic's own custom properties over the dark defaults", async () => {
      const el = await fullWidget({ theme: 'dark', style: '--calf-check-accent: rgb(200, 0, 100)' });
      expect(style(shadow(el, '[part~="book"]')).backgroundColor).to.equal('rgb(200, 0, 100)');
    });

    it('auto follows the reader’s colour scheme, and changes live', async function () {
      const light = await fullWidget();
      const dark = await fullWidget({ theme: 'dark' });
      const auto = await fullWidget({ theme: 'auto' });
      await emulateMediaOrSkip(this, { colorScheme: 'dark' });
      expect(containerBg(auto)).to.equal(containerBg(dark));
      expect(containerBg(light), 'light stays light when the system is dark').to.equal('rgb(255, 255, 255)');
      await emulateMediaOrSkip(this, { colorScheme: 'light' });
      expect(containerBg(auto)).to.equal(containerBg(light));
    });

    it('accepts any case and spaces without a warning', async () => {
      let el!: CalfCheck;
      const warnings = await captureWarnings(async () => {
        el = await fullWidget({ theme: ' Dark ' });
      });
      expect(warnings).to.deep.equal([]);
      expect(el.getAttribute('theme')).to.equal('dark');
    });

    it('an unknown value warns, naming theme, and falls back to light', async () => {
      let el!: CalfCheck;
      const warnings = await captureWarnings(async () => {
        el = await fullWidget({ theme: 'midnight' });
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('theme').and.contain('"light", "dark" or "auto"');
      expect(el.theme).to.equal('light');
      expect(containerBg(el)).to.equal('rgb(255, 255, 255)');
    });
  });

  describe('contrast (WCAG AA, measured in the rendered widget)', () => {
    it('light', async () => {
      expectAA(await fullWidget(), 'light');
    });

    it('dark', async () => {
      expectAA(await fullWidget({ theme: 'dark' }), 'dark');
    });

    it('auto, with the system in dark and in light', async function () {
      const el = await fullWidget({ theme: 'auto' });
      await emulateMediaOrSkip(this, { colorScheme: 'dark' });
      expectAA(el, 'auto (dark)');
      await emulateMediaOrSkip(this, { colorScheme: 'light' });
      expectAA(el, 'auto (light)');
    });

    // A brand colour is for graphics (WCAG 1.4.11 asks 3:1 of them), so no text may be written in it: with an accent
    // that only just reaches 3:1, and text on it chosen as the configurator's textOn would, every text still reads 4.5:1.
    for (const [theme, accent, onAccent] of [
      ['light', '#4d96eb', '#111111'],
      ['dark', '#3568a3', '#ffffff'],
    ]) {
      it(`${theme}, with a mid-tone accent that stands out only 3:1 (${accent}): no text depends on it`, async () => {
        const el = await fullWidget({ theme, style: `--calf-check-accent: ${accent}; --calf-check-accent-contrast: ${onAccent}` });
        const button = parseColor(style(shadow(el, '[part~="book"]')).backgroundColor);
        expect(contrastRatio(button, parseColor(containerBg(el))), 'the accent applies, at about 3:1').to.be.within(3, 3.1);
        expectAA(el, `${theme} with ${accent}`);
      });
    }

    describe('the demo gallery looks', () => {
      let link: HTMLLinkElement;
      before(async () => {
        link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/themes.css' });
        document.head.append(link);
        await new Promise((resolve, reject) => {
          link.onload = resolve;
          link.onerror = reject;
        });
      });
      after(() => link.remove());

      for (const [look, theme] of [
        ['clinical', 'light'],
        ['clinical', 'dark'],
        ['sports', 'light'],
        ['blog', 'light'],
      ]) {
        it(`${look} (${theme})`, async () => {
          const el = await fullWidget({ class: `look-${look}`, theme });
          const plain = await fullWidget({ theme });
          expect(containerBg(el), 'the look applies').to.not.equal(containerBg(plain));
          expectAA(el, `${look} (${theme})`);
        });
      }
    });
  });

  describe('layout', () => {
    const longName = 'Physiotherapiezentrum-Rückenschmerzbehandlung-Wadenmuskulatur';

    for (const width of [280, 900]) {
      it(`fits a ${width} px column with no horizontal overflow, even with a long unbroken clinic name`, async () => {
        const el = await fullWidget({ 'clinic-name': longName }, `width:${width}px`);
        expect(el.getBoundingClientRect().width).to.be.at.most(width);
        expectNoOverflow(el);
      });
    }

    it('puts the picture beside the introduction in a wide column and under it in a narrow one (container query)', async () => {
      const sideBySide = async (width: number) => {
        const el = await fullWidget({}, `width:${width}px`);
        const lead = shadow(el, '.lead').getBoundingClientRect();
        const picture = shadow(el, '[part~="illustration"]').getBoundingClientRect();
        return picture.left >= lead.right && picture.top < lead.bottom;
      };
      expect(await sideBySide(900)).to.equal(true);
      expect(await sideBySide(280)).to.equal(false);
    });

    it('keeps a usable width inside a flex row instead of collapsing to nothing', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="display:flex;width:700px"><calf-check></calf-check></div>`);
      const el = wrapper.querySelector('calf-check')!;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.least(280);
      expectNoOverflow(el);
    });
  });

  describe('before the module loads', () => {
    it("the README's one CSS line reserves the widget's height, so the page barely moves when it appears", async () => {
      const readme = await (await fetch('/README.md')).text();
      // The whole CSS block under "No layout shift": the reservation and the keyframes that drop it.
      const reserve = /\*\*No layout shift\.\*\*[^]*?```css\n([^]*?)```/.exec(readme)![1];
      expect(reserve).to.match(/@keyframes/);
      // A blog post's type in a named font: the widget's height, and so the shift, changes with the font.
      expectTestFonts();
      const frame = Object.assign(document.createElement('iframe'), {
        srcdoc: `<style>${reserve} body { font: 17px/1.6 ${TEST_FONT} }</style><calf-check></calf-check><p>Rest of the post</p>`,
      });
      frame.style.cssText = 'width:700px;height:1500px;border:0';
      const loaded = new Promise((resolve) => (frame.onload = resolve));
      pages.push(frame);
      document.body.append(frame);
      await loaded;
      const page = frame.contentDocument!;
      const textTop = () => page.querySelector('p')!.getBoundingClientRect().top;
      const reserved = textTop();
      const script = Object.assign(page.createElement('script'), { type: 'module', src: new URL('/dist/calf-check.js', location.href).href });
      page.head.append(script);
      await frame.contentWindow!.customElements.whenDefined('calf-check');
      await (page.querySelector('calf-check') as CalfCheck).updateComplete;
      const rendered = textTop();
      expect(reserved, 'space was reserved').to.be.greaterThan(500);
      expect(Math.abs(rendered - reserved) / rendered, 'shift as a share of the height').to.be.below(0.05);
    });
  });

  describe('in a hostile host page', () => {
    /** Global rules real pages have shipped: universal resets, text styles on body, tag rules that hide things. */
    const hostile = `
      * { box-sizing: content-box !important; line-height: 3 !important; letter-spacing: 0.4em; word-spacing: 1em;
          text-transform: uppercase; text-align: right; text-indent: 3em; white-space: pre; font-style: italic;
          font-weight: 900; font-variant: small-caps; color: rgb(255, 0, 0); text-shadow: 0 0 3px red; cursor: wait;
          hyphens: auto; word-break: break-all; fill: red; stroke: red; padding: 0; margin: 0; }
      div, p, section, fieldset, legend, label, span, ul, li, a, details, summary { position: absolute; display: none !important; }
      button, input, svg, img { display: none !important; }
      input[type='checkbox'] { appearance: auto; width: 40px; }`;

    it('cannot hide, move or restyle anything inside: the layout is the same pixel for pixel', async () => {
      const el = await fullWidget({}, 'width:400px');
      const snapshot = () => {
        // Relative to the widget: the hostile rules may move the page around it, just not its insides.
        // Rounded to 1/100 px: the host's own offset moves, and subtracting it leaves float noise in SVG boxes.
        const host = el.getBoundingClientRect();
        const px = (value: number) => value.toFixed(2);
        const parts = shadowAll(el, '[part]').map((node) => {
          const { x, y, width, height } = node.getBoundingClientRect();
          return `${node.getAttribute('part')} ${px(x - host.x)},${px(y - host.y)} ${px(width)}x${px(height)}`;
        });
        const item = style(shadow(el, '[part~="item"]'));
        return { parts, text: [item.lineHeight, item.letterSpacing, item.textTransform, item.textAlign, item.whiteSpace, item.fontStyle, item.color] };
      };
      const clean = snapshot();
      const removeStyle = pageStyle(hostile);
      try {
        expect(snapshot()).to.deep.equal(clean);
        expect(shadow(el, '[part~="book"]').checkVisibility()).to.equal(true);
        expectNoOverflow(el);
      } finally {
        removeStyle();
      }
    });

    it('still obeys a page that hides or disables a whole region', async () => {
      const hidden = await fullWidget({}, 'visibility: hidden');
      const disabled = await fullWidget({}, 'pointer-events: none');
      expect(shadowAll(hidden, '[part]').filter((node) => style(node).visibility !== 'hidden')).to.deep.equal([]);
      expect(style(shadow(disabled, '[part~="checkbox"]')).pointerEvents).to.equal('none');
    });

    it('still reads AA and still answers clicks', async () => {
      const removeStyle = pageStyle(hostile);
      try {
        const el = await fullWidget();
        expectAA(el, 'hostile page');
        (shadowAll(el, '[part~="checkbox"]')[3] as HTMLInputElement).click();
        await el.updateComplete;
        expect(shadow(el, '[part~="result"]').getAttribute('part')).to.equal('result result-most');
      } finally {
        removeStyle();
      }
    });
  });
});
