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
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
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
    // Node scripts and tool configs are plain JavaScript: type-aware rules have no types to check.
    files: ['**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark and the WordPress test hand some of their functions to the page (puppeteer's evaluate): they run
    // in the browser. So does the test fonts' check, which the browser tests import too.
    files: ['scripts/bench/*.mjs', 'scripts/wordpress.test.mjs', 'scripts/layout-fonts.mjs'],
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
