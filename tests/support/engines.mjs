/**
 * The three browser engines the suite runs in, each from Debian's packages (no browser is downloaded):
 * Chromium through the DevTools protocol, Firefox ESR over WebDriver BiDi (puppeteer), and WebKitGTK — the
 * engine of Safari — through WebKitWebDriver (webdriverio). `../shared/toolchain.md` has the verified recipe.
 *
 * Each engine can be started with the visitor preferences the suite cannot switch mid-test in every engine
 * (reduced motion, forced colours) already on, the way a visitor's own browser would have them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { freePort } from './free-port.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** What each engine needs on disk, and the one command that installs it on Debian. */
export const REQUIREMENTS = {
  chromium: { files: [CHROMIUM], install: 'apt-get install -y chromium' },
  firefox: { files: [FIREFOX], install: 'apt-get install -y firefox-esr' },
  webkit: { files: [WEBKIT_DRIVER, MINIBROWSER, '/usr/bin/xvfb-run'], install: 'apt-get install -y webkit2gtk-driver xvfb xauth' },
};

/** The files an engine lacks on this machine (none: it can run). */
export const missingFiles = (engine) => REQUIREMENTS[engine].files.filter((file) => !existsSync(file));

/** The visitor preferences each engine can be started with. WebKit has no forced-colours mode at all. */
const PREFERENCES = {
  chromium: ['reduced-motion', 'forced-colors'],
  firefox: ['reduced-motion', 'forced-colors'],
  webkit: ['reduced-motion'],
};

/** The preferences named in `text` (`reduced-motion,forced-colors`) that `engine` can be started with. */
export function preferencesFor(engine, text = '') {
  const asked = text.split(',').map((p) => p.trim()).filter(Boolean);
  for (const preference of asked) {
    if (!PREFERENCES.chromium.includes(preference)) throw new Error(`unknown preference "${preference}"`);
  }
  return new Set(asked.filter((preference) => PREFERENCES[engine].includes(preference)));
}

// One browser context per test file: axe checks time out when pages share a window.
const ownContext = async ({ browser }) => (await browser.createBrowserContext()).newPage();

async function chromiumLauncher(preferences) {
  const { chromeLauncher } = await import('@web/test-runner-chrome');
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
  ];
  if (preferences.has('reduced-motion')) args.push('--force-prefers-reduced-motion');
  if (preferences.has('forced-colors')) args.push('--force-high-contrast');
  return chromeLauncher({ launchOptions: { executablePath: CHROMIUM, headless: true, args }, createPage: ownContext });
}

async function firefoxLauncher(preferences) {
  const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
  const extraPrefsFirefox = {
    // No first-run pages, update checks or telemetry: the network reaches nothing here, and they slow starts.
    'browser.shell.checkDefaultBrowser': false,
    'app.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
  };
  if (preferences.has('reduced-motion')) extraPrefsFirefox['ui.prefersReducedMotion'] = 1;
  if (preferences.has('forced-colors')) extraPrefsFirefox['browser.display.document_color_use'] = 2;
  return puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox },
    createPage: ownContext,
  });
}

async function waitForPort(port, child, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * WebKitGTK's MiniBrowser has no headless mode: it needs a display (Xvfb, see scripts/test.mjs). Reduced motion
 * is GTK's own setting, read from `gtk-3.0/settings.ini` under XDG_CONFIG_HOME of the browser's process, so the
 * driver (which starts the browser) gets a config folder of its own. WebKit has no forced-colours mode.
 */
async function webkitLauncher(preferences) {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const config = mkdtempSync(join(tmpdir(), 'care-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(
    join(config, 'gtk-3.0', 'settings.ini'),
    `[Settings]\ngtk-enable-animations=${preferences.has('reduced-motion') ? 0 : 1}\n`,
  );
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    env: { ...process.env, XDG_CONFIG_HOME: config },
    stdio: 'ignore',
  });
  process.on('exit', () => driver.kill());
  await waitForPort(port, driver);
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // Without it webdriverio asks for BiDi, which WebKitWebDriver refuses ("Failed to match capabilities").
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
}

export function launcherFor(engine, preferences = new Set()) {
  switch (engine) {
    case 'chromium':
      return chromiumLauncher(preferences);
    case 'firefox':
      return firefoxLauncher(preferences);
    case 'webkit':
      return webkitLauncher(preferences);
    default:
      throw new Error(`unknown engine "${engine}": one of ${ENGINES.join(', ')}`);
  }
}
