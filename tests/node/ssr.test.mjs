// calf-check/ssr in Node, as a static-site generator or a server framework calls it: the built dist/ssr.js.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderCalfCheck } from '../../dist/ssr.js';

/** Runs `render` and returns what it resolved to with the console.warn lines it caused. */
async function withWarnings(render) {
  const warnings = [];
  const original = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    return [await render(), warnings];
  } finally {
    console.warn = original;
  }
}

const heading = (html) => /part="heading"[^>]*>(?:<!--[^>]*-->)*([^<]+)/.exec(html)?.[1];

test('renders the host tag with its attributes and its shadow root as a declarative template', async () => {
  const html = await renderCalfCheck({ 'booking-url': 'https://clinic.example/book', 'clinic-name': 'Stride' }, { lang: 'fr' });
  assert.match(html, /^<calf-check\s+booking-url="https:\/\/clinic\.example\/book" clinic-name="Stride"[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /<\/template><\/calf-check>$/);
  assert.equal(heading(html), 'Et si c’étaient vos mollets\u00a0?');
  assert.match(html, /part="container" class="container scheme-light" lang="fr" dir="ltr"/);
  assert.match(html, /href="https:\/\/clinic\.example\/book"/);
});

test('writes no box as ticked (the four signs, "None of these fit me", the pace guide\'s "Tick aloud") and only the current language as selected', async () => {
  const html = await renderCalfCheck({ languages: 'en fr de' }, { lang: 'de' });
  const boxes = html.match(/<input[^>]*type="checkbox"[^>]*>/g);
  assert.equal(boxes.length, 6);
  for (const box of boxes) assert.doesNotMatch(box, /\bchecked\b/);
  assert.deepEqual(html.match(/<option[^>]*>/g).filter((option) => /\bselected\b/.test(option)).length, 1);
  assert.match(html, /<option value="de" lang="de" selected/);
});

test('escapes every attribute value, so none can close its quote or open a tag', async () => {
  const value = '"><img src=x onerror=alert(1)><script>alert(2)</script>&amp;';
  const [html] = await withWarnings(() => renderCalfCheck({ 'clinic-name': value, phone: value }));
  assert.doesNotMatch(html, /<img|<script/);
  assert.match(html, /clinic-name="&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;&lt;script&gt;alert\(2\)&lt;\/script&gt;&amp;amp;"/);
  // The name is shown as text in the call to book, escaped there too.
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
});

test('leaves out attribute names that are not plain names, event handlers first, with a warning for each', async () => {
  const [html, warnings] = await withWarnings(() =>
    renderCalfCheck({ onclick: 'alert(1)', 'x" onload="alert(2)': '', 'booking-url': 'https://clinic.example/book', '<b>': '' }),
  );
  assert.match(html, /^<calf-check\s+booking-url="https:\/\/clinic\.example\/book"[ >]/);
  assert.doesNotMatch(html.slice(0, html.indexOf('<template')), /onclick|onload|<b>/);
  assert.equal(warnings.length, 3);
  assert.ok(warnings.every((line) => line.startsWith('<calf-check>: ignored attribute name=')));
});

test('the element’s own lang outranks the page’s; a language not shipped renders English, with a warning', async () => {
  assert.equal(heading(await renderCalfCheck({ lang: 'es' }, { lang: 'fr' })), '¿Tienen algo que ver tus pantorrillas?');
  const [html, warnings] = await withWarnings(() => renderCalfCheck({}, { lang: 'sv' }));
  assert.equal(heading(html), 'Is it your calves?');
  assert.deepEqual(warnings.length, 1);
  assert.match(warnings[0], /lang="sv"/);
});

test('overlapping renders each keep their own language: each one\'s heading and text direction', async () => {
  const langs = ['fr', 'de', 'en', 'ar', 'zh-Hans', 'pt-BR', 'es', 'fr', 'ja', 'ur', 'zh-Hant', 'hi'];
  const pages = await Promise.all(langs.map((lang) => renderCalfCheck({}, { lang })));
  const containers = pages.map((html) => /part="container" class="container scheme-[a-z]+" lang="([^"]+)" dir="([a-z]+)"/.exec(html));
  assert.deepEqual(containers.map((match) => match[1]), langs);
  assert.deepEqual(containers.map((match) => match[2]), langs.map((lang) => (lang === 'ar' || lang === 'ur' ? 'rtl' : 'ltr')));
  // The same heading for the two French renders, a different one for each other language.
  assert.equal(new Set(pages.map(heading)).size, langs.length - 1);
  assert.equal(heading(pages[0]), heading(pages[7]));
});

test('never sets a window, not even for a moment, for other code in the process to mistake for a browser', async () => {
  const set = [];
  Object.defineProperty(globalThis, 'window', { configurable: true, get: () => undefined, set: (value) => {
    set.push(value);
  } });
  try {
    await Promise.all([renderCalfCheck({}, { lang: 'de' }), renderCalfCheck({}, { lang: 'fr' })]);
  } finally {
    delete globalThis.window;
  }
  assert.deepEqual(set, []);
  assert.equal(typeof globalThis.window, 'undefined');
});
