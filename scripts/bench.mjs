#!/usr/bin/env node
/**
 * `npm run bench`: what the script tag costs a page, in Chromium, as three ratios measured in one run.
 *
 *   1. load: inserting the script tag into an empty English page, to one frame after its load event and the
 *      work it left to timers in the SETTLE_MS after (the outbox of an earlier visit, say), against
 *      the same for PostHog's survey pair (posthog-js `dist/array.js` + `dist/surveys.js`) and Formbricks'
 *      survey UI (@formbricks/surveys `dist/index.umd.js`), each loaded the same way: script tags, nothing called;
 *   2. first render of one `<care-rating scale="nps">` on a page that has just loaded the script, to one frame
 *      after it rendered (and SETTLE_MS more, likewise), against the hand-written floor (bench/floor-rating.js)
 *      on a page that has just loaded the floor;
 *   3. 100 `<care-rating>` (stars) added at once to such a page, against 100 floor elements.
 *
 * Each figure is the main thread's CPU time (CDP `Performance.getMetrics` ThreadTime) over those steps (waiting
 * costs none), less
 * the same steps with nothing to load or render, measured in the same round (the DevTools commands that
 * drive the page cost 2–3 ms themselves). CPU time, not wall time, so a busy machine stretches it little; and
 * not ScriptDuration: work done inside a DevTools command (page.evaluate), such as Lit's render there, is
 * not counted as script, and parsing, style and layout are not either, while a page pays for all of them.
 * Every measurement is a fresh browser context (no cache, nothing warmed by another), on https (a secure
 * context, as partner sites are), answered by playwright routes (no network). Rounds rotate the order. The
 * table gives each figure's median and spread (min–max), and the median and spread of each ratio, taken
 * round by round.
 *
 *   npm run bench                           the table (needs `npm run build` first)
 *   npm run bench -- --rounds=15            more rounds (default 9, after one warm-up round)
 *   npm run bench -- --check                also compare with bench/baseline.json: exits 1 when a load ratio
 *                                           or the 100-rating ratio is more than 20 % worse (one over the
 *                                           limit is first measured again, as many rounds more)
 *   npm run bench -- --save-baseline        write this run's ratios to bench/baseline.json (or --baseline=path)
 *   npm run bench -- --script=path          measure another build of the script tag (a patched copy, say)
 *   npm run bench -- --only=load            only the figures whose name has this text (and the empty steps)
 *
 * The peers are installed on demand (`npm ci --prefix bench/peers`, pinned in bench/peers/package-lock.json),
 * never as dependencies of the package itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const options = Object.fromEntries(process.argv.slice(2).map((arg) => [arg.replace(/^--/, '').split('=')[0], arg.split('=')[1] ?? true]));
const ROUNDS = Number(options.rounds ?? 9);
const WARM_UP_ROUNDS = 1; // the browser's first pages are slower than any later one
const RATINGS = 100;
const SETTLE_MS = 150; // after the frame: what a script or a render leaves to timers is its cost too
const ALLOWED_REGRESSION = 0.2; // a checked ratio may grow by 20 % before --check fails
const BASELINE = options.baseline ?? 'bench/baseline.json';
const ORIGIN = 'https://shop.example';
const PEERS = 'bench/peers';


if (!existsSync('dist/care-feedback.min.js')) {
  console.error('dist/care-feedback.min.js is missing: run `npm run build` first.');
  process.exit(2);
}
if (!existsSync(`${PEERS}/node_modules/.package-lock.json`)) {
  console.log(`Installing the peers into ${PEERS} (once)…`);
  // Only their prebuilt browser bundles are loaded; none of their install scripts is needed for those.
  execFileSync('npm', ['ci', '--prefix', PEERS, '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
const peerVersion = (name) => JSON.parse(readFileSync(`${PEERS}/node_modules/${name}/package.json`, 'utf8')).version;

const CARE = 'care-feedback';
const POSTHOG = `PostHog survey pair (posthog-js ${peerVersion('posthog-js')})`;
const FORMBRICKS = `Formbricks survey UI (@formbricks/surveys ${peerVersion('@formbricks/surveys')})`;
/** The libraries compared on load: the script tags each needs, in order, as served below. */
const LIBRARIES = {
  [CARE]: ['/care-feedback.min.js'],
  [POSTHOG]: ['/posthog/array.js', '/posthog/surveys.js'],
  [FORMBRICKS]: ['/formbricks/index.umd.js'],
  nothing: [],
};

