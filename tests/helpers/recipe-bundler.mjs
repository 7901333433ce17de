// Test-server plugin: bundles a framework recipe from docs/recipes.md (React JSX, Vue) with its real framework, the
// way a clinic's own build would, so tests/recipes.test.ts runs the documented code itself. Node side only.
import { build } from 'esbuild';

export const RECIPE_BUNDLE_PATH = '/__recipe-bundle.js';

/** `import 'calf-check'` in a recipe loads the built element the test server serves, like a package would. */
const calfCheckFromDist = {
  name: 'calf-check-from-dist',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^calf-check$/ }, () => ({ path: '/dist/calf-check.js', external: true }));
  },
};

export function recipeBundler() {
  return {
    name: 'recipe-bundler',
    async serve(context) {
      if (context.path !== RECIPE_BUNDLE_PATH) return undefined;
      const source = context.URL.searchParams.get('source') ?? '';
      const result = await build({
        stdin: { contents: source, loader: 'jsx', resolveDir: process.cwd(), sourcefile: 'recipe.jsx' },
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        // Vue compiles the recipe's template string in the browser, which needs its full build.
        alias: { vue: 'vue/dist/vue.esm-bundler.js' },
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        plugins: [calfCheckFromDist],
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
