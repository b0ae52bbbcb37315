/**
 * The entry of `dist/care-feedback.min.js`, the classic script for a `<script>` tag. It registers every
 * element, reads its own `data-endpoint`, `data-source` and `data-context`, and exposes `window.CareFeedback`.
 * (A second copy of this script never gets here: the bundle's intro returns early, see rollup.config.mjs.)
 */
import { configure, type CareConfig } from './client/config.js';
import { flush } from './client/delivery.js';
import { outbox } from './client/outbox.js';
import { version } from './version.js';
import { reportError } from './internal/log.js';
import './index.js';

function configureFromScript(script: HTMLOrSVGScriptElement | null): void {
  if (!(script instanceof HTMLScriptElement)) return;
  const { endpoint, source, context } = script.dataset;
  const options: CareConfig = {};
  if (endpoint !== undefined) options.endpoint = endpoint;
  if (source !== undefined) options.source = source;
  if (context !== undefined) {
    try {
      options.context = JSON.parse(context);
    } catch {
      reportError(`<script data-context> is not valid JSON: ${JSON.stringify(context)}. It is ignored.`, false);
    }
  }
  configure(options);
}

configureFromScript(document.currentScript);

declare global {
  interface Window {
    CareFeedback?: { configure: typeof configure; flush: typeof flush; outbox: typeof outbox; version: string };
  }
}

window.CareFeedback = Object.freeze({ configure, flush, outbox, version });
