/**
 * The entry of `dist/care-feedback.min.js`, the classic script for a `<script>` tag. It registers every
 * element, reads its own `data-endpoint`, `data-source` and `data-context`, and exposes `window.CareFeedback`.
 * (A second copy of this script never gets here: the bundle's intro returns early, see rollup.config.mjs.)
 */
// Lit and the stylesheets first: they have no effect of their own, and with them ahead of it our code sits
// together in the bundle, which gzip (it looks back at most 32 KB) then compresses about 75 bytes better.
import './components/base/theme.js';
import './components/rating/rating.styles.js';
import './components/feedback/feedback.styles.js';
import './components/comment/comment.styles.js';
import './script-tag-languages.js'; // first of the modules that act: registration waits for the page's language pack
import { configure } from './core/config.js';
import { flush } from './client/delivery.js';
import { outbox } from './client/outbox.js';
import { version } from './version.js';
import { reportInvalid } from './core/log.js';
import './index.js';

/**
 * `data-endpoint`, `data-source`, `data-context` and `data-redact` (`"email phone"`, spaces or commas) on
 * the script's own tag, as for configure().
 */
function configureFromScript({ dataset }: HTMLScriptElement): void {
  const options: Record<string, unknown> = {};
  for (const key of ['endpoint', 'source', 'context', 'redact']) if (dataset[key] != null) options[key] = dataset[key];
  options.redact &&= dataset.redact!.match(/[^\s,]+/g);
  try {
    if ('context' in options) options.context = JSON.parse(dataset.context!);
  } catch {
    reportInvalid('<script>', 'data-context', dataset.context, 'JSON expected');
    delete options.context;
  }
  configure(options);
}

// A classic script knows its own tag while it runs (also with `defer`).
configureFromScript(document.currentScript as HTMLScriptElement);

declare global {
  interface Window {
    CareFeedback?: { configure: typeof configure; flush: typeof flush; outbox: typeof outbox; version: string };
  }
}

window.CareFeedback = Object.freeze({ configure, flush, outbox, version });
