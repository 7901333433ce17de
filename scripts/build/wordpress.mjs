/**
 * Builds the WordPress plugin: wordpress/ (its PHP, the block, and readme.txt for the plugin directory) plus the
 * built widget (dist/calf-check.js, the classic build, their source maps), each one-language module (served when
 * every widget on a page shows that language), the list of shipped languages and the widget's fallback words in each
 * of them, zipped under one calf-check/ folder as WordPress expects
 * → dist/wordpress/calf-check.zip. Run by `npm run build` after rollup.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
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

/** Stand-ins the plugin replaces with the clinic's name and phone, each escaped where it is put. */
const CLINIC = '{clinic}';
const PHONE = '{phone}';

/**
 * What the plugin writes inside each `<calf-check>` for a reader whose browser never runs the script: the heading,
 * introduction and call to book, per language, taken from the same compiled translations the widget and the
 * configurator's fallback use (demo/configurator/fallback.ts, bundled for Node here), so the PHP holds no copy.
 */
async function fallbackWords(locales) {
  const bundled = await build({ entryPoints: ['demo/configurator/fallback.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  const { fallbackText } = await import(`data:text/javascript,${encodeURIComponent(bundled.outputFiles[0].text)}`);
  const words = {};
  for (const locale of locales) {
    const plain = fallbackText(locale, '', '');
    const named = fallbackText(locale, CLINIC, PHONE);
    words[locale] = { heading: plain.heading, lead: plain.lead, book: plain.book, bookAt: named.book, call: named.call, noBooking: plain.noBooking, noBookingAt: named.noBooking };
    for (const key of ['bookAt', 'noBookingAt', 'call']) {
      const stand = key === 'call' ? PHONE : CLINIC;
      if (!words[locale][key].includes(stand)) throw new Error(`${locale}: the ${key} words lost the ${stand} stand-in: ${words[locale][key]}`);
    }
  }
  return words;
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
      Buffer.from(readFileSync(`dist/calf-check.${locale}.js`, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')),
    ]),
    ['build/locales.json', Buffer.from(JSON.stringify([sourceLocale, ...targetLocales]))],
    ['build/fallback.json', Buffer.from(JSON.stringify(await fallbackWords([sourceLocale, ...targetLocales])))],
  ].map(([path, data]) => [`${SLUG}/${path.split('\\').join('/')}`, data]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(OUT, { recursive: true });
  const archive = zip(await pluginFiles());
  writeFileSync(`${OUT}/${SLUG}.zip`, archive);
  console.log(`${OUT}/${SLUG}.zip: ${(archive.length / 1024).toFixed(1)} KB`);
}
