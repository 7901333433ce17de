// Rollup plugin: lit-localize's runtime locale modules each repeat every message id (a 17-character
// hash) next to its translation, six times over in a bundle with six translations. This lists the
// ids once, in a virtual module, and turns each locale's `templates` object into an array of
// translations in that order; the object rebuilt at load is the same one lit-localize generated.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import MagicString from 'magic-string';

const VIRTUAL = 'calf-check:msg-ids';

/** The object literal of `export const templates = {…}`, or undefined. */
function templatesObject(ast) {
  for (const node of ast.body) {
    const declarator = node.type === 'ExportNamedDeclaration' ? node.declaration?.declarations?.[0] : undefined;
    if (declarator?.id.name === 'templates' && declarator.init?.type === 'ObjectExpression') return declarator.init;
  }
  return undefined;
}

const keyOf = (property) => property.key.value ?? property.key.name;

/** @param {{ dir?: string }} [options] where lit-localize writes its locale modules (`output.outputDir`) */
export default function sharedMsgIds({ dir = 'src/generated/locales' } = {}) {
  const localeModule = new RegExp(`${dir.replace(/[/\\]/g, '[/\\\\]')}[/\\\\][\\w-]+\\.[jt]s$`);
  let ids = [];
  return {
    name: 'shared-msg-ids',
    async buildStart() {
      const files = (await readdir(dir).catch(() => [])).filter((file) => /\.[jt]s$/.test(file));
      const all = new Set();
      for (const file of files) {
        const object = templatesObject(this.parse(await readFile(join(dir, file), 'utf8')));
        for (const property of object?.properties ?? []) all.add(keyOf(property));
      }
      ids = [...all].sort();
    },
    // No \0 prefix on the id: rollup leaves such modules out of the source map, and the size report reads it.
    resolveId: (source) => (source === VIRTUAL ? VIRTUAL : null),
    load(id) {
      if (id !== VIRTUAL) return null;
      const code = new MagicString(`const ids = ${JSON.stringify(ids)};
export const templatesOf = (translations) => {
  const templates = {};
  translations.forEach((translation, i) => (templates[ids[i]] = translation));
  return templates;
};`);
      // Mapped to a source of its own, so the size report can tell the id list from its neighbours.
      return { code: code.toString(), map: code.generateMap({ hires: true, source: VIRTUAL, includeContent: true }) };
    },
    transform(code, id) {
      if (!localeModule.test(id)) return null;
      const object = templatesObject(this.parse(code));
      if (!object) return null;
      const translations = new Array(ids.length).fill('');
      for (const property of object.properties) {
        const index = ids.indexOf(keyOf(property));
        if (index === -1) this.error(`message id ${keyOf(property)} of ${id} was not in ${dir} when the build started`);
        translations[index] = code.slice(property.value.start, property.value.end);
      }
      const edits = new MagicString(code);
      // A missing translation stays a hole in the array, so the id keeps its place and gets no entry.
      edits.overwrite(object.start, object.end, `templatesOf([${translations.join(',')}])`);
      edits.prepend(`import { templatesOf } from '${VIRTUAL}';\n`);
      return { code: edits.toString(), map: edits.generateMap({ hires: true }) };
    },
  };
}
