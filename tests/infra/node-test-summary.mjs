// node --test reporter: counts the Node-side tests (build plugins, size report) and hands the
// counts to web-test-runner's summary, so `npm test` still ends with one line for every test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where web-test-runner.config.mjs picks the counts up (and removes them once added). */
export const NODE_TOTALS_FILE = 'node_modules/.cache/calf-check/node-test-totals.json';

export default async function* nodeTestSummary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue; // a describe() block, not a test
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else totals.failed++;
  }
  mkdirSync(dirname(NODE_TOTALS_FILE), { recursive: true });
  writeFileSync(NODE_TOTALS_FILE, JSON.stringify(totals));
  yield `node tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
}
