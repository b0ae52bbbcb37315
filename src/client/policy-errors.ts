import { reportError } from '../core/log.js';
import { outbox } from './outbox.js';

/**
 * A POST blocked by the page's Content-Security-Policy fails as a bare "Failed to fetch"; the violation event
 * is the only place that says why, so it becomes one error a host can act on. Only blocks of an endpoint that
 * a pending event goes to are ours to report (the event stays in the outbox, for a page that allows it).
 * Called only where there is a document (not in server rendering).
 */
export function explainPolicyBlocks(): void {
  document.addEventListener('securitypolicyviolation', ({ blockedURI, effectiveDirective, disposition }) => {
    const endpoint =
      blockedURI && effectiveDirective === 'connect-src' && disposition === 'enforce'
        ? outbox().find((entry) => entry.endpoint?.startsWith(blockedURI))?.endpoint
        : null;
    if (endpoint) reportError(`Content-Security-Policy connect-src blocks ${endpoint}.`);
  });
}
