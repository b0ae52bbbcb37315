// The negative control for Trusted Types in tests/support/host-pages.mjs: a string written to an HTML sink
// must be refused (and reported) where `require-trusted-types-for 'script'` is enforced.
try {
  document.createElement('div').innerHTML = '<b>untrusted</b>';
  window.sinkAccepted = true;
} catch {
  window.sinkAccepted = false;
}
