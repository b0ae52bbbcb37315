/**
 * End to end, delivery under faults: the built `dist/care-feedback.min.js` in a host page on one origin, the
 * scriptable test collector on another (so every POST has a real CORS preflight), real Chromium. The collector
 * hangs, delays its preflight, refuses; the network goes away; the page reloads; the tab closes; two tabs race.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestCollector } from '../support/test-collector.mjs';
import { launchChromium, startHostSite, waitFor } from './support.mjs';

let collector, site, browser;
const pages = {};

before(async () => {
  collector = await startTestCollector();
  site = await startHostSite(pages);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await collector?.close();
});

let pageCount = 0;

/** A host page with the script tag pointed at `endpoint` and `ratings` thumbs ratings; returns its URL. */
function hostPage(endpoint, ratings = 1) {
  const path = `/page-${pageCount++}`;
  pages[path] = `<!doctype html><html lang="en"><head><title>Shop</title>
    <script src="/dist/care-feedback.min.js" data-endpoint="${endpoint}"></script></head><body>
    ${'<care-rating scale="thumbs"></care-rating>'.repeat(ratings)}</body></html>`;
  return `${site.url}${path}`;
}

/** Answers the n-th rating of the page with thumbs up. */
const rate = (page, n = 0) => page.locator('care-rating').nth(n).locator('[role="radio"]').nth(1).click();

const ids = (requests) => requests.map((request) => request.body.id);
const distinct = (values) => [...new Set(values)];
const pendingIn = (page) => page.evaluate(() => window.CareFeedback.outbox().map((entry) => entry.event.id));

test('the server hangs and the page reloads: the event is sent again after the reload, with the same id', async () => {
  const bucket = collector.bucket();
  await bucket.plan({ answers: [{ hang: 15000 }] });
  const context = await browser.newContext();
  const page = await context.newPage();
  const url = hostPage(bucket.endpoint);
  await page.goto(url);
  await rate(page);
  const [hung] = await waitFor(async () => (await bucket.requests()).length && bucket.requests(), 3000, 'the first POST');
  assert.equal(hung.answer, 'hang');
  await page.reload();
  // The old page's request ends with it; the reloaded page finds the event in the outbox and sends it again.
  const requests = await waitFor(async () => (await bucket.requests()).length > 1 && bucket.requests(), 13000, 'the retry');
  assert.deepEqual(distinct(ids(requests)), [hung.body.id], 'one id across the reload');
  assert.equal(requests[1].answer, 202);
  await waitFor(async () => (await pendingIn(page)).length == 0, 2000, 'the outbox to empty');
  await context.close();
});

/**
 * A visitor answers and closes the tab at once, while the collector takes its time over the CORS preflight.
 * With `keepalive` the browser finishes the request after the page is gone; `stripKeepalive` is the negative
 * control showing that this test notices when it is missing.
 */
async function closeRightAfterAnswering({ stripKeepalive }) {
  const bucket = collector.bucket();
  await bucket.plan({ answers: [], preflightDelay: 1500 });
  const context = await browser.newContext();
  if (stripKeepalive) {
    await context.addInitScript(() => {
      const { fetch } = window;
      window.fetch = (input, init = {}) => fetch(input, { ...init, keepalive: false });
    });
  }
  const page = await context.newPage();
  const url = hostPage(bucket.endpoint);
  await page.goto(url);
  await rate(page);
  await page.close();
  let delivered = true;
  await waitFor(async () => (await bucket.requests()).length, 4000, 'the event').catch(() => (delivered = false));
  return { delivered, bucket, context, url };
}

test('the tab is closed right after a click while the preflight is delayed: the event still arrives (keepalive)', async () => {
  const { delivered, context } = await closeRightAfterAnswering({ stripKeepalive: false });
  assert.equal(delivered, true);
  await context.close();
});

