/** The ZIP writer and reader: what one writes the other reads back byte for byte, and damage is refused. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzip, zip } from '../../scripts/build/zip.mjs';

const FILES = [
  ['calf-check/readme.txt', Buffer.from('=== calf-check ===\nÉtirements, mollets.\n')],
  ['calf-check/build/empty.json', Buffer.alloc(0)],
  ['calf-check/build/random.bin', Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251))],
];

test('unzip() reads back every file zip() wrote, names and bytes', () => {
  assert.deepEqual(unzip(zip(FILES)), FILES);
});

test('unzip() refuses an entry whose bytes differ from its CRC', () => {
  const archive = zip([['a.txt', Buffer.from('calves and ankles')]]);
  // One bit of the CRC the central directory records for a.txt, changed: the bytes no longer match it.
  const damaged = Buffer.from(archive);
  const central = damaged.readUInt32LE(damaged.length - 22 + 16);
  damaged.writeUInt32LE((damaged.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16);
  assert.throws(() => unzip(damaged), /a\.txt: damaged/);
});

test('unzip() refuses what is not a ZIP archive', () => {
  assert.throws(() => unzip(Buffer.from('not an archive')), /not a ZIP archive/);
});

test('the self-hosting zip holds calf-check.js and every language’s words beside it, as built', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const files = new Map(unzip(readFileSync('dist/calf-check.zip')));
  const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  assert.deepEqual([...files.keys()].sort(), ['calf-check.js', ...targetLocales.map((locale) => `words/${locale}.js`)].sort());
  const built = (path) => readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  assert.equal(files.get('calf-check.js').toString(), built('dist/calf-check.js'));
  for (const name of readdirSync('dist/words').filter((file) => file.endsWith('.js'))) {
    assert.equal(files.get(`words/${name}`).toString(), built(`dist/words/${name}`), name);
  }
});
