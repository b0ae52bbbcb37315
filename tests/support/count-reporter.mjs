/**
 * Writes how many browser tests passed, failed and were skipped to a JSON file, so `npm test` can print
 * one closing `N passed, N failed, N skipped` line for every engine and suite together. Skipped tests are
 * listed by name (their titles say why), so no engine can pass a test silently.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, path, totals) {
  if (!suite) return totals;
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests) {
    if (test.skipped) {
      totals.skipped++;
      totals.skippedNames.push([...here, test.name].join(' › '));
    } else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, here, totals);
  return totals;
}

export function countReporter({ file, label }) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { label, passed: 0, failed: 0, skipped: 0, skippedNames: [] };
      for (const session of sessions) {
        count(session.testResults, [session.testFile.replace(/^.*\/tests\//, 'tests/')], totals);
        // A file that failed to load or threw outside a test has errors but no failing test: count it.
        if (session.errors.length) totals.failed += session.errors.length;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
