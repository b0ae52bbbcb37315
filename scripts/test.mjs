#!/usr/bin/env node
/**
 * `npm test`: typecheck, build, browser tests (web-test-runner, headless Chromium), then the Node suites
 * (package checks, demo collector, end-to-end with playwright-core against the built script tag). It ends
 * with one line, `N passed, N failed, N skipped`, for all of them, and exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = '.test-results';
const totals = { passed: 0, failed: 0, skipped: 0 };
let stepsFailed = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (status !== 0) {
    stepsFailed++;
    console.error(`✖ ${label} exited with ${status}`);
  }
  return status === 0;
}

function addCounts(file) {
  if (!existsSync(file)) return false;
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
  return true;
}

rmSync(RESULTS, { recursive: true, force: true });
const built = run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']) & run('build', 'npm', ['run', '--silent', 'build']);
if (built) {
  run('browser tests', 'npx', ['wtr']);
  if (!addCounts(`${RESULTS}/unit.json`)) totals.failed++;
  run('node, demo and end-to-end tests', process.execPath, [
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./tests/support/node-count-reporter.mjs', `--test-reporter-destination=${RESULTS}/node.json`,
    'tests/node/', 'tests/demo/', 'tests/e2e/',
  ]);
  if (!addCounts(`${RESULTS}/node.json`)) totals.failed++;
} else {
  totals.failed++;
}

if (stepsFailed && !totals.failed) totals.failed++; // a step that failed outside any test still fails the run
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed || stepsFailed ? 1 : 0);
