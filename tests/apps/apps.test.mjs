/**
 * Framework apps built for real against the packed package (`npm run test:apps`, run by CI): each app in
 * examples/apps/ is copied to a temporary folder, installed from the registry with care-feedback from the
 * tarball `npm pack` makes, type-checked (and a file that must not type-check is checked to fail), built
 * with its own tooling, served, and driven in Chromium: a click on a rating runs the framework's handler,
 * and the CloudEvent arrives at a collector on another origin. The server-rendered apps (Next.js with
 * `next start`, SvelteKit and Astro with their Node adapters) run their own server and are measured on a full
 * page load (measureServerRendered: the question in the server's HTML, CLS, the first event, the handlers), and
 * the measurements are printed. Nothing is cached between runs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestCollector } from '../support/test-collector.mjs';
import { launchChromium, waitFor } from '../e2e/support.mjs';
import { freePort } from '../support/free-port.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'care-apps-'));
let tarball, collector, browser;

/** Runs a command in `cwd`; returns its output, or fails the test with it. */
function run(cwd, command, args, { expectFailure = false } = {}) {
  const { status, stdout, stderr } = spawnSync(command, args, {
    cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', NEXT_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false' },
  });
  const output = `${stdout}\n${stderr}`;
  if (expectFailure ? status === 0 : status !== 0) {
    assert.fail(`${command} ${args.join(' ')} in ${cwd} ${expectFailure ? 'succeeded but must fail' : `exited with ${status}`}:\n${output.slice(-4000)}`);
  }
  return output;
}