const files = {
  '/care-feedback.min.js': options.script ?? 'dist/care-feedback.min.js',
  '/built/care-feedback.min.js': 'dist/care-feedback.min.js',
  '/posthog/array.js': `${PEERS}/node_modules/posthog-js/dist/array.js`,
  '/posthog/surveys.js': `${PEERS}/node_modules/posthog-js/dist/surveys.js`,
  '/formbricks/index.umd.js': `${PEERS}/node_modules/@formbricks/surveys/dist/index.umd.js`,
};
const bodies = Object.fromEntries(Object.entries(files).map(([path, file]) => [path, readFileSync(file, 'utf8')]));
const EMPTY_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>';

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const metricMs = ({ metrics }, wanted) => metrics.find(({ name }) => name === wanted).value * 1000;

/** Runs `measure(page, cpuMs)` on a fresh context's page on the bench origin; `cpuMs()` reads the main thread's CPU time. */
async function onFreshPage(measure) {
  const context = await browser.newContext();
  try {
    await context.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path in bodies) return route.fulfill({ contentType: 'text/javascript', body: bodies[path] });
      if (path.startsWith('/locales/')) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(`dist${path}`, 'utf8') });
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: EMPTY_PAGE });
      return route.fulfill({ status: 404, body: '' }); // nothing loaded here calls out; anything that does gets nothing
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpuMs = async () => metricMs(await cdp.send('Performance.getMetrics'), 'ThreadTime');
    /** Both counters at once: the main thread's CPU time and the time it ran JavaScript (ScriptDuration). */
    cpuMs.both = async () => {
      const metrics = await cdp.send('Performance.getMetrics');
      return { cpu: metricMs(metrics, 'ThreadTime'), script: metricMs(metrics, 'ScriptDuration') };
    };
    return await measure(page, cpuMs);
  } finally {
    await context.close();
  }
}

/** Resolves one frame and `settleMs` after now. Runs in the page. */
async function settle(settleMs) {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await new Promise((resolve) => setTimeout(resolve, settleMs));
}

/** Inserts script tags in order and resolves when the last one has run. Runs in the page. */
async function insertScripts(sources) {
  await Promise.all(sources.map((src) => {
    const tag = document.createElement('script');
    tag.src = src;
    tag.async = false; // in order, as two plain tags in the page would run
    const loaded = new Promise((resolve, reject) => ((tag.onload = resolve), (tag.onerror = () => reject(new Error(`${src} not loaded`)))));
    document.head.append(tag);
    return loaded;
  }));
}

/** CPU ms (`cpu`) and script ms (`script`) of loading `library`'s script tags. */
const measureLoad = (library) =>
  onFreshPage(async (page, cpuMs) => {
    const before = await cpuMs.both();
    await page.evaluate(insertScripts, LIBRARIES[library]);
    await page.evaluate(settle, SETTLE_MS);
    const after = await cpuMs.both();
    return { cpu: after.cpu - before.cpu, script: after.script - before.script };
  });

/** What the floor is built from: the markup and CSS that `<care-rating>` renders, read from the built element. */
const floorData = await onFreshPage(async (page) => {
  await page.evaluate(insertScripts, ['/built/care-feedback.min.js']); // this build's, also when --script measures another
  return page.evaluate(async () => {
    const markup = {};
    let css = '';
    for (const scale of ['stars', 'nps']) {
      const rating = document.createElement('care-rating');
      rating.setAttribute('scale', scale);
      document.body.append(rating);
      await rating.updateComplete;
      markup[scale] = rating.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
      css = rating.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
      rating.remove();
    }
    return { markup, css };
  });
});
bodies['/floor-rating.js'] = `const FLOOR = ${JSON.stringify(floorData)};\n${readFileSync('bench/floor-rating.js', 'utf8')}`;

