/**
 * A node:test reporter that writes `{ passed, failed, skipped }` as JSON, so `npm test` can add the Node
 * suites (package, demo collector, end-to-end) to the browser suites in one closing line.
 */
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    if (data.details?.type === 'suite') continue; // a describe() block: its tests are counted themselves
    if (data.skip || data.todo) totals.skipped++;
    else if (type === 'test:pass') totals.passed++;
    else totals.failed++;
  }
  yield JSON.stringify(totals);
}
