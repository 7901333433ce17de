// custom-elements.json, read by editors, Storybook and the README tables (scripts/docs/api-tables.mjs).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
};