/**
 * CPU ms of rendering `count` ratings of `scale` at once (`kind` care or floor) on a page that has just loaded
 * their script, to one frame after they rendered.
 */
const measureRender = (kind, scale, count) =>
  onFreshPage(async (page, cpuMs) => {
    const tag = kind === 'floor' ? 'floor-rating' : 'care-rating';
    await page.evaluate(insertScripts, kind === 'floor' ? ['/floor-rating.js'] : LIBRARIES[CARE]);
    await page.evaluate(settle, SETTLE_MS); // what the load left to timers runs before, not during, the measurement
    const before = await cpuMs();
    await page.evaluate(async ({ tag, scale, count }) => {
      const host = document.createElement('div');
      for (let i = 0; i < count; i++) {
        const rating = document.createElement(tag);
        rating.setAttribute('scale', scale);
        host.append(rating);
      }
      document.body.append(host);
      await Promise.all([...host.children].map((rating) => rating.updateComplete)); // Lit renders in a microtask
    }, { tag, scale, count });
    await page.evaluate(settle, SETTLE_MS);
    const took = (await cpuMs()) - before;
    const rendered = await page.evaluate(({ tag, count }) => {
      const ratings = [...document.querySelectorAll(tag)];
      return ratings.length === count && ratings.every((rating) => rating.shadowRoot.querySelectorAll('[role="radio"]').length > 0);
    }, { tag, count });
    if (!rendered) throw new Error(`${kind}: the ratings did not render`);
    return took;
  });

const EMPTY_LOAD = 'load: nothing (the steps alone)';
/** A load figure's script time is kept beside its CPU time, under this name. */
const SCRIPT = (name) => `${name} [script ms]`;
const EMPTY_RENDER = 'render: nothing (the steps alone)';
/** Each figure: how to measure it in one round, and the empty measurement taken from it. */
const FIGURES = {
  [`load: ${CARE}`]: [() => measureLoad(CARE), EMPTY_LOAD],
  [`load: ${POSTHOG}`]: [() => measureLoad(POSTHOG), EMPTY_LOAD],
  [`load: ${FORMBRICKS}`]: [() => measureLoad(FORMBRICKS), EMPTY_LOAD],
  'first NPS render: care-rating': [() => measureRender('care', 'nps', 1), EMPTY_RENDER],
  'first NPS render: floor': [() => measureRender('floor', 'nps', 1), EMPTY_RENDER],
  [`${RATINGS} star ratings: care-rating`]: [() => measureRender('care', 'stars', RATINGS), EMPTY_RENDER],
  [`${RATINGS} star ratings: floor`]: [() => measureRender('floor', 'stars', RATINGS), EMPTY_RENDER],
  [EMPTY_LOAD]: [() => measureLoad('nothing')],
  [EMPTY_RENDER]: [() => measureRender('floor', 'stars', 0)],
};
const names = Object.keys(FIGURES).filter((name) => !options.only || name.includes(options.only) || name.includes('nothing'));
/** Milliseconds by figure and round, as measured (before the empty steps are taken off). */
const raw = Object.fromEntries(names.map((name) => [name, []]));

