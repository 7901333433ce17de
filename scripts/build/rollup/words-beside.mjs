// Rollup plugin for the browser files: src/i18n/words-loader.ts (which, run from the sources, imports every
// language's module) becomes a loader of `words/<locale>.js` from beside the built script, resolved from the
// script's own URL, so it works from a CDN, a plugin folder or a clinic's own site, and a reader downloads only the
// languages the page shows. The words files themselves are built from src/generated/locales/ (rollup.config.mjs).
const LOADER = /[/\\]src[/\\]i18n[/\\]words-loader\.[jt]s$/;
const VIRTUAL = '\0calf-check:words-beside';

export default function wordsBeside() {
  return {
    name: 'words-beside',
    async resolveId(source, importer, options) {
      if (!/words-loader\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && LOADER.test(resolved.id) ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      // Taken once as the module loads: a classic script knows its own address only while it first runs.
      // Each words file keys a message by the first five characters of its id (scripts/build/words.mjs).
      return `const WORDS = new URL('./words/', import.meta.url);
const key = (id) => (typeof id === 'string' && /^s[0-9a-f]{16}$/.test(id) ? id.slice(0, 5) : id);
export const loadWords = (locale) =>
  import(new URL(locale + '.js', WORDS).href).then(({ templates }) => ({
    templates: new Proxy(templates, { get: (byKey, id) => byKey[key(id)] }),
  }));`;
    },
  };
}
