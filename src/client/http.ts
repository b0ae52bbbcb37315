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
 * POSTs one serialized event in CloudEvents structured mode. No cookies go either way (`credentials: 'omit'`).
 * `keepalive` lets the request outlive the page when the visitor leaves right after answering; browsers
 * refuse it once keepalive requests in flight pass 64 KiB, so the caller decides.
 */
export async function postEvent(endpoint: string, body: string, keepalive: boolean): Promise<AttemptResult> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': CLOUDEVENTS_CONTENT_TYPE },
      body,
      credentials: 'omit',
      mode: 'cors',
      keepalive,
    });
    const { ok, status, headers } = response;
    return { ok, status, reason: `HTTP ${status}`, retryAfter: headers.get('Retry-After') };
  } catch (error) {
    return { ok: false, status: 0, reason: `network error: ${(error as Error)?.message ?? error}` };
  }
}
