/**
 * What a clinic hosting the widget itself copies to its site when its widgets may show any language (a picker, or
 * the language left to the page): dist/calf-check.zip, with calf-check.js and the words/ folder it fetches each
 * language from, both at the top so they unzip side by side. The configurator offers it. Run by `npm run build`
 * after the words are built.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { withoutMapComment, zip } from './zip.mjs';

export function selfHostingFiles() {
  const words = readdirSync('dist/words').filter((name) => name.endsWith('.js')).sort();
  return [
    ['calf-check.js', withoutMapComment('dist/calf-check.js')],
    ...words.map((name) => [`words/${name}`, withoutMapComment(`dist/words/${name}`)]),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const archive = zip(selfHostingFiles());
  writeFileSync('dist/calf-check.zip', archive);
  console.log(`dist/calf-check.zip: ${(archive.length / 1024).toFixed(1)} KB`);
}
