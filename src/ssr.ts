/**
 * `care-feedback/ssr` (Node): `renderToString(markup, { lang, nonce })` renders the elements in a page's HTML on
 * the server into declarative shadow DOM, so the question and its options are in the first HTML, show with
 * scripts off, and upgrading moves nothing. The script tag and the npm entries need nothing more in the browser.
 */
export { renderToString, type ServerRenderOptions } from './ssr/render.js';
