/** What one attempt at delivering one event came to. `status` 0 means no HTTP answer (network error, CSP, transport). */
export interface AttemptResult {
  ok: boolean;
  status: number;
  reason: string;
  /** The answer's `Retry-After`, readable cross-origin only when the receiver exposes it. */
  retryAfter?: string | null;
}

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';

/**
 * POSTs one serialized event in CloudEvents structured mode (`mode` is fetch's default, `cors`). No cookies go
 * either way (`credentials: 'omit'`). `keepalive` lets the request outlive the page when the visitor leaves
 * right after answering; browsers refuse it once keepalive requests in flight pass 64 KiB, so the caller decides.
 * Never rejects: a network error (fetch's only rejection) is an answer like any other.
 */
export const postEvent = (endpoint: string, body: string, keepalive: boolean): Promise<AttemptResult> =>
  fetch(endpoint, { method: 'POST', headers: { 'Content-Type': CLOUDEVENTS_CONTENT_TYPE }, body, credentials: 'omit', keepalive }).then(
    ({ ok, status, headers, body: answer }) => {
      // The answer's body is never needed, but until it is read or cancelled Chromium counts the request against
      // the page's 64 KiB keepalive quota: once a page has sent that much to a receiver that answers with a body
      // (ours does), every keepalive request fails. A body that already failed on the way rejects the cancel:
      // nothing is left to release then, and the host page must not see the rejection.
      answer?.cancel().catch(() => {});
      return { ok, status, reason: `HTTP ${status}`, retryAfter: headers.get('Retry-After') };
    },
    (error) => ({ ok: false, status: 0, reason: `network error: ${error?.message ?? error}` })
  );
