// `npm run bench:lighthouse`: Lighthouse (its default mobile run, simulated throttling) on the demo
// page, in Debian's Chromium; prints the four category scores. Reports, asserts nothing.
import lighthouse from 'lighthouse';
import { launchChromium } from './browser.mjs';
import { startServer } from './server.mjs';

const server = await startServer(process.cwd());
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const url = `${server.origin}/demo/index.html`;
  const { lhr } = await lighthouse(url, { logLevel: 'error', output: 'json' }, undefined, page);
  console.log(`\nLighthouse ${lhr.lighthouseVersion} on demo/index.html (${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling):`);
  console.table(
    Object.fromEntries(Object.values(lhr.categories).map((category) => [category.title, Math.round(category.score * 100)])),
  );
  const failing = Object.values(lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative');
  if (failing.length) console.log('Audits below full marks:', failing.map((audit) => `${audit.id} (${audit.score})`).join(', '));
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  console.log(metrics.map((id) => `${lhr.audits[id].title}: ${lhr.audits[id].displayValue}`).join('; '));
} finally {
  await browser.close();
  await server.close();
}
