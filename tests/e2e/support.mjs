/** Shared pieces of the end-to-end tests: a static server for host pages, and the local Chromium. */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const root = new URL('../../', import.meta.url);

/**
 * Serves `pages` (path → HTML) and the built `dist/` on a port of its own, so the page and the collector are
 * different origins, as a partner site and its collector are.
 */
export async function startHostSite(pages) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (pages[path]) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...(pages[path].headers ?? {}) });
      res.end(pages[path].html ?? pages[path]);
      return;
    }
    if (/^\/dist\/[\w.-]+\.js$/.test(path)) {
      try {
        const body = await readFile(new URL(`.${path}`, root));
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        res.end(body);
        return;
      } catch {
        /* 404 below */
      }
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

export async function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Polls until `check()` returns something truthy, or fails after `timeout` ms. */
export async function waitFor(check, timeout = 5000, what = 'condition') {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
