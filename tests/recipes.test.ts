import { expect, waitUntil } from '@open-wc/testing';
import { SCRIPT_URL } from '../demo/configurator/snippet.js';
import type { CalfCheck } from '../src/calf-check.js';

/*
 * Runs every code block of docs/recipes.md as documented: HTML in a fresh page, the Wix fields the way Wix loads a
 * custom element, React and Vue bundled with the real frameworks (tests/helpers/recipe-bundler.mjs). Only the
 * script's address changes, from the CDN to this test server. A block without a check here fails the suite.
 */

interface Block {
  section: string;
  language: string;
  code: string;
}

const markdown = await (await fetch('/docs/recipes.md')).text();

/** The fenced code blocks, each with the `##` section it belongs to. */
function codeBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let section = '';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('## ')) section = lines[i].slice(3).trim();
    const fence = /^```(\w+)/.exec(lines[i]);
    if (!fence) continue;
    const end = lines.indexOf('```', i + 1);
    blocks.push({ section, language: fence[1], code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

const CDN_DIST = SCRIPT_URL.replace(/calf-check\.js$/, '');
const fromTestServer = (code: string) => code.replaceAll(CDN_DIST, '/dist/');

const frames: HTMLIFrameElement[] = [];
async function openPage(srcdoc: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = srcdoc;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis & { dataLayer?: Record<string, unknown>[] };
}

async function rendered(root: ParentNode) {
  await waitUntil(() => root.querySelector('calf-check')?.shadowRoot?.querySelector('[part~="cta"]'), 'widget rendered', {
    timeout: 5000,
  });
  const el = root.querySelector<CalfCheck>('calf-check')!;
  await el.updateComplete;
  return el;
}
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const boxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')];

/** Clicks the booking link and reports whether the browser would have followed it. */
function clickBook(el: CalfCheck) {
  const link = part(el, 'book');
  let followed = false;
  link.ownerDocument.addEventListener('click', (event) => {
    followed = !event.defaultPrevented;
    event.preventDefault(); // keep the test page where it is
  }, { once: true });
  link.click();
  return followed;
}

/** The widget a snippet configures shows what its attributes say, and no longer draws the snippet's fallback. */
function expectConfigured(el: CalfCheck, code: string) {
  const url = /booking-url="([^"]+)"/.exec(code)?.[1];
  if (url) expect(part(el, 'book').getAttribute('href')).to.equal(url);
  const clinic = /clinic-name="([^"]+)"/.exec(code)?.[1];
  if (clinic) expect(part(el, 'book').textContent).to.contain(clinic);
  const fallback = [...el.children].filter((child) => !child.hasAttribute('slot'));
  if (/<calf-check[^>]*>\s*<h\d/.test(code)) {
    expect(fallback[0].textContent, 'the fallback heading is the widget’s').to.equal(part(el, 'heading').textContent);
  }
  for (const child of fallback) expect(child.getClientRects().length, `${child.localName} not drawn`).to.equal(0);
}

