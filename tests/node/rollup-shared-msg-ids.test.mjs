import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import sharedMsgIds from '../../scripts/build/rollup/shared-msg-ids.mjs';

/** Two locale modules shaped like lit-localize's runtime output; German lacks one translation. */
const LOCALES = {
  fr: `const str = (strings, ...values) => ({ strTag: true, strings: [...strings], values });
export const templates = {
  's0a1b2c3d4e5f6a7b': \`Vérifiez les quatre signes\`,
  's1111111111111111': str\`Appeler le \${0}\`,
  'signs-count-one': str\`\${0} signe sur \${1}\`,
};`,
  de: `export const templates = {
  's0a1b2c3d4e5f6a7b': \`Prüfen Sie die vier Anzeichen\`,
  'signs-count-one': \`eins\`,
};`,
};

async function build(plugins) {
  const root = mkdtempSync(join(tmpdir(), 'msg-ids-'));
  const dir = join(root, 'generated', 'locales');
  mkdirSync(dir, { recursive: true });
  for (const [locale, code] of Object.entries(LOCALES)) writeFileSync(join(dir, `${locale}.js`), code);
  const entry = join(root, 'entry.js');
  writeFileSync(entry, `export { templates as fr } from './generated/locales/fr.js';\nexport { templates as de } from './generated/locales/de.js';`);
  const bundle = await rollup({ input: entry, plugins: plugins(dir) });
  const { output } = await bundle.generate({ format: 'es' });
  const file = join(root, 'out.mjs');
  writeFileSync(file, output[0].code);
  return { code: output[0].code, module: await import(file) };
}

test('each locale gets back exactly the templates lit-localize generated', async () => {
  const before = await build(() => []);
  const after = await build((dir) => [sharedMsgIds({ dir })]);
  assert.deepEqual(after.module.fr, before.module.fr);
  assert.deepEqual(after.module.de, before.module.de);
  assert.equal(after.module.fr.s1111111111111111.strings[0], 'Appeler le ');
  assert.equal('s1111111111111111' in after.module.de, false, 'a missing translation stays missing');
});

test('the bundle names each message id once', async () => {
  const { code } = await build((dir) => [sharedMsgIds({ dir })]);
  for (const id of ['s0a1b2c3d4e5f6a7b', 's1111111111111111', 'signs-count-one']) {
    assert.equal(code.split(id).length - 1, 1, id);
  }
});

test('a locale module with an id unknown at the start of the build fails the build', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'msg-ids-'));
  writeFileSync(join(dir, 'de.js'), LOCALES.de);
  const plugin = sharedMsgIds({ dir });
  const context = { parse: parseAst, error: (message) => { throw new Error(message); } };
  await plugin.buildStart.call(context);
  const edited = LOCALES.de.replace("'signs-count-one'", "'s9999999999999999'");
  assert.throws(() => plugin.transform.call(context, edited, join(dir, 'de.js')), /message id s9999999999999999/);
});
