// Lint for the element, its tests, the demo and the scripts. Part of `npm test` (`npm run lint`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  // src/generated/ is written by lit-localize from locales/*.xlf.
  { ignores: ['dist/', 'build-ts/', 'node_modules/', 'src/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', 'scripts/*/*.mjs', 'scripts/build/rollup/*.mjs', 'tests/*/*.mjs', 'tests/infra/wordpress/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // The one-language program's own modules (its runtime and language controller) belong to its tsconfig, which
    // resolves them in place of the all-language ones.
    files: ['src/**/*.one-language.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.one-language.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'tests/**/*.ts'],
    extends: [lit.configs['flat/all'], wc.configs['flat/best-practice']],
    rules: {
      // Lists rendered with .map() inside a template are Lit's documented idiom; a helper per list adds nothing.
      'lit/no-template-map': 'off',
    },
  },
  {
    // The layout's promises. Words and pure logic hold no templates, so they do not import Lit: they run in the
    // readability check, the configurator and the plugin's build as well as in the element.
    files: [
      'src/words.ts',
      'src/sections/*/words.ts',
      'src/sections/*/scoring.ts',
      'src/sections/*/readings.ts',
      'src/sections/*/text.ts',
      'src/sections/explainer/sources.ts',
      'src/attributes.ts',
      'src/safe-url.ts',
      'src/i18n/locales.ts',
      'src/i18n/formats.ts',
      'src/i18n/page-lang.ts',
      'src/embed/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'], message: 'Words and logic do not import Lit: move the template to a view.' },
            { group: ['**/demo/**', '**/tests/**'], message: 'src/ ships: it may not import the demo or the tests.' },
          ],
        },
      ],
    },
  },
  {
    // The widget is what ships: nothing in src/ reaches into the demo or the tests, and no view chooses a language.
    files: ['src/**/*.ts'],
    ignores: ['src/words.ts', 'src/sections/*/words.ts', 'src/sections/*/scoring.ts', 'src/sections/*/readings.ts', 'src/sections/*/text.ts', 'src/sections/explainer/sources.ts', 'src/attributes.ts', 'src/safe-url.ts', 'src/i18n/locales.ts', 'src/i18n/formats.ts', 'src/i18n/page-lang.ts', 'src/embed/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/demo/**', '**/tests/**'], message: 'src/ ships: it may not import the demo or the tests.' }] },
      ],
    },
  },
  {
    files: ['src/sections/*/view.ts', 'src/templates/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/demo/**', '**/tests/**'], message: 'src/ ships: it may not import the demo or the tests.' },
            { group: ['**/i18n/runtime*', '**/i18n/locale-controller*'], message: 'A view is given its language; it does not choose or load one.' },
          ],
        },
      ],
    },
  },
  {
    // Node scripts and tool configs are plain JavaScript: type-aware rules have no types to check.
    files: ['**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark and the WordPress test hand some of their functions to the page (puppeteer's evaluate): they run
    // in the browser. So does the test fonts' check, which the browser tests import too.
    files: ['scripts/bench/*.mjs', 'tests/node/wordpress.test.mjs', 'tests/infra/layout-fonts.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The WordPress block's editor script: plain JavaScript on WordPress's globals, shipped as it is.
    files: ['wordpress/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.browser, wp: 'readonly' }, sourceType: 'script' },
  },
  {
    // Plain scripts a test page loads as they are, without a build.
    files: ['tests/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Chai assertions are expressions (`expect(x).to.be.true`), and tests reach into the shadow root.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // @open-wc/semantic-dom-diff types every `expect(…).to.equal()` as a Promise, so each assertion would be flagged.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
