// Runs first in a page of tests/support/ssr-pages.mjs: what a host would measure and hear.
window.ssr = { shifts: [], layoutShiftMeasured: false, events: [], problems: [] };
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.ssr.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  window.ssr.layoutShiftMeasured = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
} catch {
  // Only Chromium has layout-shift entries; elsewhere the test compares geometry alone.
}
for (const type of ['care-show', 'care-rate']) {
  document.addEventListener(type, (event) => window.ssr.events.push({ type, surveyId: event.detail.surveyId }));
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.ssr.problems.push(`policy violation: ${event.violatedDirective} (${event.blockedURI || 'inline'})`);
});
window.addEventListener('error', (event) => window.ssr.problems.push(`uncaught: ${event.message}`));
