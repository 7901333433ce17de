// docs/server-rendering.md's Eleventy recipe, built by Eleventy itself: its config and page, copied from the doc as
// they stand, into a site of its own whose node_modules/calf-check is this package, built (dist/ssr.js).
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import Eleventy from '@11ty/eleventy';

/** The fenced blocks of one `##` section of a Markdown file, by language. */
function blocksOf(markdown, section) {
  const start = markdown.indexOf(`## ${section}`);
  const text = markdown.slice(start, markdown.indexOf('\n## ', start + 1) >>> 0 || undefined);
  return [...text.matchAll(/^```(\w+)\n([^]*?)\n```$/gm)].map(([, language, code]) => ({ language, code }));
}

test('the Eleventy recipe builds a page with the widget server-rendered, ready to hydrate', async () => {
  const site = await mkdtemp(join(tmpdir(), 'calf-check-eleventy-'));
  await mkdir(join(site, 'src'));
  await mkdir(join(site, 'node_modules'));
  await symlink(resolve('.'), join(site, 'node_modules', 'calf-check'), 'dir');
  try {
    await buildAndCheck(site);
  } finally {
    await rm(site, { recursive: true });
  }
});

/** Writes the recipe's config and page into `site`, builds it with Eleventy and checks the page it wrote. */
async function buildAndCheck(site) {
  const doc = await readFile('docs/server-rendering.md', 'utf8');
  const [config, page] = blocksOf(doc, 'Eleventy 3');
  assert.deepEqual([config.language, page.language], ['js', 'html']);
  await writeFile(join(site, 'eleventy.config.js'), config.code);
  await writeFile(join(site, 'src', 'index.html'), page.code);

  const eleventy = new Eleventy(join(site, 'src'), join(site, '_site'), { quietMode: true, configPath: join(site, 'eleventy.config.js') });
  await eleventy.write();
  const html = await readFile(join(site, '_site', 'index.html'), 'utf8');

  assert.match(html, /<calf-check\s+booking-url="https:\/\/yourclinic\.example\/book" clinic-name="Your Clinic"[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /part="heading"[^>]*>(<!--[^>]*-->)*Is it your calves\?/);
  assert.match(html, /<a[^>]*part="book"[^>]*href="https:\/\/yourclinic\.example\/book"/);
  assert.match(html, /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/calf-check@0\.1\.0\/dist\/calf-check\.hydrate\.js"><\/script>/);
  assert.doesNotMatch(html, /\{%/, 'every shortcode ran');
}
