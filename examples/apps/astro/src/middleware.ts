// Every page's HTML goes through care-feedback/ssr on its way out: each <care-rating>, <care-comment> and
// <care-feedback> in its body is rendered into declarative shadow DOM, so the question is in the first HTML.
import { defineMiddleware } from 'astro:middleware';
import { renderToString } from 'care-feedback/ssr';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const rendered = html.replace(/(<body[^>]*>)([^]*)(<\/body>)/, (_, open, body, close) => open + renderToString(body, { lang: 'en' }) + close);
  return new Response(rendered, response);
});
