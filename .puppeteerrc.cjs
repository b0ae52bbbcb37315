/**
 * Puppeteer's own configuration file: it drives the system's Firefox ESR in the browser tests
 * (web-test-runner.config.mjs), so it never downloads a browser of its own. Without this, a plain
 * `npm install` on a machine that reaches the npm registry but no browser download site fails.
 * https://pptr.dev/guides/configuration
 */
module.exports = { skipDownload: true };