const checks: Record<string, (block: Block) => Promise<void>> = {
  async html(block) {
    const win = await openPage(fromTestServer(block.code));
    const el = await rendered(win.document);
    expectConfigured(el, block.code);
    if (block.section === 'Open your own booking popup') {
      expect(clickBook(el), 'the link is cancelled').to.be.false;
      expect(win.document.querySelector('dialog')!.open, 'the popup opens').to.be.true;
    }
    if (block.section === 'Count it in your analytics') {
      boxes(el)[0].click();
      boxes(el)[1].click();
      clickBook(el);
      const events = win.dataLayer!.filter((entry) => String(entry.event).startsWith('calf_check'));
      // Used once (two ticks), then booked; nothing about the answers: no count, no band, no sign.
      expect(events).to.deep.equal([{ event: 'calf_check_used' }, { event: 'calf_check_book' }]);
      const pushed = JSON.stringify(win.dataLayer);
      for (const answer of ['signs', 'band', 'some', 'stiffAnkles', 'earlyHeelLift']) expect(pushed, 'no answers').not.to.contain(answer);
    }
  },

  /** Wix's Custom Element: a script address loaded as a classic script, a tag name, attributes set one by one. */
  async text(block) {
    const field = (name: string) => new RegExp(`^${name}:\\s+(.+)$`, 'm').exec(block.code)![1].trim();
    const attributes = [...block.code.matchAll(/^(?:Attributes:)?\s+([a-z-]+) = (.+)$/gm)].map((m) => [m[1], m[2].trim()]);
    expect(attributes.length).to.be.greaterThan(0);
    const win = await openPage('<!doctype html><body></body>');
    const el = win.document.createElement(field('Tag name'));
    for (const [name, value] of attributes) el.setAttribute(name, value);
    win.document.body.append(el);
    const before = new Set(Object.keys(win));
    const script = win.document.createElement('script'); // no type="module"
    script.src = fromTestServer(field('Server URL'));
    const ran = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    win.document.head.append(script);
    await ran;
    const widget = await rendered(win.document);
    for (const [name, value] of attributes) expect(widget.getAttribute(name)).to.equal(value);
    expect(part(widget, 'book').getAttribute('href')).to.equal(attributes.find(([name]) => name === 'booking-url')![1]);
    expect(part(widget, 'phone').getAttribute('href')).to.equal('tel:+442079460000');
    // A classic script's top-level names would land on the page; the bundle is one closed function. Only Lit's own
    // registries (litHtmlVersions, litPropertyMetadata…, which the ES module sets too) appear.
    const added = Object.keys(win).filter((key) => !before.has(key));
    expect(added.filter((key) => !/^(lit|reactiveElement)[A-Z]/.test(key)), 'globals').to.deep.equal([]);
  },

  /** React: the component from the recipe, rendered by React 19 itself. */
  async jsx(block) {
    const source = `${block.code}\nexport { createElement } from 'react';\nexport { createRoot } from 'react-dom/client';\nexport { flushSync } from 'react-dom';`;
    const recipe = (await import(/* @vite-ignore */ `/__recipe-bundle.js?source=${encodeURIComponent(source)}`)) as {
      BackPainCheck: unknown;
      createElement: (type: unknown, props: unknown) => unknown;
      createRoot: (el: Element) => { render: (node: unknown) => void; unmount: () => void };
      flushSync: (run: () => void) => void;
    };
    const container = document.createElement('div');
    document.body.append(container);
    const booked: unknown[] = [];
    const root = recipe.createRoot(container);
    recipe.flushSync(() => root.render(recipe.createElement(recipe.BackPainCheck, { onBook: (d: unknown) => booked.push(d) })));
    try {
      const el = await rendered(container);
      expectConfigured(el, block.code);
      boxes(el)[0].click();
      boxes(el)[2].click();
      await waitUntil(() => container.textContent.includes('Signs ticked: 2'), 'React state follows the widget');
      clickBook(el);
      expect(booked).to.deep.equal([{ signs: 2, band: 'some', href: 'https://yourclinic.example/book' }]);
    } finally {
      root.unmount();
      container.remove();
    }
  },

  /** Vue: the recipe's app, compiled and mounted by Vue 3 itself. */
  async js(block) {
    const container = Object.assign(document.createElement('div'), { id: 'back-pain-check' });
    document.body.append(container);
    try {
      await import(/* @vite-ignore */ `/__recipe-bundle.js?source=${encodeURIComponent(block.code)}`);
      const el = await rendered(container);
      expectConfigured(el, block.code);
      boxes(el)[3].click();
      await waitUntil(() => container.textContent.includes('Signs ticked: 1'), 'Vue state follows the widget');
    } finally {
      container.remove();
    }
  },
};

describe('docs/recipes.md', () => {
  const blocks = codeBlocks(markdown);

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('has a recipe for each site builder and framework, linked from the README', async () => {
    const sections = new Set(blocks.map((block) => block.section));
    for (const name of ['Plain HTML', 'WordPress', 'Squarespace', 'Wix', 'Webflow', 'Ghost', 'React', 'Vue', 'booking popup', 'analytics']) {
      expect([...sections].some((section) => section.includes(name)), name).to.be.true;
    }
    const readme = await (await fetch('/README.md')).text();
    expect(readme.includes('](docs/recipes.md)'), 'README links the recipes').to.be.true;
  });

  it('is readable as a page: the build renders every section and every code block as HTML', async () => {
    const response = await fetch('/dist/docs/recipes.html');
    expect(response.headers.get('content-type')).to.match(/^text\/html/);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const headings = [...page.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).to.include.members([...new Set(blocks.map((block) => block.section))]);
    const shown = [...page.querySelectorAll('pre code')].map((code) => code.textContent.replace(/\n$/, ''));
    expect(shown).to.deep.equal(blocks.map((block) => block.code));
    // No script of its own (the dev server adds its reload socket to every page it serves).
    const scripts = [...page.querySelectorAll('script')].filter((script) => !script.src.includes('/__web-dev-server'));
    expect(scripts, 'the code blocks stay text').to.have.length(0);
    const configurator = [...page.querySelectorAll('a')].find((a) => a.textContent === 'configurator')!;
    expect(new URL(configurator.getAttribute('href')!, new URL('/dist/docs/recipes.html', location.href)).pathname).to.equal('/demo/configurator.html');
  });

  it('loads the widget from the same address as the configurator’s snippet', () => {
    for (const block of blocks.filter((b) => b.language === 'html')) expect(block.code, block.section).to.contain(SCRIPT_URL);
  });

  // A WordPress shortcode needs WordPress: tests/node/wordpress.test.mjs publishes it on a real one and checks the widget.
  for (const block of blocks.filter((b) => b.language !== 'shortcode')) {
    it(`${block.section}: the ${block.language} block works as documented`, async () => {
      const check = checks[block.language];
      expect(check, `a check for ${block.language} blocks`).to.exist;
      await check(block);
    });
  }
});
