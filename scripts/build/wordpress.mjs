/**
 * Builds the WordPress plugin: wordpress/ plus the built widget (dist/calf-check.js, the classic build, their
 * source maps) and the list of shipped languages, zipped under one calf-check/ folder as WordPress expects
 * → dist/wordpress/calf-check.zip. Run by `npm run build` after rollup.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zip } from './zip.mjs';

const SLUG = 'calf-check';
const OUT = 'dist/wordpress';
const WIDGET = ['calf-check.js', 'calf-check.js.map', 'calf-check.classic.js', 'calf-check.classic.js.map'];

/** Every file under `dir`, as paths relative to it, in a stable order. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

export function pluginFiles() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const main = readFileSync(`wordpress/${SLUG}.php`, 'utf8');
  // The plugin's version is the package's: WordPress shows it, and it busts caches of the widget's URL.
  for (const [what, pattern] of [
    ['header Version', /^ \* Version:\s+(\S+)$/m],
    ['CALF_CHECK_VERSION', /'CALF_CHECK_VERSION', '([^']+)'/],
  ]) {
    const found = pattern.exec(main)?.[1];
    if (found !== version) throw new Error(`wordpress/${SLUG}.php: ${what} is ${found}, package.json says ${version}`);
  }
  const { sourceLocale, targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  return [
    ...filesUnder('wordpress').map((path) => [path, readFileSync(join('wordpress', path))]),
    ...WIDGET.map((name) => [`build/${name}`, readFileSync(join('dist', name))]),
    ['build/locales.json', Buffer.from(JSON.stringify([sourceLocale, ...targetLocales]))],
  ].map(([path, data]) => [`${SLUG}/${path.split('\\').join('/')}`, data]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(OUT, { recursive: true });
  const archive = zip(pluginFiles());
  writeFileSync(`${OUT}/${SLUG}.zip`, archive);
  console.log(`${OUT}/${SLUG}.zip: ${(archive.length / 1024).toFixed(1)} KB`);
}
