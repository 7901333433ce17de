import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rebase, recipesPage } from '../../scripts/docs/recipes-page.mjs';

test('rebases links written relative to docs/ onto the page in dist/docs/', () => {
  assert.equal(rebase('../demo/configurator.html'), '../../demo/configurator.html');
  assert.equal(rebase('../README.md#theming'), '../../README.md#theming');
  for (const href of ['https://example.com/', '#plain-html', '/demo/', 'mailto:a@b.example']) assert.equal(rebase(href), href);
});

test('renders headings, links and code blocks, code escaped as text', () => {
  const page = recipesPage('# Recipes\n\nSee the [configurator](../demo/configurator.html).\n\n## Plain\n\n```html\n<script src="x.js"></script>\n```\n');
  assert.match(page, /<title>Recipes<\/title>/);
  assert.match(page, /<h2[^>]*>Plain<\/h2>/);
  assert.match(page, /<a href="..\/..\/demo\/configurator.html">configurator<\/a>/);
  assert.match(page, /&lt;script src=&quot;x.js&quot;&gt;&lt;\/script&gt;/);
  assert.doesNotMatch(page, /<script src="x.js">/);
});
