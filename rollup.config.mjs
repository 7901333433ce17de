import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import stripMsgDesc from './scripts/rollup-strip-msg-desc.mjs';
import sharedMsgIds from './scripts/rollup-shared-msg-ids.mjs';

/** The same pipeline for every bundle: TypeScript, minified templates, resolved imports, terser. */
const plugins = (include) => [
  typescript({ tsconfig: './tsconfig.json', include, outDir: 'dist', sourceMap: true }),
  // Weight the reader never uses: translators' notes, and the same message ids once per language.
  stripMsgDesc(),
  sharedMsgIds(),
  minifyHTML(),
  resolve({ browser: true }),
  // The plugin turns on `module` for ES output itself, and leaves it off for the classic script.
  terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: 'src/calf-check.ts',
    output: [
      /** One self-contained ES module: Lit, styles and every locale inside, nothing else to fetch. */
      { file: 'dist/calf-check.js', format: 'es', sourcemap: true },
      /**
       * The same element as a classic script, for site builders that take a script URL and may not load it as a
       * module (Wix's Custom Element). No `name`: one closed function that leaves no global behind.
       */
      { file: 'dist/calf-check.classic.js', format: 'iife', sourcemap: true },
    ],
    plugins: plugins(['src/**/*.ts']),
    onwarn(warning, warn) {
      // The classic script exports nothing on purpose (see above); every other warning is shown.
      if (warning.code !== 'MISSING_NAME_OPTION_FOR_IIFE_EXPORT') warn(warning);
    },
  },
  {
    /** The clinic configurator's page script (demo/configurator.html); not part of the package. */
    input: 'demo/configurator/main.ts',
    output: { file: 'dist/demo/configurator.js', format: 'es', sourcemap: true },
    plugins: plugins(['src/**/*.ts', 'demo/configurator/*.ts']),
  },
];
