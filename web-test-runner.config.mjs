/**
 * The browser suite, in one engine per run: `CARE_ENGINE=chromium|firefox|webkit` (default chromium).
 * `CARE_PREFERENCES=reduced-motion,forced-colors` starts that engine with those visitor preferences already on
 * (those it has: WebKit has no forced colours) and runs only tests/browser/preferences/, the tests that prove what
 * the elements do under them.
 * `npm test` (scripts/test.mjs) runs every engine, with and without preferences, and adds up the counts.
 */
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { testCollector } from './tests/support/test-collector.mjs';
import { hostPages } from './tests/support/host-pages.mjs';
import { ssrPages } from './tests/support/ssr-pages.mjs';
import { insightsServer } from './tests/support/insights-server.mjs';
import { countReporter } from './tests/support/count-reporter.mjs';
import { browserCommands } from './tests/support/browser-commands.mjs';
import { ENGINES, launcherFor, preferencesFor } from './tests/support/engines.mjs';

const engine = process.env.CARE_ENGINE || 'chromium';
if (!ENGINES.includes(engine)) throw new Error(`CARE_ENGINE="${engine}": one of ${ENGINES.join(', ')}`);
const inPreferencesPass = Boolean(process.env.CARE_PREFERENCES);
const preferences = preferencesFor(engine, process.env.CARE_PREFERENCES);
const run = inPreferencesPass ? `${engine}-preferences` : engine;

export default {
  files: inPreferencesPass
    ? ['tests/browser/preferences/**/*.test.ts']
    : ['tests/browser/**/*.test.ts', '!tests/browser/preferences/**'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  // Firefox and WebKit start a page and run axe more slowly than Chromium on 2 cores.
  testFramework: { config: { timeout: engine === 'chromium' ? 5000 : 10000 } },
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  plugins: [
    browserCommands({ engine, preferences }),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [testCollector, hostPages, ssrPages, insightsServer],
  browsers: [await launcherFor(engine, preferences)],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter({ file: `.test-results/browser-${run}.json`, label: run }),
  ],
};
