// The demo server: the demo pages, the library build and the local collector on one origin, with
// Node built-ins only. Every page is sent with a strict Content-Security-Policy and Trusted Types
// enforced, so the demo proves the library needs neither 'unsafe-inline' nor 'unsafe-eval'.
//
//   node demo/server.mjs            # http://localhost:8080 (PORT=… to change), events in .data/

import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createCollector } from './collector.mjs';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Only these top-level folders are served; everything else in the repo (package.json, src, .data) is not. */
const SERVED_FOLDERS = new Set(['demo', 'dist', 'schemas', 'node_modules']);
const PAGE_ROUTES = new Map([
  ['/', 'demo/index.html'],
  ['/responses', 'demo/responses.html'],
]);
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const INLINE_IMPORT_MAP = /<script\s+type=["']?importmap["']?\s*>([\s\S]*?)<\/script>/gi;

/**
 * Starts the demo server.
 * @param {{ port?: number, host?: string, dataDir?: string, root?: string, databaseUrl?: string, forward?: boolean | object }} [options]
 *   port 0 picks a free one; host defaults to loopback (the collector has a DELETE);
 *   root is the repository root; dataDir holds events.jsonl (default `<root>/.data`); with databaseUrl
 *   (default: the DATABASE_URL environment variable) the events are kept in PostgreSQL instead; forward
 *   starts a forwarder on the same store (demo/forwarding.mjs; `npm start` turns it on)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer({ port = 0, host = '127.0.0.1', root = REPO_ROOT, dataDir = join(root, '.data'), databaseUrl, forward } = {}) {
  const handleEvents = createCollector({ dataDir, databaseUrl, forward });
  // Async, so that a throw anywhere becomes a 500 for that request rather than the end of the server.
  const handleRequest = async (req, res) => {
    if (!handleEvents(req, res)) await serveFile(req, res, root);
  };
  const server = createServer((req, res) => {
    handleRequest(req, res).catch((error) => {
      console.error('care-feedback demo server:', error);
      if (!res.headersSent) sendText(res, 500, 'Internal server error');
      else res.destroy();
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { address, port: boundPort } = server.address();
  const urlHost = address.includes(':') ? `[${address}]` : address;

  return {
    url: `http://${urlHost}:${boundPort}`,
    close: async () => {
      await new Promise((resolve) => {
        server.close(() => resolve());
        // Event streams and keep-alive sockets would otherwise hold the server open.
        server.closeAllConnections();
      });
      // A store that holds its folder (pgliteStore: one process at a time) lets go of it, so the demo can be
      // started again on the same data directory.
      await handleEvents.close?.();
    },
  };
}

async function serveFile(req, res, root) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  const target = resolveServedPath(root, req.url);
  if (typeof target === 'number') return sendText(res, target, target === 403 ? 'Forbidden' : 'Not found');

  const info = await stat(target).catch(() => null);
  if (!info?.isFile()) return sendText(res, 404, 'Not found');

  const body = await readFile(target);
  const contentType = CONTENT_TYPES[extname(target)] ?? 'application/octet-stream';
  const headers = {
    'Content-Type': contentType,
    'Content-Length': body.length,
    // The demo is reloaded after every library build; a cached dist/ file would hide the change.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  if (contentType.startsWith('text/html')) {
    headers['Content-Security-Policy'] = contentSecurityPolicy(body.toString('utf8'));
  }
  res.writeHead(200, headers).end(body);
}

/**
 * Maps a request URL to a file inside one of SERVED_FOLDERS.
 * @returns {string | number} an absolute path, or the status to answer (400, 403, 404)
 */
function resolveServedPath(root, requestUrl) {
  let pathname;
  try {
    // The URL parser already folds `/../` and `/%2e%2e/`; decoding can still yield `..%2f` → `../`.
    pathname = decodeURIComponent(new URL(requestUrl, 'http://demo.invalid').pathname);
  } catch {
    return 400;
  }
  if (pathname.includes('\0')) return 400;

  const absolute = join(root, PAGE_ROUTES.get(pathname) ?? pathname);
  const insideRoot = relative(root, absolute);
  if (insideRoot === '..' || insideRoot.startsWith(`..${sep}`) || isAbsolute(insideRoot)) return 403;
  if (!SERVED_FOLDERS.has(insideRoot.split(sep)[0])) return 404;
  return absolute;
}

/**
 * The policy for a demo page: the strict one a careful host would set. A page's inline import map is
 * allowed by its sha256 hash (browsers cannot load an import map from a file, and `script-src 'self'`
 * blocks inline ones). The hash is taken from the very bytes being served, so it never goes stale.
 * @param {string} html
 */
export function contentSecurityPolicy(html) {
  const importMapHashes = [...html.matchAll(INLINE_IMPORT_MAP)].map(([, text]) => {
    // Browsers hash the parsed text, in which the HTML parser has turned CRLF and CR into LF.
    const parsedText = text.replace(/\r\n?/g, '\n');
    return `'sha256-${createHash('sha256').update(parsedText, 'utf8').digest('base64')}'`;
  });
  return [
    "default-src 'self'",
    ["script-src 'self'", ...importMapHashes].join(' '),
    "style-src 'self'",
    "connect-src 'self' http://localhost:* http://127.0.0.1:*",
    "img-src 'self' data:",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

function sendText(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(`${text}\n`);
}

function isRunDirectly() {
  return Boolean(process.argv[1]) && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url;
}

if (isRunDirectly()) {
  const port = Number(process.env.PORT) || 8080;
  await startServer({ port, dataDir: join(REPO_ROOT, '.data'), forward: true });
  console.log(`care-feedback demo: http://localhost:${port}`);
  if (!existsSync(join(REPO_ROOT, 'dist', 'care-feedback.min.js'))) {
    console.warn('dist/care-feedback.min.js is missing: build the library, or the pages show no widgets.');
  }
}
