/**
 * A partner's page for the browser suite: the built script tag under the contract's strict
 * Content-Security-Policy with Trusted Types enforced (§1), so every engine proves the script tag as hosts
 * ship it, not only Chromium in the end-to-end tests.
 *
 *   GET /host/checkout?survey=<id>            the script tag and one <care-feedback scale="nps">
 *       &lang=<tag>                           in that language (`<html lang>`); English by default
 *       &dist=broken-dist                     the script served from /broken-dist/, where no language pack is
 *       &integrity=right|wrong                the script tag pinned with its SRI hash, or with another one
 *       &inline=1                             plus an inline script and a string written to innerHTML: the
 *                                             policy must block both (the negative control that shows the
 *                                             policy is enforced and the watcher reports it)
 *   GET /cdn/care-feedback.min.js             the built script as a CDN serves it (`Access-Control-Allow-Origin: *`),
 *                                             for pages that load it with `crossorigin`: then its errors reach the
 *                                             page's handlers unmuted, as they reach a partner's error monitoring
 *
 * The page is on the test server's origin (localhost); its endpoint is the collector on 127.0.0.1, another
 * origin, allowed by `connect-src` alone. `/tests/support/host-page-watch.js` runs first and records every
 * policy violation and uncaught error in `window.hostProblems`, and console warnings in `window.hostWarnings`.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export function strictPolicy(collectorOrigin) {
  return `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${collectorOrigin}; ` +
    `require-trusted-types-for 'script'; trusted-types lit-html`;
}

const escapeAttribute = (text) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function hostPages(ctx, next) {
  if (ctx.path === '/broken-dist/care-feedback.min.js') {
    ctx.type = 'text/javascript';
    ctx.body = await readFile(new URL('../../dist/care-feedback.min.js', import.meta.url));
    return;
  }
  if (ctx.path === '/cdn/care-feedback.min.js') {
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.type = 'text/javascript';
    ctx.body = await readFile(new URL('../../dist/care-feedback.min.js', import.meta.url));
    return;
  }
  if (ctx.path !== '/host/checkout') return next();
  const port = ctx.host.split(':').pop();
  const collector = `http://127.0.0.1:${port}`;
  const survey = escapeAttribute(ctx.query.survey ?? 'checkout-nps');
  const bucket = escapeAttribute(ctx.query.bucket ?? 'host');
  const lang = escapeAttribute(ctx.query.lang ?? 'en');
  const dist = ctx.query.dist === 'broken-dist' ? 'broken-dist' : 'dist';
  let pin = '';
  if (ctx.query.integrity) {
    const script = await readFile(new URL('../../dist/care-feedback.min.js', import.meta.url));
    const hash = createHash('sha384').update(ctx.query.integrity === 'right' ? script : Buffer.from('another script')).digest('base64');
    pin = ` integrity="sha384-${hash}" crossorigin="anonymous"`;
  }
  ctx.set('Content-Security-Policy', strictPolicy(collector));
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = `<!doctype html><html lang="${lang}"><head><title>Checkout</title>
<script src="/tests/support/host-page-watch.js"></script>
<script src="/${dist}/care-feedback.min.js"${pin} data-endpoint="${collector}/collect/${bucket}" data-context='{"plan":"pro"}' defer></script>
${ctx.query.inline ? '<script>window.inlineRan = true;</script><script src="/tests/support/host-page-sink.js"></script>' : ''}
</head><body><main><h1>Thanks for your order</h1>
<care-feedback survey-id="${survey}" scale="nps"></care-feedback></main></body></html>`;
}
