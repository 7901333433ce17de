import { test } from 'node:test';
import assert from 'node:assert/strict';
import MagicString, { Bundle } from 'magic-string';
import { breakdown, groupOf, textByGroup } from '../../scripts/checks/bundle-breakdown.mjs';

test('groups sources the way the size report reads them', () => {
  assert.equal(groupOf('../node_modules/lit-html/lit-html.js'), 'Lit');
  assert.equal(groupOf('../node_modules/@lit/reactive-element/css-tag.js'), 'Lit');
  assert.equal(groupOf('../node_modules/@lit/localize/init/runtime.js'), '@lit/localize runtime');
  assert.equal(groupOf('../src/generated/locales/de.ts'), 'locale de');
  assert.equal(groupOf('../src/locales/pt-BR.ts'), 'locale pt-BR');
  assert.equal(groupOf('../src/styles.ts'), 'src/styles.ts');
  assert.equal(groupOf('../calf-check:msg-ids'), 'message ids (listed once for all locales)');
  assert.equal(groupOf(null), 'unmapped (module glue)');
});

/** A two-file bundle with a real source map, like rollup's output on a small scale. */
function bundleOf(files) {
  const bundle = new Bundle();
  for (const [filename, content] of Object.entries(files)) bundle.addSource({ filename, content: new MagicString(content) });
  return { code: bundle.toString(), map: bundle.generateMap({ hires: true, file: 'out.js' }).toString() };
}

test('gives every character of the bundle to the file it came from', () => {
  const styles = 'const styles = ":host{display:block}";';
  const lit = 'export class LitElement extends HTMLElement {}';
  const { code, map } = bundleOf({ 'src/styles.ts': styles, 'node_modules/lit-element/lit-element.js': lit });
  const groups = textByGroup(code, map);
  assert.equal([...groups.values()].join('').length, code.length);
  assert.match(groups.get('src/styles.ts'), /:host\{display:block\}/);
  assert.match(groups.get('Lit'), /class LitElement/);
  assert.doesNotMatch(groups.get('Lit'), /:host/);
});

test('a heavier part costs more: rows come heaviest first, with a positive gzip cost', () => {
  const words = Array.from({ length: 400 }, (_, i) => `word${(i * 7919) % 1000}`).join(' ');
  const { code, map } = bundleOf({ 'src/locales/de.ts': `export const t = "${words}";`, 'src/warn.ts': 'console.warn(1);' });
  const rows = breakdown(code, map);
  assert.deepEqual(rows.map((row) => row.group).slice(0, 2), ['locale de', 'src/warn.ts']);
  assert.ok(rows[0].gzipMarginal > rows[1].gzipMarginal && rows[1].gzipMarginal > 0);
});
