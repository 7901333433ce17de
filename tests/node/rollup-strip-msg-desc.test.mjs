import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseAst } from 'rollup/parseAst';
import stripMsgDesc from '../../scripts/build/rollup/strip-msg-desc.mjs';

const ID = '/project/src/content.ts';
const strip = (code, id = ID) => stripMsgDesc().transform.call({ parse: parseAst }, code, id)?.code ?? code;

test('drops the whole options argument when desc is its only option', () => {
  assert.equal(strip(`msg('Hi', { desc: 'Greeting.' });`), `msg('Hi');`);
  assert.equal(strip('msg(str`Call ${phone}`, {\n  desc: "Phone link.",\n});'), 'msg(str`Call ${phone}`);');
});

test('keeps every other option, such as id', () => {
  assert.equal(strip(`msg('Hi', { desc: 'Greeting.', id: 'hi' });`), `msg('Hi', { id: 'hi' });`);
  assert.equal(strip(`msg('Hi', { id: 'hi', desc: 'Greeting.' });`), `msg('Hi', { id: 'hi' });`);
  assert.equal(strip(`msg('Hi', {\n  id: 'hi',\n  desc: 'Greeting.',\n});`), `msg('Hi', {\n  id: 'hi',\n});`);
});

test('leaves msg() without options, other functions and other modules alone', () => {
  for (const code of [`msg('Hi');`, `other('Hi', { desc: 'kept' });`, `msg('Hi', options);`]) assert.equal(strip(code), code);
  const vendor = `msg('Hi', { desc: 'kept' });`;
  assert.equal(strip(vendor, '/project/node_modules/lib/index.js'), vendor);
});

test('the result is still valid JavaScript with every message in place', () => {
  const stripped = strip(`export const a = () => msg('A', { desc: 'x' }), b = (n) => msg(str\`\${n} B\`, { desc: 'y' });`);
  assert.doesNotThrow(() => parseAst(stripped));
  assert.match(stripped, /msg\('A'\)/);
  assert.match(stripped, /msg\(str`\$\{n\} B`\)/);
});

test('the built bundle carries no translator description', { skip: !existsSync('dist/calf-check.js') && 'not built' }, () => {
  const sources = ['src/words.ts', ...readdirSync('src/sections').map((section) => `src/sections/${section}/words.ts`)]
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const descs = [...sources.matchAll(/desc:\s*(['"])((?:\\.|(?!\1).)+)\1/g)].map((match) => match[2]);
  assert.ok(descs.length > 10, 'the words modules have translator descriptions');
  const bundle = readFileSync('dist/calf-check.js', 'utf8');
  assert.deepEqual(descs.filter((desc) => bundle.includes(desc)), []);
});
