import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { testCollector } from './tests/support/test-collector.mjs';
import { countReporter } from './tests/support/count-reporter.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * `executeServerCommand('forced-colors', 'active' | 'none')`: @web/test-runner-commands' emulateMedia drops
 * forcedColors on the Chrome (puppeteer) launcher, so the tests of the high-contrast styles use this.
 */
const devtoolsSessions = new WeakMap();
const forcedColorsCommand = {
  name: 'forced-colors-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    // Puppeteer's own emulateMediaFeatures does not know forced-colors either; the DevTools protocol does.
    // The emulation lasts as long as its protocol session, so the session is kept per page.
    const page = session.browser.getPage(session.id);
    if (!devtoolsSessions.has(page)) devtoolsSessions.set(page, await page.target().createCDPSession());
    await devtoolsSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload }] });
    return true;
  },
};

export default {
  files: ['tests/unit/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  plugins: [forcedColorsCommand, esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  middleware: [testCollector],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
      // One browser context per test file: axe checks time out when pages share a window.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter({ file: '.test-results/unit.json' })],
};
