import { reportError } from '../internal/log.js';
import { outbox } from './outbox.js';

/**
 * A POST blocked by the page's Content-Security-Policy fails as a bare "Failed to fetch"; the violation event
 * is the only place that says why, so it becomes one error a host can act on. Only blocks of an endpoint that
 * a pending event goes to are ours to report (the event stays in the outbox, for a page that allows it).
 */
export function explainPolicyBlocks(): void {
  globalThis.document?.addEventListener('securitypolicyviolation', ({ blockedURI, effectiveDirective, disposition }) => {
    const entry = outbox().find((entry) => blockedURI && entry.endpoint?.startsWith(blockedURI));
    if (entry && effectiveDirective == 'connect-src' && disposition == 'enforce') {
      reportError(`the page's Content-Security-Policy (connect-src) blocks ${entry.endpoint}.`);
    }
  });
}
