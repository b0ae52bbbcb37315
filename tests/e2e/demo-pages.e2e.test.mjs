/**
 * Every demo page, as `npm start` serves it under a strict Content-Security-Policy with Trusted Types, loads
 * in real Chromium without a console error, a policy violation or an uncaught exception, and defines the
 * elements it uses.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../demo/server.mjs';
import { launchChromium } from './support.mjs';

const PAGES = [
  '/', '/demo/script-tag.html', '/demo/esm.html', '/demo/theming.html', '/demo/rtl.html',
  '/demo/modes.html?demo=popover-load', '/demo/modes.html?demo=tab-load', '/demo/languages.html?lang=ar',
  '/demo/languages.html?lang=ja', '/responses',
];

let server, browser, dataDir;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'care-demo-'));
  server = await startServer({ port: 0, dataDir });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

for (const path of PAGES) {
  test(`demo page ${path} loads under the strict policy without errors`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const tags = await page.evaluate(async () => {
      const used = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.startsWith('care-')))];
      await Promise.all(used.map((name) => customElements.whenDefined(name)));
      return used;
    });
    await page.waitForTimeout(200);
    assert.deepEqual(problems, []);
    if (path.includes('popover')) {
      // The popover opened on load, without taking focus from the page.
      assert.equal(await page.locator('care-feedback').getAttribute('open'), '');
      assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
    }
    if (path !== '/responses') assert.ok(tags.length > 0, 'the page shows care-feedback elements');
    await page.close();
  });
}