test('negative control: without keepalive that event is lost with the tab, and only the next visit sends it', async () => {
  const { delivered, bucket, context, url } = await closeRightAfterAnswering({ stripKeepalive: true });
  assert.equal(delivered, false, 'the test above would catch a missing keepalive');
  const nextVisit = await context.newPage();
  await nextVisit.goto(url);
  // The closed tab's claim lapses within 10 s; then the next visit sends the event.
  const requests = await waitFor(async () => (await bucket.requests()).length && bucket.requests(), 12000, 'the next visit to send it');
  assert.equal(requests.length, 1);
  await context.close();
});

test('offline, nothing is sent; back online, each answer is delivered once', async () => {
  const bucket = collector.bucket();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(hostPage(bucket.endpoint, 3));
  await context.setOffline(true);
  for (let n = 0; n < 3; n++) await rate(page, n);
  await page.waitForTimeout(500);
  assert.equal((await bucket.requests()).length, 0);
  assert.equal((await pendingIn(page)).length, 3);
  await context.setOffline(false);
  const requests = await waitFor(async () => (await bucket.requests()).length >= 3 && bucket.requests(), 4000, '3 events');
  await page.waitForTimeout(300);
  assert.equal((await bucket.requests()).length, 3, 'each once');
  assert.equal(distinct(ids(requests)).length, 3);
  await context.close();
});

test('a 400 is given up at once: one attempt, care-delivery-failed, and nothing is retried after a reload', async () => {
  const bucket = collector.bucket();
  await bucket.plan({ answers: [{ status: 400 }] });
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(hostPage(bucket.endpoint));
  const failed = page.evaluate(() => new Promise((resolve) => addEventListener('care-delivery-failed', (e) => resolve(e.detail))));
  await rate(page);
  assert.deepEqual(await failed, { ...(await failed), status: 400, reason: 'HTTP 400' });
  await page.reload();
  // Past the moment the reloaded page looks for what the earlier one left (LEFTOVERS_DELAY_MS, 2 s).
  await page.waitForTimeout(2500);
  assert.equal((await bucket.requests()).length, 1);
  assert.equal(errors.filter((text) => text.includes('HTTP 400') && text.startsWith('care-feedback')).length, 1);
  await context.close();
});

/**
 * Two tabs of one site come back online with 20 answers waiting in their shared outbox; the collector answers
 * slowly so both tabs are busy at once. Each answer must arrive; with Web Locks none may arrive twice.
 */
async function twoTabs({ webLocks }) {
  const bucket = collector.bucket();
  await bucket.plan({ answers: Array.from({ length: 40 }, () => ({ status: 202, delay: 200 })) });
  const context = await browser.newContext();
  if (!webLocks) await context.addInitScript(() => delete Navigator.prototype.locks);
  const url = hostPage(bucket.endpoint, 20);
  const first = await context.newPage();
  await first.goto(url);
  const second = await context.newPage();
  await second.goto(url);
  await context.setOffline(true);
  await first.bringToFront(); // a background tab gets no animation frames, which clicks wait for
  for (let n = 0; n < 20; n++) await rate(first, n);
  const answered = await pendingIn(first);
  assert.equal((await pendingIn(second)).length, 20, 'the tabs share the outbox');
  await context.setOffline(false);
  await waitFor(async () => distinct(ids(await bucket.requests())).length >= 20, 8000, 'every answer');
  await first.waitForTimeout(500);
  const requests = await bucket.requests();
  assert.deepEqual(distinct(ids(requests)).sort(), answered.sort());
  await context.close();
  return requests.length - answered.length;
}

test('two tabs send a shared outbox: every answer once (Web Locks)', async () => {
  assert.equal(await twoTabs({ webLocks: true }), 0, 'no raw duplicates');
});

test('two tabs without Web Locks (plain http: pages): every answer arrives, duplicates only removable by id', async (t) => {
  const duplicates = await twoTabs({ webLocks: false });
  t.diagnostic(`raw duplicates without Web Locks: ${duplicates}`);
});
