import { existsSync, readFileSync, rmSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { recipeBundler } from './tests/helpers/recipe-bundler.mjs';
import { serverRender } from './tests/helpers/server-render.mjs';
import { heldModule } from './tests/helpers/held-module.mjs';
import { withoutWords } from './tests/helpers/without-words.mjs';
import { forcedColorsPlugin } from './tests/helpers/forced-colors-plugin.mjs';
import { browsers } from './tests/infra/browsers.mjs';
import { NODE_TOTALS_FILE } from './tests/infra/node-test-summary.mjs';

/** The strictest policy a host page might send; tests/host-page/ is served with it. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

async function strictHostPage(context, next) {
  await next();
  if (context.path.startsWith('/tests/host-page/')) context.set('Content-Security-Policy', STRICT_CSP);
}

function countTests(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) countTests(child, totals);
}

/** Counts left by `npm run test:node` just before (build plugins, size report), taken once. */
function takeNodeTotals() {
  if (!existsSync(NODE_TOTALS_FILE)) return undefined;
  const totals = JSON.parse(readFileSync(NODE_TOTALS_FILE, 'utf8'));
  rmSync(NODE_TOTALS_FILE);
  return totals;
}

/**
 * Prints a line per engine (and for the Node tests of tests/node/ that ran just before), then the one closing line CI
 * reads: "N passed, N failed, N skipped" (all of them).
 */
function summaryReporter() {
  return {
    stop({ sessions }) {
      const byEngine = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!byEngine.has(name)) byEngine.set(name, { passed: 0, failed: 0, skipped: 0 });
        const totals = byEngine.get(name);
        const before = totals.failed;
        countTests(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && totals.failed === before) totals.failed++;
      }
      const nodeTotals = takeNodeTotals();
      if (nodeTotals) byEngine.set('Node (tests/node/)', nodeTotals);
      const all = { passed: 0, failed: 0, skipped: 0 };
      const line = (t) => `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`;
      let text = '\n';
      for (const [name, totals] of byEngine) {
        text += `${name}: ${line(totals)}\n`;
        for (const key of Object.keys(all)) all[key] += totals[key];
      }
      text += `${line(all)}\n`;
      // Written as the process exits, so it comes after the default reporter's closing output.
      process.once('exit', () => process.stdout.write(text));
    },
  };
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testsFinishTimeout: 180000,
  middleware: [strictHostPage, heldModule(), withoutWords()],
  // a11ySnapshot is not among the runner's default commands; tests/helpers/accessibility-tree.ts uses it, and
  // tests/helpers/media.ts the forced-colours command.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), recipeBundler(), serverRender(), a11ySnapshotPlugin(), forcedColorsPlugin()],
  browsers: await browsers(),
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
