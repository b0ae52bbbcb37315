/**
 * `care-feedback/receiver`: the receiving side of the wire format (contract §8), as a Fetch API handler
 * `(Request) => Promise<Response>`, so one piece of code serves Next.js route handlers, Hono, Bun, Deno and
 * Workers, and `toNodeListener()` / `serve()` for Node's `http`, Express and Fastify. Node and server runtimes
 * only: no browser bundle ever imports it.
 *
 *   const receive = createReceiver({ store: pgliteStore({ dataDir: '.data' }), allowedOrigins: ['https://shop.example'] });
 *   await serve(receive, { port: 8080 });
 */
export { createReceiver, type Receiver, type ReceiverOptions } from './receiver.js';
export { memoryStore } from './memory-store.js';
export { StoreRejectedError, StoreUnavailableError, type Store } from './store.js';
export { MAX_EVENT_BYTES } from '../core/wire-limits.js';
export { jsonlStore } from './jsonl-store.js';
export { toNodeListener } from './node.js';
export { serve, type ServeOptions } from './serve.js';
export type { RateLimit } from './rate-limit.js';
export type { ReceiverLog } from './availability.js';
export type { CareCloudEvent } from '../types.js';
