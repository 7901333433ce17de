import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import stripMsgDesc from './scripts/build/rollup/strip-msg-desc.mjs';
import sharedMsgIds from './scripts/build/rollup/shared-msg-ids.mjs';
import oneLanguage from './scripts/build/rollup/one-language.mjs';
import wordsBeside from './scripts/build/rollup/words-beside.mjs';

/** The languages `lit-localize build --config=lit-localize.one-language.json` compiled, each into build-ts/one-language/<locale>/. */
const oneLanguageConfig = JSON.parse(readFileSync('./lit-localize.one-language.json', 'utf8'));
const oneLanguageLocales = [oneLanguageConfig.sourceLocale, ...oneLanguageConfig.targetLocales];

/** After the sources: minified templates, resolved imports, terser. */
const finish = ({ browser = true } = {}) => [
  minifyHTML(),
  resolve({ browser }),
  // The plugin turns on `module` for ES output itself, and leaves it off for the classic script.
  terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * The same pipeline for every bundle compiled here from TypeScript. The server's templates must come out exactly as
 * the browser's (hydration matches them by a hash of their text), so the server module goes through it too.
 */
const plugins = (include, options) => [
  typescript({ tsconfig: './tsconfig.json', include, outDir: 'dist', sourceMap: true }),
  // Weight the reader never uses: translators' notes, and the same message ids once per language.
  stripMsgDesc(),
  sharedMsgIds(),
  ...finish(options),
];

/** A browser file in English that fetches any other language's words when a widget first shows it. */
const browserPlugins = () => [wordsBeside(), ...plugins(['src/**/*.ts'])];

const onwarn = (warning, warn) => {
  // The classic script exports nothing on purpose (see below); every other warning is shown.
  if (warning.code !== 'MISSING_NAME_OPTION_FOR_IIFE_EXPORT') warn(warning);
};

export default [
  {
    input: 'src/calf-check.ts',
    output: [
      /**
       * One ES module: Lit, the styles and the English words inside; each other language's words are fetched from
       * words/ beside it (scripts/build/words.mjs) the first time a widget on the page shows that language.
       */
      { file: 'dist/calf-check.js', format: 'es', sourcemap: true },
      /**
       * The same element as a classic script, for site builders that take a script URL and may not load it as a
       * module (Wix's Custom Element). No `name`: one closed function that leaves no global behind.
       */
      { file: 'dist/calf-check.classic.js', format: 'iife', sourcemap: true },
    ],
    plugins: browserPlugins(),
    onwarn,
  },
  /**
   * The element with Lit's hydration support loaded first, for pages rendered by `calf-check/ssr`: it takes the
   * server's shadow roots over instead of drawing them again. Its own file, so no other page pays for it.
   */
  {
    input: 'src/hydrate.ts',
    output: { file: 'dist/calf-check.hydrate.js', format: 'es', sourcemap: true },
    plugins: browserPlugins(),
  },
  /**
   * `calf-check/ssr` for Node: the element and its server render, with Lit, @lit/localize and @lit-labs/ssr left to
   * the package's dependencies (one Lit for the renderer and the element, resolved with Node's conditions).
   */
  {
    input: 'src/ssr.ts',
    output: { file: 'dist/ssr.js', format: 'es', sourcemap: true },
    external: (id) => /^(lit|lit-html|lit-element|@lit|@lit-labs)(\/|$)/.test(id),
    plugins: plugins(['src/**/*.ts'], { browser: false }),
  },
  /**
   * One file per language, every message already in it (no translations to carry, no @lit/localize runtime), and
   * its classic script. TypeScript compiled each language once, before rollup, in one program.
   */
  ...oneLanguageLocales.map((locale) => ({
    input: `build-ts/one-language/${locale}/calf-check.js`,
    output: [
      { file: `dist/calf-check.${locale}.js`, format: 'es', sourcemap: true },
      { file: `dist/calf-check.${locale}.classic.js`, format: 'iife', sourcemap: true },
    ],
    plugins: [oneLanguage({ dir: `build-ts/one-language/${locale}` }), ...finish()],
    onwarn,
  })),
  {
    /** The clinic configurator's page script (demo/configurator.html); not part of the package. */
    input: 'demo/configurator/main.ts',
    output: { file: 'dist/demo/configurator.js', format: 'es', sourcemap: true },
    plugins: plugins(['src/**/*.ts', 'demo/configurator/*.ts']),
  },
];
