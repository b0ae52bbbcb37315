#!/usr/bin/env node
/**
 * `npm run bench:reliability`: a fault matrix for delivery. For each fault, a visitor gives 50 answers (50
 * `<care-rating>`s on a host page using the built script tag) while the local collector misbehaves, and the
 * table counts what the receiver ended up with:
 *
 *   delivered          answers the receiver stored at least once
 *   lost               answers it never stored (must be 0)
 *   dup after dedupe   answers stored under more than one id, which deduping by `source` + `id` cannot catch
 *                      (must be 0: a retry keeps its event's id)
 *   raw dup            stored POSTs beyond one per id: what a receiver that does not dedupe would double-count
 *
 * "Stored" means the collector read the whole event and kept it: a 2xx, or an answer lost after storing (`drop`);
 * a request it hung up on is counted as not stored. Everything runs on 127.0.0.1 with the local Chromium; every
 * wait is bounded.
 */
import { existsSync } from 'node:fs';
import { startTestCollector } from '../tests/support/test-collector.mjs';
import { launchChromium, startHostSite } from '../tests/e2e/support.mjs';

const ANSWERS = 50;
const SETTLE_TIMEOUT = 40000;

if (!existsSync(new URL('../dist/care-feedback.min.js', import.meta.url))) {
  console.error('dist/care-feedback.min.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** A reproducible coin: the same faults on every run. */
function coin(seed) {
  let state = seed;
  return (chance) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648 < chance;
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each fault: how the collector answers, and what the visitor and browser do around the answers. */
const FAULTS = [
  { name: 'none' },
  { name: '503 ×3, then 202', plan: { perEvent: [{ status: 503 }, { status: 503 }, { status: 503 }] } },
  { name: '429 + Retry-After: 1', plan: { perEvent: [{ status: 429, retryAfter: 1 }] } },
  { name: '30 % 500', plan: () => { const flip = coin(1); return { answerFor: () => (flip(0.3) ? { status: 500 } : undefined) }; } },
  { name: '30 % connection reset (not stored)', plan: () => { const flip = coin(2); return { answerFor: () => (flip(0.3) ? { reset: true } : undefined) }; } },
  { name: '30 % answer lost after storing', plan: () => { const flip = coin(3); return { answerFor: () => (flip(0.3) ? { drop: true } : undefined) }; } },
  { name: 'slow answers (2 s)', plan: { answers: Array.from({ length: ANSWERS }, () => ({ status: 202, delay: 2000 })) } },
  {
    name: 'server hangs 3 s, page reloads',
    plan: () => {
      const outageEnds = Date.now() + 3000;
      return { answerFor: () => (Date.now() < outageEnds ? { hang: outageEnds - Date.now() } : undefined) };
    },
    afterAnswers: ({ page }) => page.reload(),
  },
  { name: 'offline, then online', beforeAnswers: ({ context }) => context.setOffline(true), afterAnswers: ({ context }) => sleep(300).then(() => context.setOffline(false)) },
  { name: 'tab closed at once, slow preflight', plan: { preflightDelay: 1000 }, closeAtOnce: true },
  { name: 'two tabs, one outbox', twoTabs: true },
  { name: 'localStorage throws, 30 % 503', storageThrows: true, plan: () => { const flip = coin(4); return { answerFor: () => (flip(0.3) ? { status: 503 } : undefined) }; } },
];

const collector = await startTestCollector();
const pages = {};
const site = await startHostSite(pages);
const browser = await launchChromium();
const rows = [];

try {
  for (const [index, fault] of FAULTS.entries()) {
    const bucket = collector.bucket(`bench${index}`);
    pages[`/bench${index}`] = `<!doctype html><html lang="en"><head><title>Bench</title>
      <script src="/dist/care-feedback.min.js" data-endpoint="${bucket.endpoint}"></script></head><body>
      ${Array.from({ length: ANSWERS }, (_, n) => `<care-rating scale="thumbs" survey-id="q${n}"></care-rating>`).join('')}</body></html>`;
    const url = `${site.url}/bench${index}`;
    const started = Date.now();

    const context = await browser.newContext();
    if (fault.storageThrows) {
      await context.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
    }
    const page = await context.newPage();
    await page.goto(url);
    const second = fault.twoTabs ? await context.newPage() : null;
    if (second) {
      await second.goto(url);
      await context.setOffline(true);
      await page.bringToFront();
    }
    await fault.beforeAnswers?.({ page, context });
    bucket.script(typeof fault.plan === 'function' ? fault.plan() : fault.plan ?? {});
    await page.evaluate(async () => {
      for (const rating of document.querySelectorAll('care-rating')) {
        await rating.updateComplete;
        rating.shadowRoot.querySelectorAll('[role="radio"]')[1].click();
      }
    });
    let nextVisit = 0;
    if (fault.closeAtOnce) await page.close();
    if (second) await context.setOffline(false);
    await fault.afterAnswers?.({ page, context });

    const storedIds = async () => {
      const requests = await bucket.requests();
      return requests.filter((r) => (typeof r.answer === 'number' && r.answer < 300) || r.answer === 'drop');
    };
    const answersStored = async () => new Set((await storedIds()).map((r) => r.body.data.surveyId)).size;
    const deadline = Date.now() + SETTLE_TIMEOUT;
    while ((await answersStored()) < ANSWERS && Date.now() < deadline) {
      // 50 preflights of 1 s through 6 connections take about 9 s: after 12 s keepalive has carried what it
      // could, and the rest waits in the outbox for the visitor's next page view.
      if (fault.closeAtOnce && !nextVisit && Date.now() - started > 12000) {
        nextVisit = ANSWERS - (await answersStored());
        await (await context.newPage()).goto(url);
      }
      await sleep(100);
    }
    await sleep(500); // let late retries show up as duplicates
    const stored = await storedIds();
    const all = await bucket.requests();
    await context.close();

    const storedAnswers = new Set(stored.map((r) => r.body.data.surveyId));
    const idsByAnswer = new Map();
    for (const r of stored) {
      const ids = idsByAnswer.get(r.body.data.surveyId) ?? new Set();
      ids.add(r.body.id);
      idsByAnswer.set(r.body.data.surveyId, ids);
    }
    const distinctIds = new Set(stored.map((r) => r.body.id));
    rows.push({
      fault: fault.name,
      answers: ANSWERS,
      delivered: storedAnswers.size,
      lost: ANSWERS - storedAnswers.size,
      dupAfterDedupe: [...idsByAnswer.values()].reduce((sum, ids) => sum + ids.size - 1, 0),
      rawDup: stored.length - distinctIds.size,
      posts: all.length,
      seconds: ((Date.now() - started) / 1000).toFixed(1),
      note: fault.closeAtOnce ? `${ANSWERS - nextVisit} by keepalive, ${nextVisit} on the next visit` : '',
    });
    console.error(`  ${fault.name}: done`);
  }
} finally {
  await browser.close();
  await site.close();
  await collector.close();
}

const columns = [
  ['fault', 'fault'], ['answers', 'answers'], ['delivered', 'delivered'], ['lost', 'lost'],
  ['dupAfterDedupe', 'dup after dedupe'], ['rawDup', 'raw dup'], ['posts', 'POSTs'], ['seconds', 's'], ['note', 'note'],
];
const table = [columns.map(([, title]) => title), ...rows.map((row) => columns.map(([key]) => String(row[key])))];
const widths = columns.map((_, i) => Math.max(...table.map((cells) => cells[i].length)));
const line = (cells) => `| ${cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
console.log(line(table[0]));
console.log(`|${widths.map((w, i) => (i === 0 || i === widths.length - 1 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
for (const cells of table.slice(1)) console.log(line(cells));
const lost = rows.reduce((sum, row) => sum + row.lost + row.dupAfterDedupe, 0);
console.log(lost ? `\n${lost} answers lost or duplicated past dedupe.` : '\nNo answer lost; no duplicate survives dedupe by id.');
process.exit(lost ? 1 : 0);
