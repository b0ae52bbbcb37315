/**
 * Server-rendered pages for the browser suite (tests/browser/ssr/), made with the built `care-feedback/ssr`
 * (`dist/ssr.js`, from `npm run build`) as a host's server makes them:
 *
 *   GET /ssr/page?markup=<html>     a page whose <main> is renderToString(markup) and a paragraph below it,
 *       &lang=<tag>                 `<html lang>` and renderToString's `lang`
 *       &script=1                   plus the built script tag (deferred), configured with
 *       &endpoint=<url>             this endpoint (on another origin, allowed by `connect-src`)
 *       &nonce=0                    renders without the nonce (the negative control: the policy blocks the styles)
 *   GET /ssr/render?markup=<html>   just renderToString(markup, { lang }), as text
 *
 * The page's Content-Security-Policy allows styles only with its nonce (no 'unsafe-inline') and scripts only
 * from this origin. /tests/support/ssr-page-watch.js runs first and records the layout shifts (where the engine
 * has them), the care-show and care-rate events a host hears on `document`, and problems; ssr-page-mark.js runs
 * after the markup, before the deferred script tag, and records where things are before any upgrade.
 */
const NONCE = 'ssr-test-nonce';
let ssr;
const renderToString = async (...args) => (ssr ??= await import('../../dist/ssr.js')).renderToString(...args);
const escapeAttribute = (text) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function ssrPages(ctx, next) {
  if (ctx.path !== '/ssr/page' && ctx.path !== '/ssr/render') return next();
  const markup = ctx.query.markup ?? '';
  const lang = ctx.query.lang || 'en';
  if (ctx.path === '/ssr/render') {
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = await renderToString(markup, { lang });
    return;
  }
  const endpoint = ctx.query.endpoint ?? '';
  const connect = endpoint ? new URL(endpoint).origin : "'none'";
  ctx.set('Content-Security-Policy', `default-src 'none'; script-src 'self'; style-src 'self' 'nonce-${NONCE}'; connect-src ${connect}; ` +
    `require-trusted-types-for 'script'; trusted-types lit-html`);
  const body = await renderToString(markup, { lang, nonce: ctx.query.nonce === '0' ? undefined : NONCE });
  const script = ctx.query.script === '1'
    ? `<script src="/dist/care-feedback.min.js" data-endpoint="${escapeAttribute(endpoint)}" defer></script>` : '';
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = `<!doctype html><html lang="${escapeAttribute(lang)}"><head><title>Server rendered</title>
<style nonce="${NONCE}">body { margin: 0; font: 16px/1.5 sans-serif } main { width: 560px }</style>
<script src="/tests/support/ssr-page-watch.js"></script>
${script}
</head><body><main>${body}<p id="below">Below the survey</p></main>
<script src="/tests/support/ssr-page-mark.js"></script></body></html>`;
}
