#!/usr/bin/env node
/**
 * `npm test`: the layers check (.dependency-cruiser.cjs), typecheck, build, the browser suite in Chromium, Firefox and WebKit one after the other (each
 * also started once with reduced motion and forced colours on, for tests/browser/preferences/), then the Node
 * suites (package checks, demo collector, end-to-end with playwright-core against the built script tag). It
 * ends with one line, `N passed, N failed, N skipped`, for all of them, and exits non-zero on any failure.
 *
 * `npm test -- --engine firefox` (or `CARE_ENGINES=firefox,webkit npm test`) runs the browser suite in those
 * engines only. An engine that is not installed is skipped with the command that installs it; under `CI=true`
 * a missing engine fails the run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ENGINES, REQUIREMENTS, missingFiles } from '../tests/support/engines.mjs';

const RESULTS = '.test-results';
/** The Node suites' folders, as `npm run test:node` lists them (one list for both). */
const NODE_SUITES = JSON.parse(readFileSync('package.json', 'utf8')).scripts['test:node'].split(' ').filter((arg) => arg.startsWith('tests/'));
const PREFERENCES = 'reduced-motion,forced-colors';
const totals = { passed: 0, failed: 0, skipped: 0 };
const report = [];
let stepsFailed = 0;

const { values } = parseArgs({ options: { engine: { type: 'string', multiple: true } }, allowPositionals: false });
const engines = values.engine?.flatMap((e) => e.split(',')) ?? process.env.CARE_ENGINES?.split(',') ?? ENGINES;
for (const engine of engines) if (!ENGINES.includes(engine)) throw new Error(`unknown engine "${engine}": one of ${ENGINES.join(', ')}`);

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (Date.now() - started) / 1000;
  if (status !== 0) {
    stepsFailed++;
    console.error(`✖ ${label} exited with ${status}`);
  }
  return { ok: status === 0, seconds };
}

/** Adds one suite's counts to the totals; a suite that wrote no counts has failed outright. */
function addCounts(label, file, seconds) {
  if (!existsSync(file)) {
    totals.failed++;
    report.push({ label, seconds, missing: true });
    return;
  }
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
  report.push({ ...counts, label, seconds });
}

/** WebKitGTK's MiniBrowser needs a display: without one, the run goes under a virtual one (Xvfb). */
function browserSuite(engine, preferences) {
  const label = preferences ? `${engine} (reduced motion, forced colours)` : engine;
  const env = { CARE_ENGINE: engine, CARE_PREFERENCES: preferences ?? '' };
  const wtr = ['wtr'];
  const { seconds } =
    engine === 'webkit' && !process.env.DISPLAY
      ? run(`browser tests in ${label}`, 'xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'npx', ...wtr], env)
      : run(`browser tests in ${label}`, 'npx', wtr, env);
  addCounts(label, `${RESULTS}/browser-${preferences ? `${engine}-preferences` : engine}.json`, seconds);
}

rmSync(RESULTS, { recursive: true, force: true });
run('layers (no import loop, no upward import)', 'npm', ['run', '--silent', 'check:layers']);
const built = run('typecheck', 'npm', ['run', '--silent', 'typecheck']).ok & run('build', 'npm', ['run', '--silent', 'build']).ok;
const missingEngines = [];
if (built) {
  for (const engine of engines) {
    const missing = missingFiles(engine);
    if (missing.length) {
      missingEngines.push({ engine, missing });
      continue;
    }
    browserSuite(engine);
    browserSuite(engine, PREFERENCES);
  }
  const { seconds } = run('node, demo and end-to-end tests', process.execPath, [
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./tests/support/node-count-reporter.mjs', `--test-reporter-destination=${RESULTS}/node.json`,
    ...NODE_SUITES,
  ]);
  addCounts('node, receiver (PostgreSQL), demo, e2e', `${RESULTS}/node.json`, seconds);
} else {
  totals.failed++;
}

console.log('\nSuites:');
for (const { label, seconds, passed, failed, skipped, skippedNames, missing } of report) {
  const counts = missing ? 'wrote no counts' : `${passed} passed, ${failed} failed, ${skipped} skipped`;
  console.log(`  ${label.padEnd(44)} ${counts.padEnd(36)} ${seconds.toFixed(0).padStart(4)} s`);
  for (const name of skippedNames ?? []) console.log(`      skipped: ${name}`);
}
for (const { engine, missing } of missingEngines) {
  console.log(`  ${engine.padEnd(44)} NOT RUN: ${missing.join(', ')} missing; install with: ${REQUIREMENTS[engine].install}`);
}
if (missingEngines.length && process.env.CI === 'true') {
  console.error(`✖ CI=true: every engine must run; missing ${missingEngines.map((m) => m.engine).join(', ')}`);
  totals.failed += missingEngines.length;
}

if (stepsFailed && !totals.failed) totals.failed++; // a step that failed outside any test still fails the run
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed || stepsFailed ? 1 : 0);
