// Debian's Chromium driven by puppeteer-core: nothing is downloaded.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath() {
  const path = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  if (!path) throw new Error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  return path;
}

export function launchChromium(extraArgs = []) {
  return puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}
