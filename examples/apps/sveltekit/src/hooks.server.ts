// Every page's HTML goes through care-feedback/ssr on its way out: each <care-rating>, <care-comment> and
// <care-feedback> in it is rendered into declarative shadow DOM, so the question is in the first HTML.
import type { Handle } from '@sveltejs/kit';
import { renderToString } from 'care-feedback/ssr';

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, { transformPageChunk: ({ html }) => html.replace(/(<body[^>]*>)([^]*)(<\/body>)/, (_, open, body, close) => open + renderToString(body, { lang: 'en' }) + close) });
