import { expect } from '@open-wc/testing';

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

  it('ships the bundle first, and nothing but what a CDN serves (no sources, tests or demo)', () => {
    expect(pkg.files[0]).to.equal('dist/calf-check.js');
    // The translation tables' declarations are internal: no public type refers to them.
    for (const file of pkg.files) {
      expect(file).to.match(/^(dist\/calf-check\.(classic\.)?js(\.map)?|dist\/types\/|!dist\/types\/generated\/locales\/|custom-elements\.json)$/);
    }
    expect(pkg.sideEffects).to.include('./dist/calf-check.js');
  });
});
