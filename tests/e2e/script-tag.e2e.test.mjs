/**
 * End to end: the built `dist/care-feedback.min.js` in a host page on one origin, the demo collector on
 * another, a customer rating 9 and writing a comment with the keyboard and mouse in real Chromium, under a
 * strict Content-Security-Policy with Trusted Types enforced.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../demo/server.mjs';
import { launchChromium, startHostSite, waitFor } from './support.mjs';

let collector, site, browser, dataDir;

const STRICT_CSP = (collectorUrl) =>
  `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${collectorUrl}; ` +
  `require-trusted-types-for 'script'; trusted-types lit-html`;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'care-e2e-'));
  collector = await startServer({ port: 0, dataDir });
  const endpoint = `${collector.url}/events`;
  const page = `<!doctype html><html lang="en"><head><title>Checkout</title>
    <script src="/dist/care-feedback.min.js" data-endpoint="${endpoint}" data-context='{"plan":"pro"}' defer></script>
    </head><body><main><h1>Thanks for your order</h1>
    <care-feedback survey-id="checkout-nps" scale="nps"></care-feedback></main></body></html>`;
  site = await startHostSite({
    '/checkout': { html: page, headers: { 'Content-Security-Policy': STRICT_CSP(collector.url) } },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await collector?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What the collector's store holds (pgliteStore), as its `GET /events` lists it. */
const storedEvents = async () => (await fetch(`${collector.url}/events`)).json();

test('a customer rates 9 and comments; the cross-origin collector stores both events, valid, one responseId', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(`${site.url}/checkout?order=123#done`);

  await page.locator('care-feedback [role="radio"][aria-label="9 of 10"]').click();
  const box = page.locator('care-feedback textarea');
  await box.fill('A faster checkout');
  await box.press('Control+Enter');
  await page.locator('care-feedback [part="thanks"]').waitFor();

  const events = await waitFor(async () => {
    const stored = await storedEvents();
    return stored.some((e) => e.type === 'care.feedback.comment.v1') && stored;
  }, 5000, 'the comment to be stored');
  const rating = events.find((e) => e.type === 'care.feedback.rating.v1');
  const comment = events.find((e) => e.type === 'care.feedback.comment.v1');
  assert.equal(rating.data.value, 9);
  assert.equal(rating.data.scale, 'nps');
  assert.deepEqual(rating.data.context, { plan: 'pro' });
  assert.equal(comment.data.text, 'A faster checkout');
  assert.equal(comment.data.responseId, rating.data.responseId);
  assert.equal(rating.source, `${site.url}/checkout`, 'no query string or fragment in source');
  assert.deepEqual(problems, [], 'no console error or CSP / Trusted Types violation');
  await page.close();
});
