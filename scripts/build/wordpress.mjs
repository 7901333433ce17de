/**
 * Builds the WordPress plugin: wordpress/ (its PHP, the block, and readme.txt for the plugin directory) plus the
 * built widget (dist/calf-check.js, the classic build, their source maps, the words of each language they fetch), each
 * one-language module (served when every widget on a page shows that language) and the embed contract (build/embed.json), zipped under one calf-check/ folder as WordPress expects
 * → dist/wordpress/calf-check.zip. Run by `npm run build` after rollup.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { translationFiles } from './wordpress-i18n.mjs';
import { withoutMapComment, zip } from './zip.mjs';

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

/**
 * The embed contract (src/embed/contract.ts: the languages, the reservation line, the palettes, the attribute names
 * and the fallback's templates in every language, from the widget's own compiled translations), bundled for Node
 * here, so the PHP holds no copy of any of it.
 */
export async function embedContract() {
  const bundled = await build({ entryPoints: ['src/embed/contract.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  const { embedContract } = await import(`data:text/javascript,${encodeURIComponent(bundled.outputFiles[0].text)}`);
  return embedContract();
}

export async function pluginFiles() {
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
    // Without their source maps, which would double the zip; so without the comment that points at one either.
    ...[sourceLocale, ...targetLocales].map((locale) => [
      `build/calf-check.${locale}.js`,
      withoutMapComment(`dist/calf-check.${locale}.js`),
    ]),
    // Each language's words, which build/calf-check.js fetches from beside itself for a widget that shows it.
    ...targetLocales.map((locale) => [
      `build/words/${locale}.js`,
      withoutMapComment(`dist/words/${locale}.js`),
    ]),
    ['build/embed.json', Buffer.from(JSON.stringify(await embedContract()))],
    // The plugin's own words compiled from wordpress/languages/*.po: .mo, .l10n.php and the block editor's JSON.
    ...translationFiles(),
  ].map(([path, data]) => [`${SLUG}/${path.split('\\').join('/')}`, data]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(OUT, { recursive: true });
  // Beside the widget too, for the benchmark's pages and anyone writing the tag from another language.
  writeFileSync('dist/embed.json', JSON.stringify(await embedContract(), null, 2));
  const archive = zip(await pluginFiles());
  writeFileSync(`${OUT}/${SLUG}.zip`, archive);
  console.log(`${OUT}/${SLUG}.zip: ${(archive.length / 1024).toFixed(1)} KB`);
}
