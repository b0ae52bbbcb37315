import type { CareCloudEvent } from '../types.js';

/** What one POST of one event came to. `status` 0 means no HTTP answer (network error, CORS, CSP). */
export interface AttemptResult {
  ok: boolean;
  status: number;
  reason: string;
}

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';

/**
 * POSTs one event in CloudEvents structured mode. No cookies go either way (`credentials: 'omit'`), and
 * `keepalive` lets the request finish when the visitor leaves the page right after answering.
 */
export async function postEvent(event: CareCloudEvent, endpoint: string, body = JSON.stringify(event)): Promise<AttemptResult> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': CLOUDEVENTS_CONTENT_TYPE },
      body,
      credentials: 'omit',
      mode: 'cors',
      keepalive: true,
    });
    return { ok: response.ok, status: response.status, reason: response.ok ? 'delivered' : `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, status: 0, reason: `network error: ${(error as Error)?.message ?? error}` };
  }
}
