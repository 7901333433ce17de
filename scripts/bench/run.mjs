// `npm run bench`: the widget (A), its one-language file (A1) and the widget rendered by calf-check/ssr and
// hydrated (S), each against the same content as static HTML and CSS (B), in headless Chromium; then 1/10/100
// instances and click → result; then A, A on a French page (A-fr), A1, S and B again under a phone profile.
// Prints tables; asserts nothing.
import { cpus } from 'node:os';
import { launchChromium } from './browser.mjs';
import { PHONE, measureClicks, measureLoad } from './measure.mjs';
import { WIDGET_ATTRIBUTES, serverRenderedPage, snapshotWidget, staticPage, widgetPage } from './pages.mjs';
import { startServer } from './server.mjs';
import { median, ratio } from './stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const PHONE_RUNS = Number(process.env.BENCH_PHONE_RUNS ?? 9);
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 7);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 60);
const SCALES = [1, 10, 100];

const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const medians = (runs, key) => median(runs.map((run) => run[key]));

const server = await startServer(process.cwd());
const browser = await launchChromium();
try {
  console.log(`Chromium ${await browser.version()}, ${cpus().length} CPU cores; ${RUNS} alternating runs of A, A1, S and B.\n`);

  // B is built at bench time from what A renders: the same strings, picture and CSS, no JavaScript.
  server.pages.set('/a-1.html', widgetPage(1));
  const snapshotContext = await browser.createBrowserContext();
  const snapshotTab = await snapshotContext.newPage();
  await snapshotTab.goto(`${server.origin}/a-1.html`, { waitUntil: 'load' });
  await snapshotTab.waitForFunction(() => document.querySelector('calf-check')?.shadowRoot?.querySelector('[part~="result"]'));
  const snapshot = await snapshotTab.evaluate(snapshotWidget);
  await snapshotContext.close();
  for (const count of SCALES) {
    server.pages.set(`/a-${count}.html`, widgetPage(count));
    server.pages.set(`/b-${count}.html`, staticPage(snapshot, count));
  }
  // The page is English, so A1 is the English file; S is what calf-check/ssr (the built dist/ssr.js) writes.
  server.pages.set('/a1-1.html', widgetPage(1, '/dist/calf-check.en.js'));
  server.pages.set('/afr-1.html', widgetPage(1, '/dist/calf-check.js', 'fr'));
  const { renderCalfCheck } = await import('../../dist/ssr.js');
  server.pages.set('/s-1.html', serverRenderedPage(await renderCalfCheck(WIDGET_ATTRIBUTES, { lang: 'en' })));

  // Rotate the order of the four pages so that whatever else the machine does weighs on each alike; two warm-up
  // loads each.
  const SIDES = ['a', 'a1', 's', 'b'];
  const loads = Object.fromEntries(SIDES.map((side) => [side, []]));
  for (let i = -2; i < RUNS; i++) {
    const shift = ((i % SIDES.length) + SIDES.length) % SIDES.length;
    const order = [...SIDES.slice(shift), ...SIDES.slice(0, shift)];
    for (const side of order) {
      const figures = await measureLoad(browser, `${server.origin}/${side}-1.html`);
      if (i >= 0) loads[side].push(figures);
    }
  }
  const rows = [
    ['widget script downloaded (not B)', 'script', ms],
    ['first contentful paint', 'fcp', ms],
    ['largest contentful paint', 'lcp', ms],
    ['content in the DOM (A, A1: first update done; S: hydrated)', 'ready', ms],
    ['content rendered (next frame painted)', 'rendered', ms],
    ['long tasks, total over 50 ms (TBT-like)', 'longTaskTotal', ms],
    ['long tasks, count', 'longTaskCount', (value) => String(value)],
    ['cumulative layout shift (S without the reservation line)', 'cls', (value) => value.toFixed(4)],
    ['JS heap after load (after GC)', 'heap', kb],
  ];
  const table = {};
  for (const [label, key, format] of rows) {
    const [a, a1, s, b] = SIDES.map((side) => medians(loads[side], key));
    table[label] = {
      'A widget': format(a),
      'A1 one language': format(a1),
      'S server-rendered': format(s),
      'B static': format(b),
      'A/B': ratio(a, b),
      'A1/B': ratio(a1, b),
      'S/B': ratio(s, b),
    };
  }
  console.log(`One widget vs the same content as static HTML (medians of ${RUNS} runs each):`);
  console.table(table);

  // Scaling: N instances on one page.
  const scaling = {};
  const scaled = {};
  for (const count of SCALES) {
    scaled[count] = { a: [], b: [] };
    for (let i = 0; i < SCALE_RUNS; i++) {
      for (const side of i % 2 ? ['a', 'b'] : ['b', 'a']) {
        scaled[count][side].push(await measureLoad(browser, `${server.origin}/${side}-${count}.html`));
      }
    }
  }
  for (const count of SCALES) {
    const { a, b } = scaled[count];
    const heapPerInstance = count > 1 ? (medians(a, 'heap') - medians(scaled[1].a, 'heap')) / (count - 1) : NaN;
    scaling[`${count} instance(s)`] = {
      'A all rendered': ms(medians(a, 'rendered')),
      'B all rendered': ms(medians(b, 'rendered')),
      'A/B': ratio(medians(a, 'rendered'), medians(b, 'rendered')),
      'A long tasks': ms(medians(a, 'longTaskTotal')),
      'A heap': kb(medians(a, 'heap')),
      'A heap per extra instance': Number.isNaN(heapPerInstance) ? '—' : kb(heapPerInstance),
    };
  }
  console.log(`\nScaling (medians of ${SCALE_RUNS} runs each; "all rendered" = every instance updated and the next frame painted):`);
  console.table(scaling);

  const clicks = await measureClicks(browser, `${server.origin}/a-1.html`, CLICKS);
  console.log(`\nInteraction: checkbox click → result updated, median of ${clicks.length} clicks:`);
  console.table({
    'click → DOM updated': ms(median(clicks.map((sample) => sample.update))),
    'click → next frame painted': ms(median(clicks.map((sample) => sample.frame))),
  });

  const fcpRatio = medians(loads.a, 'fcp') / medians(loads.b, 'fcp');
  const fcpRatioOf = (side) => medians(loads[side], 'fcp') / medians(loads.b, 'fcp');
  const renderedRatio = medians(loads.a, 'rendered') / medians(loads.b, 'rendered');
  const hundred = medians(scaled[100].a, 'rendered');
  // The same pages on a phone: what a reader on a mid-range phone and a slow network waits for.
  const PHONE_SIDES = ['a', 'afr', 'a1', 's', 'b'];
  const phoneLoads = Object.fromEntries(PHONE_SIDES.map((side) => [side, []]));
  for (let i = -1; i < PHONE_RUNS; i++) {
    const shift = ((i % PHONE_SIDES.length) + PHONE_SIDES.length) % PHONE_SIDES.length;
    for (const side of [...PHONE_SIDES.slice(shift), ...PHONE_SIDES.slice(0, shift)]) {
      const figures = await measureLoad(browser, `${server.origin}/${side}-1.html`, { phone: true });
      if (i >= 0) phoneLoads[side].push(figures);
    }
  }
  const phoneMedian = (side, key) => medians(phoneLoads[side], key);
  const PHONE_NAMES = { a: 'A (English page)', afr: 'A-fr (French page)', a1: 'A1 one language', s: 'S server-rendered', b: 'B static' };
  const phoneTable = {};
  for (const side of PHONE_SIDES) {
    phoneTable[PHONE_NAMES[side]] = {
      'widget requests': String(phoneMedian(side, 'requests')),
      'widget KB (gzip)': (phoneMedian(side, 'bytes') / 1024).toFixed(1),
      'first contentful paint': ms(phoneMedian(side, 'fcp')),
      'largest contentful paint': ms(phoneMedian(side, 'lcp')),
      'content rendered': ms(phoneMedian(side, 'rendered')),
      'LCP / B': ratio(phoneMedian(side, 'lcp'), phoneMedian('b', 'lcp')),
      'rendered / B': ratio(phoneMedian(side, 'rendered'), phoneMedian('b', 'rendered')),
    };
  }
  console.log(
    `\nOn a phone (${PHONE.latency} ms round trip, ${((PHONE.download * 8) / 1024 / 1024).toFixed(1)} Mbps down, CPU ${PHONE.cpuSlowdown}× slower; medians of ${PHONE_RUNS} runs each):`,
  );
  console.table(phoneTable);
  const phoneRatio = (side, key) => phoneMedian(side, key) / phoneMedian('b', key);

  const goals = [
    ['paint ratio A/B ≤ 1.25 (first contentful paint)', fcpRatio.toFixed(2), fcpRatio <= 1.25],
    ['paint ratio A/B ≤ 1.25 (content rendered)', renderedRatio.toFixed(2), renderedRatio <= 1.25],
    ['long tasks 0 ms', ms(medians(loads.a, 'longTaskTotal')), medians(loads.a, 'longTaskTotal') === 0],
    ['CLS 0 with the reservation CSS', medians(loads.a, 'cls').toFixed(4), medians(loads.a, 'cls') === 0],
    ['100 instances < 300 ms', ms(hundred), hundred < 300],
    ['one-language file: A1/B ≤ 1.25 (first contentful paint)', fcpRatioOf('a1').toFixed(2), fcpRatioOf('a1') <= 1.25],
    ['server-rendered: S/B ≤ 1.10 (first contentful paint)', fcpRatioOf('s').toFixed(2), fcpRatioOf('s') <= 1.1],
    ['server-rendered: CLS 0 without the reservation line', medians(loads.s, 'cls').toFixed(4), medians(loads.s, 'cls') === 0],
    ['long tasks 0 ms for A1 and S', `${ms(medians(loads.a1, 'longTaskTotal'))}, ${ms(medians(loads.s, 'longTaskTotal'))}`, medians(loads.a1, 'longTaskTotal') === 0 && medians(loads.s, 'longTaskTotal') === 0],
    ['click → update < 16 ms', ms(median(clicks.map((sample) => sample.update))), median(clicks.map((sample) => sample.update)) < 16],
    ['phone: S/B ≤ 1.05 (largest contentful paint)', phoneRatio('s', 'lcp').toFixed(2), phoneRatio('s', 'lcp') <= 1.05],
    ['phone: S/B ≤ 1.05 (content rendered)', phoneRatio('s', 'rendered').toFixed(2), phoneRatio('s', 'rendered') <= 1.05],
    ['phone: A1/B ≤ 1.3 (largest contentful paint)', phoneRatio('a1', 'lcp').toFixed(2), phoneRatio('a1', 'lcp') <= 1.3],
    ['phone: A1/B ≤ 1.3 (content rendered)', phoneRatio('a1', 'rendered').toFixed(2), phoneRatio('a1', 'rendered') <= 1.3],
  ];
  console.log('\nGoals (reported, not asserted):');
  console.table(Object.fromEntries(goals.map(([goal, value, met]) => [goal, { measured: value, met: met ? 'yes' : 'NO' }])));
} finally {
  await browser.close();
  await server.close();
}
