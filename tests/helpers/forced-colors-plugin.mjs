/**
 * A test-runner command that turns forced colours (a high-contrast palette) on or off, with the colour scheme that
 * picks its light or dark palette. The runner's own emulateMedia drops `forcedColors` on Puppeteer, and only
 * Chromium's CDP emulates the feature; elsewhere the command fails with "not supported", which the tests' helper
 * turns into a skip.
 */
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
      if (!page || !/chrom/i.test(await page.browser().version())) {
        throw new Error(`forced colours emulation is not supported in ${session.browser.name}`);
      }
      // Puppeteer's emulateMediaFeatures refuses the feature's name, so CDP is asked directly, on one session per
      // page: an override lasts as long as the session that set it, and the same session clears it.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = payload.forcedColors
        ? [
            { name: 'forced-colors', value: payload.forcedColors },
            { name: 'prefers-color-scheme', value: payload.colorScheme ?? '' },
          ]
        : [];
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
