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

test('the responses page is <care-insights> over createInsights(): figures with intervals, charts, who needs an answer first, live', async () => {
  const post = (type, data, time = new Date().toISOString()) => fetch(`${server.url}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/cloudevents+json' },
    body: JSON.stringify({
      specversion: '1.0', id: crypto.randomUUID(), source: 'https://shop.example.com/checkout', type, subject: data.surveyId,
      time, datacontenttype: 'application/json', data: { locale: 'en', context: {}, ...data },
    }),
  });
  await fetch(`${server.url}/events`, { method: 'DELETE' });
  const rate = (responseId, value) =>
    post('care.feedback.rating.v1', { surveyId: 'e2e-nps', responseId, scale: 'nps', value, min: 0, max: 10, question: 'How likely?' });
  await rate('promoter', 10);
  await rate('detractor', 2);
  await post('care.feedback.comment.v1', { surveyId: 'e2e-nps', responseId: 'detractor', text: 'Nobody answered my emails.', question: 'What would improve?' });

  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(`${server.url}/responses`);
  // Playwright's CSS locators pierce the element's open shadow root.
  const card = page.locator('care-insights .headline .card');
  await card.waitFor();
  assert.match(await card.textContent(), /NPS\s*0\b/);
  assert.match(await card.textContent(), /95 % interval/);
  const answers = page.locator('care-insights .answers article');
  assert.match(await answers.first().textContent(), /Detractor.*Nobody answered my emails\./s);
  // Two charts, drawn (not blank), each described for screen readers.
  const charts = page.locator('care-insights canvas');
  assert.equal(await charts.count(), 2);
  await page.waitForFunction(() => [...document.querySelector('care-insights').shadowRoot.querySelectorAll('canvas')].every((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    return data.some((value, i) => i % 4 === 3 && value > 0);
  }));
  assert.match(await charts.nth(1).getAttribute('aria-label'), /Distribution: 0: 0, 1: 0, 2: 1,.* 10: 1/);

  await rate('passive', 8); // arrives while the page is open
  await page.locator('care-insights .headline .card', { hasText: 'Passives' }).filter({ hasText: /Passives\s*1/ }).waitFor();
  assert.deepEqual(problems, [], 'Chart.js runs under the strict policy');
  await page.close();
});

test('reasons chosen on the gallery (issue 22) reach the collector valid and show ranked, and beside the comment, on the responses page', async () => {
  await fetch(`${server.url}/events`, { method: 'DELETE' });
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(`${server.url}/`);
  const card = page.locator('section[aria-labelledby="reasons-title"] care-feedback');
  await card.locator('[role="radio"]').nth(2).click(); // NPS 2: the negative band's reasons
  const chips = card.locator('[role="checkbox"]');
  assert.deepEqual(await chips.allTextContents(), ['Too expensive', 'Delivery took too long', 'Hard to reach support', 'Quality']);
  await chips.nth(1).click();
  await chips.nth(0).click();
  await card.locator('[part~="submit"]').click(); // no text: the reasons are the answer
  await card.locator('[part="thanks"]').waitFor();
  await page.evaluate(() => window.CareFeedback.flush());

  await page.goto(`${server.url}/responses?survey=gallery-reasons`);
  const ranked = page.locator('care-insights .reasons');
  await ranked.filter({ hasText: 'delivery' }).waitFor();
  assert.match(await ranked.textContent(), /delivery — 1.*price — 1/s);
  assert.match(await page.locator('care-insights .answers article').first().textContent(), /price, delivery/);
  assert.deepEqual(problems, []);
  await page.close();
});
