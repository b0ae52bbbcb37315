// Runs first in the host page of tests/support/host-pages.mjs: records what a host would see go wrong.
window.hostProblems = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.hostProblems.push(`policy violation: ${event.violatedDirective} (${event.blockedURI || 'inline'})`);
});
window.addEventListener('error', (event) => window.hostProblems.push(`uncaught: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => window.hostProblems.push(`unhandled: ${event.reason}`));
window.hostWarnings = [];
const warn = console.warn;
console.warn = (...args) => {
  window.hostWarnings.push(args.join(' '));
  warn(...args);
};