/** Measures `rounds` more rounds of the figures `measured`, after the warm-up, adding them to `raw`. */
async function measureRounds(measured, rounds) {
  for (let round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
    // Rotate the order, so no figure always runs first or after the same one; every other round backwards.
    const order = measured.map((_, i) => measured[(i + round) % measured.length]);
    if (round % 2) order.reverse();
    const taken = {};
    for (const name of order) taken[name] = await FIGURES[name][0]();
    if (round < WARM_UP_ROUNDS) continue;
    for (const name of measured) {
      const { cpu = taken[name], script } = taken[name];
      raw[name].push(cpu);
      if (script !== undefined) (raw[SCRIPT(name)] ??= []).push(script);
    }
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const spread = (values, digits) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

/** A figure's milliseconds round by round, net of its round's empty measurement (the empty ones as measured). */
function netOf(name) {
  const empty = FIGURES[name]?.[1] ?? (FIGURES[name.replace(SCRIPT(''), '')][1] && SCRIPT(EMPTY_LOAD));
  return raw[name].map((ms, round) => (empty ? ms - raw[empty][round] : ms));
}

/**
 * `name` over `reference`, round by round (each round measures both, close in time, so a machine that gets
 * busier or quieter during the run moves both): the median of those ratios, and all of them for the spread.
 */
function ratio(name, reference) {
  if (!raw[name]?.length || !raw[reference]?.length) return { value: NaN, perRound: [NaN] };
  const [over, under] = [netOf(name), netOf(reference)];
  const perRound = over.map((ms, round) => ms / under[round]).filter((value) => !Number.isNaN(value)); // NaN: a round not remeasured
  return { value: median(perRound), perRound };
}

/** The ratios, care-feedback over its reference (lower is better); `checked` ones are what --check guards. */
const RATIO_FIGURES = {
  // The issue's targets for the load are on script time (CDP ScriptDuration), as it measured them; CPU time is the
  // stricter figure (it also counts the parse, style and layout a script causes) and the one --check guards,
  // being the steadier of the two on a busy machine.
  loadScriptVsPostHog: { label: `load: ${CARE} ÷ PostHog, script ms`, figures: [SCRIPT(`load: ${CARE}`), SCRIPT(`load: ${POSTHOG}`)], target: 1 / 10 },
  loadScriptVsFormbricks: { label: `load: ${CARE} ÷ Formbricks, script ms`, figures: [SCRIPT(`load: ${CARE}`), SCRIPT(`load: ${FORMBRICKS}`)], target: 1 / 3 },
  loadVsPostHog: { label: `load: ${CARE} ÷ PostHog, CPU ms`, figures: [`load: ${CARE}`, `load: ${POSTHOG}`], checked: true },
  loadVsFormbricks: { label: `load: ${CARE} ÷ Formbricks, CPU ms`, figures: [`load: ${CARE}`, `load: ${FORMBRICKS}`], checked: true },
  firstRenderVsFloor: { label: 'first NPS render ÷ floor', figures: ['first NPS render: care-rating', 'first NPS render: floor'], target: 1.5 },
  ratingsVsFloor: { label: `${RATINGS} star ratings ÷ floor`, figures: [`${RATINGS} star ratings: care-rating`, `${RATINGS} star ratings: floor`], target: 1.3, checked: true },
};
const ratios = () => Object.fromEntries(Object.entries(RATIO_FIGURES).map(([key, { figures }]) => [key, ratio(...figures)]));

const started = Date.now();
await measureRounds(names, ROUNDS);

/**
 * --check: a checked ratio over its limit is measured again, as many rounds more, before it fails, and judged on
 * all its rounds together: on a busy machine one run's median can be off by 20 %; twice as many rounds rarely are.
 */
let baseline;
const limitOf = (key) => baseline[key] * (1 + ALLOWED_REGRESSION);
const overLimit = () => Object.entries(ratios()).filter(([key, { value }]) => RATIO_FIGURES[key].checked && value > limitOf(key)).map(([key]) => key);
let remeasured = [];
if (options.check) {
  ({ ratios: baseline } = JSON.parse(readFileSync(BASELINE, 'utf8')));
  remeasured = overLimit();
  if (remeasured.length) {
    const figures = new Set(remeasured.flatMap((key) => RATIO_FIGURES[key].figures.flatMap((name) => [name, FIGURES[name][1]])));
    for (const name of Object.keys(raw)) if (!FIGURES[name] && !figures.has(name.replace(SCRIPT(''), ''))) raw[name].push(...Array(ROUNDS).fill(NaN));
    console.log(`Over the limit after ${ROUNDS} rounds: ${remeasured.join(', ')}; ${ROUNDS} rounds more of ${[...figures].length} figures…`);
    for (const name of names) if (!figures.has(name)) raw[name].push(...Array(ROUNDS).fill(NaN)); // keep rounds aligned
    await measureRounds([...figures], ROUNDS);
  }
}
const version = browser.version();
await browser.close();

const measuredRounds = (name) => netOf(name).filter((ms) => !Number.isNaN(ms));
const rows = names.flatMap((name) => (raw[SCRIPT(name)] ? [name, SCRIPT(name)] : [name]));
const width = Math.max(...rows.map((name) => name.length));
const row = (cells) => `| ${cells.join(' | ')} |`;
console.log(`\n${ROUNDS} rounds (after ${WARM_UP_ROUNDS} warm-up)${remeasured.length ? ` and ${ROUNDS} more of the remeasured figures` : ''}, ` +
  `Chromium ${version}, ${new Date().toISOString().slice(0, 16)}Z, ${((Date.now() - started) / 1000).toFixed(0)} s; main-thread CPU ms ` +
  `(and, for the loads, script ms), net of the empty steps\n`);
console.log(row(['figure'.padEnd(width), 'median ms', '  spread ms  ']));
console.log(row(['-'.repeat(width), '--------:', '------------:']));
for (const name of rows) {
  const values = measuredRounds(name);
  console.log(row([name.padEnd(width), median(values).toFixed(2).padStart(9), spread(values, 2).padStart(13)]));
}
console.log('');
console.log(row(['ratio'.padEnd(width), ' median', '   spread   ', ' target ', 'met']));
console.log(row(['-'.repeat(width), '------:', '-----------:', '-------:', ':-:']));
const final = ratios();
for (const [key, { value, perRound }] of Object.entries(final)) {
  const { label, target } = RATIO_FIGURES[key];
  const met = target === undefined ? ' – ' : value <= target ? 'yes' : 'NO ';
  console.log(row([label.padEnd(width), value.toFixed(3).padStart(7), spread(perRound, 3).padStart(12), target === undefined ? '    –   ' : `≤ ${target.toFixed(3)}`, met]));
}
const timesLess = (key) => (1 / final[key].value).toFixed(1);
console.log(`\nLoading the script tag takes ${timesLess('loadScriptVsPostHog')}× less script time than PostHog's survey pair (target ≥ 10×) ` +
  `and ${timesLess('loadScriptVsFormbricks')}× less than Formbricks' survey UI (target ≥ 3×); ` +
  `${timesLess('loadVsPostHog')}× and ${timesLess('loadVsFormbricks')}× less main-thread CPU time.`);

const current = Object.fromEntries(Object.entries(final).map(([key, { value }]) => [key, Number(value.toFixed(4))]));
if (options['save-baseline']) {
  const note = 'Ratios (care-feedback ÷ reference; lower is better) of one `npm run bench -- --save-baseline` run. ' +
    '`npm run bench -- --check` fails when loadVsPostHog, loadVsFormbricks or ratingsVsFloor grows by more than 20 %.';
  writeFileSync(BASELINE, `${JSON.stringify({ note, chromium: version, rounds: ROUNDS, date: new Date().toISOString().slice(0, 10), ratios: current }, null, 2)}\n`);
  console.log(`\nSaved to ${BASELINE}.`);
}
if (options.check) {
  console.log(`\nCompared with ${BASELINE} (a checked ratio fails when more than ${ALLOWED_REGRESSION * 100} % worse):`);
  const worse = overLimit();
  for (const [key, { label, checked }] of Object.entries(RATIO_FIGURES)) {
    if (!checked) continue;
    const state = worse.includes(key) ? 'WORSE' : remeasured.includes(key) ? 'ok (remeasured)' : 'ok';
    console.log(`  ${state.padEnd(15)} ${label}: ${current[key].toFixed(3)} (baseline ${baseline[key].toFixed(3)}, limit ${limitOf(key).toFixed(3)})`);
  }
  if (worse.length) {
    console.error(`\n${worse.length} ratio${worse.length > 1 ? 's are' : ' is'} more than ${ALLOWED_REGRESSION * 100} % worse than the baseline.`);
    process.exit(1);
  }
}
