#!/usr/bin/env node
/**
 * `npm run profile`: where the script tag spends its time when a page loads it. In Chromium, with a CPU
 * profile sampling every 50 µs (CDP Profiler), it inserts `dist/care-feedback.min.js` into an empty page
 * (`<html lang="en">` unless `--lang=xx`), waits for its load event and a frame, adds one
 * `<care-rating scale="nps">`, waits for it to render and a frame, and prints the functions with the most
 * self time. The script is minified, so each function is shown with the start of its source, which is
 * enough to find it in dist/script-tag.js. `--runs=N` adds up N loads, each in a fresh browser context (no
 * cache), and prints the mean per load; `--top=N` prints N rows. Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const options = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const LANG = options.lang ?? 'en';
const RUNS = Number(options.runs ?? 1);
const TOP = Number(options.top ?? 15);
const SAMPLING_INTERVAL_US = 50;
const ORIGIN = 'https://shop.example';
const SCRIPT_URL = `${ORIGIN}/care-feedback.min.js`;

const script = readFileSync('dist/care-feedback.min.js', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

/** Self time in ms by function ("name  source…  (where)"), added up over every run. */
const selfTimes = new Map();
let totalMs = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/care-feedback.min.js') return route.fulfill({ contentType: 'text/javascript', body: script });
      if (path.startsWith('/locales/')) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(`dist${path}`, 'utf8') });
      return route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="${LANG}"><body></body></html>` });
    });
    await page.goto(`${ORIGIN}/`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
    await page.evaluate(async (src) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const tag = document.createElement('script');
      tag.src = src;
      const loaded = new Promise((resolve) => (tag.onload = resolve));
      document.head.append(tag);
      await loaded;
      await frame();
      const rating = document.createElement('care-rating');
      rating.setAttribute('scale', 'nps');
      document.body.append(rating);
      await rating.updateComplete;
      await frame();
    }, SCRIPT_URL);
    const { profile } = await cdp.send('Profiler.stop');
    addUp(profile);
    await context.close();
  }
} finally {
  await browser.close();
}

/** Adds each sample's interval to the self time of the function it landed in. */
function addUp({ nodes, samples, timeDeltas }) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (let i = 0; i < samples.length; i++) {
    const ms = (timeDeltas[i + 1] ?? 0) / 1000; // a sample's time runs until the next one is taken
    const { functionName, url, lineNumber, columnNumber } = byId.get(samples[i]).callFrame;
    if (functionName === '(idle)') continue; // the page waiting: not time it spends
    totalMs += ms;
    const key = `${functionName || '(anonymous)'}  ${describe(url, lineNumber, columnNumber)}`;
    selfTimes.set(key, (selfTimes.get(key) ?? 0) + ms);
  }
}

/** Where a function is: the first characters of its source in the minified script, or its file. */
function describe(url, line, column) {
  if (url !== SCRIPT_URL) return url ? `(${url.replace(ORIGIN, '')}:${line + 1})` : '';
  const source = script.split('\n')[line] ?? '';
  return `«${source.slice(column, column + 48)}» (col ${column})`;
}

const rows = [...selfTimes].sort((a, b) => b[1] - a[1]).slice(0, TOP);
console.log(`Self time per load, ${LANG} page, mean of ${RUNS} load${RUNS === 1 ? '' : 's'}, sampling every ${SAMPLING_INTERVAL_US} µs ` +
  `(Chromium ${browser.version()}); busy time ${(totalMs / RUNS).toFixed(1)} ms:`);
for (const [where, ms] of rows) console.log(`${(ms / RUNS).toFixed(2).padStart(7)} ms  ${where}`);
