import { expect } from '@open-wc/testing';
import { LOCALES } from '../src/i18n/locales.js';

interface PackageJson {
  type: string;
  main: string;
  types: string;
  exports: Record<string, string | { types: string; default: string }>;
  customElements: string;
  files: string[];
  sideEffects: string[];
}

const pkg = (await (await fetch('/package.json')).json()) as PackageJson;
const rootTypes = () => (pkg.exports['.'] as { types: string }).types;
const served = async (path: string) => (await fetch(`/${path.replace(/^\.\//, '')}`)).status;

// The type declarations are checked by the type checker itself: tests/types/package-types.ts imports the package
// by name, as a consumer would, and fails `npm run typecheck` if the tag or event types go missing.
describe('package.json', () => {
  it('is an ES module package whose entry, types and manifest all exist after the build', async () => {
    expect(pkg.type).to.equal('module');
    const root = pkg.exports['.'] as { types: string; default: string };
    expect(root.default).to.equal('./dist/calf-check.js');
    expect(root.types).to.equal(`./${pkg.types}`);
    expect(pkg.customElements).to.equal('custom-elements.json');
    for (const path of [root.default, root.types, pkg.main, pkg.customElements, pkg.exports['./classic'] as string]) {
      expect(await served(path), path).to.equal(200);
    }
  });

  it('exports a module and a classic script for every language, each built, all with the same types', async () => {
    for (const locale of LOCALES) {
      expect(pkg.exports[`./${locale}`]).to.deep.equal({ types: rootTypes(), default: `./dist/calf-check.${locale}.js` });
      expect(pkg.exports[`./${locale}/classic`]).to.equal(`./dist/calf-check.${locale}.classic.js`);
    }
    for (const entry of Object.values(pkg.exports)) {
      const path = typeof entry === 'string' ? entry : entry.default;
      expect(await served(path), path).to.equal(200);
    }
  });

  it('ships the bundle first, and nothing but what a CDN serves (no sources, tests or demo)', () => {
    expect(pkg.files[0]).to.equal('dist/calf-check.js');
    // The translation tables' declarations are internal: no public type refers to them. The words each language
    // needs, which calf-check.js fetches from beside itself, are shipped beside it.
    expect(pkg.files).to.include('dist/words/');
    for (const file of pkg.files) {
      expect(file).to.match(/^(dist\/calf-check\.(\*\.)?js(\.map)?|dist\/ssr\.js(\.map)?|dist\/words\/|dist\/types\/|!dist\/types\/generated\/locales\/|custom-elements\.json)$/);
    }
  });

  it('marks every script it exports as having side effects (each defines <calf-check>)', () => {
    const patterns = pkg.sideEffects.map((glob) => new RegExp(`^${glob.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`));
    for (const entry of Object.values(pkg.exports)) {
      const path = typeof entry === 'string' ? entry : entry.default;
      if (path.endsWith('.js')) expect(patterns.some((pattern) => pattern.test(path)), path).to.equal(true);
    }
  });
});
