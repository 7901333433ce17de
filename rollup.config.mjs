import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import stripMsgDesc from './scripts/rollup-strip-msg-desc.mjs';
import sharedMsgIds from './scripts/rollup-shared-msg-ids.mjs';

/** One self-contained ES module: Lit, styles and every locale inside, nothing else to fetch. */
export default {
  input: 'src/calf-check.ts',
  output: {
    file: 'dist/calf-check.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], outDir: 'dist', sourceMap: true }),
    stripMsgDesc(),
    sharedMsgIds(),
    minifyHTML(),
    resolve({ browser: true }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
