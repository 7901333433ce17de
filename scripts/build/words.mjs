/**
 * Each language's words for dist/calf-check.js and dist/calf-check.hydrate.js, which fetch them from beside
 * themselves (scripts/build/rollup/words-beside.mjs): dist/words/<locale>.js, a module with nothing to import (the
 * `str` tag of @lit/localize inside), so either file, loaded from anywhere, can use it. Built from lit-localize's
 * output (src/generated/locales/) by `npm run build`, after rollup.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

/**
 * A message's key in a words file: the first five characters of its generated id ("s" and four hex digits) instead of
 * all seventeen, 1.2 KB gzip less per language, as random digits barely compress. The loader looks each full id up by
 * the same prefix (words-beside.mjs); ids given by hand (`raises-differ-one`) stay whole. Two messages sharing a
 * prefix would break that, so the build stops if they do.
 */
const SHORT = /^(\s*)'(s[0-9a-f]{4})[0-9a-f]{12}':/gm;

const shortKeys = {
  name: 'short-keys',
  setup(build) {
    build.onLoad({ filter: /generated[/\\]locales[/\\][\w-]+\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const prefixes = [...source.matchAll(SHORT)].map(([, , prefix]) => prefix);
      const shared = prefixes.filter((prefix, index) => prefixes.indexOf(prefix) !== index);
      if (shared.length) throw new Error(`${path}: message ids share a prefix (${shared.join(', ')}): lengthen SHORT`);
      return { contents: source.replace(SHORT, "$1'$2':"), loader: 'ts' };
    });
  },
};

await build({
  entryPoints: targetLocales.map((locale) => ({ in: `src/generated/locales/${locale}.ts`, out: locale })),
  outdir: 'dist/words',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  // The words as they are written, not as \u escapes, which would triple the size of a non-Latin script.
  charset: 'utf8',
  // The words need only the `str` tag, not the rest of @lit/localize's entry (its module-level setup).
  alias: { '@lit/localize': '@lit/localize/internal/str-tag.js' },
  logLevel: 'warning',
  plugins: [shortKeys],
});
