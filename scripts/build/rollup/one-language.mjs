// Rollup plugin: bundles what `lit-localize build --config=lit-localize.one-language.json` compiled, one directory per
// language. TypeScript found `./runtime.one-language.ts` for `./runtime.js` (tsconfig.one-language.json's
// moduleSuffixes) but wrote the import as it stands, so the same lookup is made here; and each module's source map
// is read back, so the bundle's map still points at src/.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** @param {{ dir: string }} options the compiled tree of one language, e.g. `build-ts/one-language/fr` */
export default function oneLanguage({ dir }) {
  const inTree = (id) => id.startsWith(join(process.cwd(), dir));
  return {
    name: 'one-language',
    resolveId(source, importer) {
      if (!importer || !inTree(importer) || !source.startsWith('.')) return null;
      const variant = join(dirname(importer), source.replace(/\.js$/, '.one-language.js'));
      return existsSync(variant) ? variant : null;
    },
    async load(id) {
      if (!inTree(id) || !existsSync(`${id}.map`)) return null;
      return { code: await readFile(id, 'utf8'), map: await readFile(`${id}.map`, 'utf8') };
    },
  };
}
