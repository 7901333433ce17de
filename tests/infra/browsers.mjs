/**
 * The three engines npm test runs in, all from Debian packages: nothing is downloaded.
 *   Chromium — puppeteer-core over CDP (@web/test-runner-chrome).
 *   Firefox  — the same launcher with puppeteer-core driving firefox-esr over WebDriver BiDi.
 *   WebKit   — WebKitGTK's MiniBrowser through WebKitWebDriver (@web/test-runner-webdriver),
 *              on a virtual X display of its own because MiniBrowser has no headless mode.
 * An engine that is not installed is skipped with one line naming it; with CI=true all three are
 * required. WTR_BROWSERS=chromium,firefox picks a subset (handy while developing).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { freePort } from './free-port.mjs';

const firstExisting = (...paths) => paths.flat().find((path) => path && existsSync(path));

// Every engine reads the same language: navigator.languages must not depend on the machine, since
// the widget falls back to it.
const LANGUAGE = 'en-US';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--lang=${LANGUAGE}`,
];

/** Child processes (Xvfb, WebKitWebDriver) started here, stopped when the test run ends. */
const children = [];
function startChild(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: 'ignore', env });
  children.push(child);
  return child;
}
function stopChildren() {
  for (const child of children) if (child.exitCode === null) child.kill();
}
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

async function waitForPort(port, child, what) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = createConnection(port);
      socket.once('connect', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not listen on port ${port}`);
}
/** Debian puts MiniBrowser in /usr/lib/<arch triplet>/webkit2gtk-4.x/; the newest API version first. */
function miniBrowsers() {
  const dirs = (path) =>
    readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${path}/${entry.name}`);
  return dirs('/usr/lib')
    .flatMap(dirs)
    .filter((dir) => /\/webkit2gtk-4\.\d+$/.test(dir))
    .sort()
    .reverse()
    .map((dir) => `${dir}/MiniBrowser`);
}

/** A display for MiniBrowser: the caller's own if it has one, else a private Xvfb. */
async function virtualDisplay() {
  const xvfb = firstExisting('/usr/bin/Xvfb');
  if (!xvfb) throw new Error('Xvfb is missing (Debian: apt-get install xvfb)');
  for (let number = 99; number < 140; number++) {
    if (existsSync(`/tmp/.X11-unix/X${number}`) || existsSync(`/tmp/.X${number}-lock`)) continue;
    const child = startChild(xvfb, [`:${number}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${number}`); i++) {
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (existsSync(`/tmp/.X11-unix/X${number}`)) return `:${number}`;
  }
  throw new Error('could not start Xvfb');
}

/** Debian's Chromium (or CHROME_PATH), for the scripts that drive it themselves; undefined when missing. */
export const chromiumPath = () => firstExisting(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser');

const engines = {
  chromium: {
    binary: chromiumPath,
    package: 'chromium',
    launcher: async (executablePath) =>
      // Passing puppeteer-core in names the engine "Chromium" in the summary (the default says "Chrome").
      chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } }),
  },
  firefox: {
    binary: () => firstExisting(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'),
    package: 'firefox-esr',
    launcher: async (executablePath) =>
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {
          browser: 'firefox',
          protocol: 'webDriverBiDi',
          executablePath,
          headless: true,
          extraPrefsFirefox: { 'intl.accept_languages': LANGUAGE, 'intl.locale.requested': LANGUAGE },
        },
      }),
  },
  webkit: {
    binary: () => {
      const driver = firstExisting(process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver');
      const browser = firstExisting(
        process.env.WEBKIT_MINIBROWSER_PATH,
        miniBrowsers(),
      );
      return driver && browser ? { driver, browser } : undefined;
    },
    package: 'webkit2gtk-driver',
    launcher: async ({ driver, browser }) => {
      const display = await virtualDisplay();
      const port = await freePort();
      // MiniBrowser inherits the driver's environment: the display, and the language from the locale.
      const env = { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US', LC_ALL: 'en_US.UTF-8' };
      const child = startChild(driver, [`--port=${port}`], env);
      await waitForPort(port, child, 'WebKitWebDriver');
      const launcher = webdriverLauncher({
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
        },
      });
      // The launcher names itself after browserName ("MiniBrowser"); the summary names the engine.
      const initialize = launcher.initialize.bind(launcher);
      launcher.initialize = async (...args) => {
        await initialize(...args);
        launcher.name = 'WebKit';
      };
      return launcher;
    },
  },
};

/** The launchers to run: every installed engine (all three required under CI), or WTR_BROWSERS' pick. */
export async function browsers() {
  const ci = process.env.CI === 'true';
  const wanted = process.env.WTR_BROWSERS?.split(',').map((name) => name.trim()) ?? Object.keys(engines);
  const launchers = [];
  for (const name of wanted) {
    const engine = engines[name];
    if (!engine) throw new Error(`WTR_BROWSERS: unknown engine "${name}"; known: ${Object.keys(engines).join(', ')}`);
    const binary = engine.binary();
    if (!binary) {
      const message = `${name}: not installed (Debian: apt-get install ${engine.package})`;
      if (ci) {
        console.error(`CI needs all three engines. ${message}`);
        process.exit(1);
      }
      console.warn(`Skipping ${message}`);
      continue;
    }
    launchers.push(await engine.launcher(binary));
  }
  if (launchers.length === 0) {
    console.error('No browser engine installed: install chromium, firefox-esr or webkit2gtk-driver.');
    process.exit(1);
  }
  return launchers;
}