/** Copies an example app, points it at the tarball and installs it. */
function install(app) {
  const dir = join(work, app);
  cpSync(join(repo, 'examples/apps', app), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  manifest.dependencies['care-feedback'] = `file:${tarball}`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  return dir;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serves a built app's folder (index.html for unknown paths, as a single-page app host does). */
async function serve(root) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = join(root, path.endsWith('/') ? 'index.html' : path);
    try {
      const body = await readFile(file.startsWith(root) ? file : join(root, 'index.html'));
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(await readFile(join(root, 'index.html')));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Opens the app, clicks an option of the rating matching `selector`, and waits for `outputSelector` to read `expected`. */
async function clickAndHear(url, bucket, steps) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(`${url}/?endpoint=${encodeURIComponent(bucket.endpoint)}`);
  for (const { rating, option, output, expected } of steps) {
    await page.locator(`${rating} [role="radio"][aria-label="${option}"]`).click();
    await page.locator(output).filter({ hasText: expected }).waitFor({ timeout: 5000 });
  }
  const requests = await waitFor(async () => {
    const got = await bucket.requests();
    return got.filter((r) => r.body.type === 'care.feedback.rating.v1').length >= steps.length && got;
  }, 5000, 'the CloudEvents');
  await page.close();
  assert.deepEqual(problems, []);
  return requests.filter((r) => r.body.type === 'care.feedback.rating.v1');
}

/** Serves a built app, rates 9 on its NPS (`#raw` unless named), and checks the handler and the CloudEvent. */
async function rateNineAndHear(built, surveyId, rating = '#raw') {
  const site = await serve(built);
  try {
    const ratings = await clickAndHear(site.url, collector.bucket(), [
      { rating, option: '9 of 10', output: '#rated', expected: 'rated 9' },
    ]);
    assert.deepEqual(ratings.map((r) => [r.body.data.surveyId, r.body.data.value]), [[surveyId, 9]]);
    assert.deepEqual(ratings.flatMap((r) => r.schemaErrors), []);
  } finally {
    await site.close();
  }
}

/**
 * Starts an app's own Node server (`command args`, with PORT and HOST set) and waits until it answers. The
 * returned close() stops that process (only it: it was started here).
 */
async function startServer(cwd, command, args, env = {}) {
  const port = await freePort();
  // In a process group of its own: npx and the servers start children, and close() stops the whole group.
  const server = spawn(command, args, {
    cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    env: { ...process.env, CI: 'true', NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', PORT: String(port), HOST: '127.0.0.1', ...env },
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  try {
    await waitFor(async () => (await fetch(url).catch(() => null))?.ok || server.exitCode != null, 60_000, `${command} ${args.join(' ')} to answer`);
  } catch (error) {
    stop();
    throw new Error(`${error.message}\n${output.slice(-3000)}`);
  }
  if (server.exitCode != null) throw new Error(`${command} ${args.join(' ')} exited with ${server.exitCode}:\n${output.slice(-3000)}`);
  return { url, close: () => new Promise((resolve) => (server.exitCode != null ? resolve() : (server.once('exit', resolve), stop()))) };
}

/**
 * A server-rendered app, as a visitor meets it on a full page load: the question is in the HTML the server
 * sends (declarative shadow DOM); in Chromium, the layout shift over the upgrade and hydration (CLS, from
 * PerformanceObserver `layout-shift`) stays under 0.01; the first event sent names the page's survey (the inline
 * card's `care.feedback.shown.v1`), none names another; the framework's care-show handler runs, and so does its
 * care-rate handler after a click. Prints the measurements.
 */
async function measureServerRendered(app, url, { card, rating, question }) {
  const bucket = collector.bucket();
  const html = await (await fetch(url)).text();
  assert.match(html, /<care-feedback[^>]*><template[^>]* shadowrootmode="open"/, 'the card is in the server HTML with its shadow root');
  assert.ok(html.includes(question), `the question "${question}" is in the server HTML`);
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // A failed load is told by its response (with its address); a missing favicon is no problem of ours.
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.status()} ${response.url()}`));
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${url}/?endpoint=${encodeURIComponent(bucket.endpoint)}`, { waitUntil: 'load' });
  await page.locator('#shown').filter({ hasText: `shown ${card}` }).waitFor({ timeout: 10_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const cls = await page.evaluate(() => window.layoutShift);
  await page.locator(`#component [role="radio"][aria-label="9 of 10"]`).click();
  await page.locator('#rated').filter({ hasText: 'rated 9' }).waitFor({ timeout: 5000 });
  const requests = await waitFor(async () => {
    const got = await bucket.requests();
    return got.some((r) => r.body.type === 'care.feedback.rating.v1') && got;
  }, 5000, 'the CloudEvents');
  await page.close();
  const [first] = requests;
  console.log(`${app}: question in the server HTML; CLS ${cls.toFixed(4)}; first event ${first.body.type} for "${first.body.data.surveyId}"; ` +
    `care-show handler ran ("shown ${card}"), care-rate handler ran ("rated 9"); surveys sent: ${requests.map((r) => r.body.data.surveyId).join(', ')}`);
  assert.ok(cls < 0.01, `CLS ${cls} over the upgrade`);
  assert.deepEqual([first.body.type, first.body.data.surveyId], ['care.feedback.shown.v1', card]);
  assert.deepEqual([...new Set(requests.map((r) => r.body.data.surveyId))].sort(), [card, rating].sort());
  assert.deepEqual(requests.flatMap((r) => r.schemaErrors), []);
  assert.deepEqual(problems, []);
}

before(async () => {
  // The package as users get it: what `npm pack` puts in the tarball (built by `npm test`'s build or here).
  const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], { cwd: repo, encoding: 'utf8' });
  tarball = join(work, packed.trim().split('\n').pop());
  collector = await startTestCollector();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await collector?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('React 19 + Vite', () => {
  test('type-checks typed event props and raw tags, rejects a wrong detail, builds, and hears a click', async () => {
    const dir = install('react-vite');
    run(dir, 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
    const errors = run(dir, 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.type-errors.json'], { expectFailure: true });
    assert.equal((errors.match(/error TS2339: Property 'nonsense' does not exist on type 'RatingData'/g) ?? []).length, 2, errors);
    run(dir, 'npx', ['vite', 'build']);
    const site = await serve(join(dir, 'dist'));
    try {
      const bucket = collector.bucket();
      const ratings = await clickAndHear(site.url, bucket, [
        { rating: '#component', option: '9 of 10', output: '#rated', expected: 'rated 9' },
        { rating: '#raw', option: 'Thumbs up', output: '#thumbs', expected: 'thumbs 1' },
      ]);
      assert.deepEqual(ratings.map((r) => [r.body.data.surveyId, r.body.data.value]).sort(), [['react-app', 9], ['react-raw', 1]]);
      assert.deepEqual(ratings.flatMap((r) => r.schemaErrors), []);
    } finally {
      await site.close();
    }
  });
});

describe('React 18 + Vite', () => {
  test('the components type-check and hear clicks; a raw tag listener, which React 18 drops, does not type-check', async () => {
    const dir = install('react18-vite');
    run(dir, 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
    const errors = run(dir, 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.type-errors.json'], { expectFailure: true });
    assert.match(errors, /raw-listener\.tsx\(7,\d+\): error TS7006: Parameter 'event' implicitly has an 'any' type/, errors);
    assert.match(errors, /error TS2339: Property 'nonsense' does not exist on type 'RatingData'/, errors);
    run(dir, 'npx', ['vite', 'build']);
    const site = await serve(join(dir, 'dist'));
    try {
      const bucket = collector.bucket();
      const page = await browser.newPage();
      await page.goto(`${site.url}/?endpoint=${encodeURIComponent(bucket.endpoint)}`);
      await page.locator('#shown').filter({ hasText: 'shown inline' }).waitFor({ timeout: 5000 });
      await page.close();
      const ratings = await clickAndHear(site.url, bucket, [
        { rating: '#component', option: '4 stars', output: '#rated', expected: 'rated 4' },
      ]);
      assert.deepEqual(ratings.map((r) => [r.body.data.surveyId, r.body.data.value]), [['react18-app', 4]]);
    } finally {
      await site.close();
    }
  });
});

describe('Next.js (App Router)', () => {
  test('renders the elements on the server (next start), type-checks, and hydrates: no shift, the right survey first, handlers run', async () => {
    const dir = install('next-app');
    const errors = run(dir, 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.type-errors.json'], { expectFailure: true });
    assert.match(errors, /error TS2339: Property 'nonsense' does not exist on type 'RatingData'/, errors);
    run(dir, 'npx', ['next', 'build']); // type-checks the app itself
    const server = await startServer(dir, 'npx', ['next', 'start', '--hostname', '127.0.0.1']);
    try {
      await measureServerRendered('Next.js', server.url, { card: 'next-card', rating: 'next-app', question: 'How likely are you to recommend us to a friend or colleague?' });
    } finally {
      await server.close();
    }
  });
});

describe('Angular (strictTemplates)', () => {
  test('types (care-rate) from the element\'s events, rejects a wrong detail, builds, and hears a click', async () => {
    const dir = install('angular');
    const errors = run(dir, 'npx', ['ngc', '-p', 'tsconfig.type-errors.json'], { expectFailure: true });
    assert.match(errors, /Property 'nonsense' does not exist on type 'RatingData'/, errors);
    run(dir, 'npx', ['ng', 'build']); // the application builder type-checks the templates
    await rateNineAndHear(join(dir, 'dist', 'browser'), 'angular-app');
  });
});

describe('Vue 3 + Vite', () => {
  test('vue-tsc types @care-rate and attribute values, rejects wrong ones, builds, and hears a click', async () => {
    const dir = install('vue-vite');
    run(dir, 'npx', ['vue-tsc', '--noEmit', '-p', 'tsconfig.json']);
    const errors = run(dir, 'npx', ['vue-tsc', '--noEmit', '-p', 'tsconfig.type-errors.json'], { expectFailure: true });
    assert.match(errors, /Property 'nonsense' does not exist on type 'RatingData'/, errors);
    assert.match(errors, /Type '"bogus"' is not assignable/, errors);
    run(dir, 'npx', ['vite', 'build']);
    await rateNineAndHear(join(dir, 'dist'), 'vue-app');
  });
});

describe('Svelte 5 + Vite', () => {
  test('svelte-check types oncare-rate and attribute values, rejects wrong ones, builds, and hears a click', async () => {
    const dir = install('svelte-vite');
    run(dir, 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
    const errors = run(dir, 'npx', ['svelte-check', '--tsconfig', './tsconfig.type-errors.json'], { expectFailure: true });
    assert.match(errors, /Property 'nonsense' does not exist on type 'RatingData'/, errors);
    assert.match(errors, /Type '"bogus"' is not assignable/, errors);
    run(dir, 'npx', ['vite', 'build']);
    await rateNineAndHear(join(dir, 'dist'), 'svelte-app');
  });
});

describe('SvelteKit (Node adapter)', () => {
  test('renders the elements on the server (hooks.server.ts), type-checks, and hydrates: no shift, the right survey first, handlers run', async () => {
    const dir = install('sveltekit');
    run(dir, 'npx', ['vite', 'build']); // also writes .svelte-kit/tsconfig.json, which svelte-check reads
    run(dir, 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
    const server = await startServer(dir, 'node', ['build']);
    try {
      await measureServerRendered('SvelteKit', server.url, { card: 'kit-card', rating: 'kit-app', question: 'How likely are you to recommend us to a friend or colleague?' });
    } finally {
      await server.close();
    }
  });
});

describe('Astro (Node adapter)', () => {
  test('renders the elements on the server (src/middleware.ts), type-checks the markup and rejects a wrong scale, no shift, the right survey first, handlers run', async () => {
    const dir = install('astro');
    run(dir, 'npx', ['astro', 'check']); // the markup's attributes and the <script>'s typed events
    run(dir, 'npx', ['astro', 'build']);
    const server = await startServer(dir, 'node', ['dist/server/entry.mjs']);
    try {
      await measureServerRendered('Astro', server.url, { card: 'astro-card', rating: 'astro-app', question: 'How likely are you to recommend us to a friend or colleague?' });
    } finally {
      await server.close();
    }
    cpSync(join(dir, 'type-errors/wrong.astro'), join(dir, 'src/pages/wrong.astro'));
    const errors = run(dir, 'npx', ['astro', 'check'], { expectFailure: true });
    assert.match(errors, /Type '"bogus"' is not assignable/, errors);
  });
});
