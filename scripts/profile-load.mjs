#!/usr/bin/env node
/**
 * `npm run profile`: where the script tag spends its time when a page loads it. In Chromium, with a CPU
 * profile sampling every 50 µs (CDP Profiler), it inserts `dist/care-feedback.min.js` into an empty page
 * (`<html lang="en">` unless `--lang=xx`) and waits for its load event and a frame (the load), then adds one
 * `<care-rating scale="nps">` and waits for it to render and a frame (the first render), and prints the
 * functions with the most self time in each, and in both. The script is minified, so each function is
 * shown with the start of its source, enough to find it in dist/script-tag.js; `(program)` is the engine's
 * own work (parsing, compiling, style, layout). `--runs=N` adds up N loads, each in a fresh browser context
 * (no cache), and prints the mean per load; `--top=N` prints N rows; `--script=path` profiles another build
 * of the script; `--count=100 --scale=stars` renders 100 star ratings at once instead of one NPS. Needs
 * `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const options = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const LANG = options.lang ?? 'en';
const RUNS = Number(options.runs ?? 1);
const TOP = Number(options.top ?? 15);
const COUNT = Number(options.count ?? 1);
const SCALE = options.scale ?? 'nps';
const RENDER = COUNT === 1 && SCALE === 'nps' ? 'first NPS render' : `${COUNT} ${SCALE} ratings`;
const SAMPLING_INTERVAL_US = 50;
const ORIGIN = 'https://shop.example';
const SCRIPT_URL = `${ORIGIN}/care-feedback.min.js`;

const script = readFileSync(options.script ?? 'dist/care-feedback.min.js', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

const PHASES = ['load', RENDER, 'both'];
/** By phase: self time in ms by function ("name  source…  (where)"), added up over every run, and the total. */
const selfTimes = Object.fromEntries(PHASES.map((phase) => [phase, new Map()]));
const totalMs = Object.fromEntries(PHASES.map((phase) => [phase, 0]));
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
    const frame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    await cdp.send('Profiler.start');
    await page.evaluate((src) => {
      const tag = document.createElement('script');
      tag.src = src;
      const loaded = new Promise((resolve) => (tag.onload = resolve));
      document.head.append(tag);
      return loaded;
    }, SCRIPT_URL);
    await frame();
    addUp('load', (await cdp.send('Profiler.stop')).profile);
    await cdp.send('Profiler.start');
    await page.evaluate(({ count, scale }) => {
      const host = document.createElement('div');
      for (let i = 0; i < count; i++) {
        const rating = document.createElement('care-rating');
        rating.setAttribute('scale', scale);
        host.append(rating);
      }
      document.body.append(host);
      return Promise.all([...host.children].map((rating) => rating.updateComplete));
    }, { count: COUNT, scale: SCALE });
    await frame();
    addUp(RENDER, (await cdp.send('Profiler.stop')).profile);
    await context.close();
  }
} finally {
  await browser.close();
}

/** Adds each sample's interval to the self time of the function it landed in, in `phase` and in both. */
function addUp(phase, { nodes, samples, timeDeltas }) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (let i = 0; i < samples.length; i++) {
    const ms = (timeDeltas[i + 1] ?? 0) / 1000; // a sample's time runs until the next one is taken
    const { functionName, url, lineNumber, columnNumber } = byId.get(samples[i]).callFrame;
    if (functionName === '(idle)') continue; // the page waiting: not time it spends
    const key = `${functionName || '(anonymous)'}  ${describe(url, lineNumber, columnNumber)}`;
    for (const counted of [phase, 'both']) {
      totalMs[counted] += ms;
      selfTimes[counted].set(key, (selfTimes[counted].get(key) ?? 0) + ms);
    }
  }
}

/** Where a function is: the first characters of its source in the minified script, or its file. */
function describe(url, line, column) {
  if (url !== SCRIPT_URL) return url ? `(${url.replace(ORIGIN, '')}:${line + 1})` : '';
  const source = script.split('\n')[line] ?? '';
  return `«${source.slice(column, column + 48)}» (col ${column})`;
}

console.log(`${LANG} page, mean of ${RUNS} load${RUNS === 1 ? '' : 's'}, sampling every ${SAMPLING_INTERVAL_US} µs, Chromium ${browser.version()}`);
for (const phase of PHASES) {
  console.log(`\n${phase}: ${(totalMs[phase] / RUNS).toFixed(1)} ms busy; self time:`);
  const rows = [...selfTimes[phase]].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  for (const [where, ms] of rows) console.log(`${(ms / RUNS).toFixed(2).padStart(7)} ms  ${where}`);
}
