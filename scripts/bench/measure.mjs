// One page load or one click, measured in a fresh browser context (cold cache, no shared state).
import { collect, instrument } from './instrument.mjs';

/** JS heap in use once garbage is collected: what the page keeps, not what it churned through. */
export async function heapUsed(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

/**
 * A mid-range phone on a slow mobile network, as Lighthouse's mobile settings have it: 150 ms round trip, 1.6 Mbps
 * down, 750 kbps up, the CPU four times slower, a 412 px wide screen. Applied by the browser itself (DevTools
 * throttling), so every request and every task of the page pays it.
 */
export const PHONE = { latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8, cpuSlowdown: 4 };

/**
 * Loads `url` and returns its figures: fcp, lcp, ready, rendered, longTaskTotal/Count, cls, heap, and the widget's
 * requests and bytes. With `{ phone: true }`, under the PHONE profile.
 */
export async function measureLoad(browser, url, { phone = false } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    if (phone) {
      await page.emulateNetworkConditions({ download: PHONE.download, upload: PHONE.upload, latency: PHONE.latency });
      await page.emulateCPUThrottling(PHONE.cpuSlowdown);
      await page.setViewport({ width: 412, height: 823, isMobile: true, hasTouch: true });
    }
    await page.evaluateOnNewDocument(instrument);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('content-rendered').length > 0, { timeout: 60000 });
    // Paint and largest-paint entries are delivered asynchronously after the frame.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const figures = await page.evaluate(collect);
    return { ...figures, heap: await heapUsed(page) };
  } finally {
    await context.close();
  }
}

/** Runs in page A: for each answer, the time from the click to the widget's result updated and painted. */
function watchClicks() {
  const samples = (window.__clicks = []);
  let clickedAt = 0;
  addEventListener('click', (event) => (clickedAt = event.timeStamp), true);
  addEventListener('calf-check-change', async (event) => {
    const startedAt = clickedAt;
    const widget = event.target;
    const { signs: expected, answered } = event.detail;
    await widget.updateComplete;
    const updatedAt = performance.now();
    const shown = widget.shadowRoot.querySelector('[part~="result"]').textContent;
    requestAnimationFrame(() =>
      setTimeout(() =>
        // Until the reader has answered, the result invites them to start and shows no count.
        samples.push({ update: updatedAt - startedAt, frame: performance.now() - startedAt, correct: !answered || shown.includes(String(expected)) }),
      ),
    );
  });
}

/** Clicks the widget's checkboxes `count` times (real mouse events) and returns one sample per click. */
export async function measureClicks(browser, url, count) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.evaluateOnNewDocument(instrument);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('content-rendered').length > 0);
    await page.evaluate(watchClicks);
    const boxes = await page.$$('calf-check >>> [part~="checkbox"]');
    if (boxes.length !== 4) throw new Error(`expected 4 checkboxes, found ${boxes.length}`);
    for (let i = 0; i < count; i++) {
      await boxes[i % boxes.length].click();
      await page.waitForFunction((n) => window.__clicks.length >= n, {}, i + 1);
    }
    const samples = await page.evaluate(() => window.__clicks);
    if (samples.some((sample) => !sample.correct)) throw new Error('a click did not update the result correctly');
    return samples;
  } finally {
    await context.close();
  }
}
