#!/usr/bin/env node
/**
 * A receiver in a process of its own, as a host would run it (`serve()` of care-feedback/receiver), for
 * `npm run bench:receiver` and the tests. Prints `listening <port>` when ready; on SIGTERM it stops taking
 * requests, answers those in flight, closes the store and exits.
 *   DATABASE_URL=postgres://… [TABLE=…] [WRITERS=4] node scripts/receiver-server.mjs   # postgresStore
 *   STORE=pglite DATA_DIR=.data/pglite node scripts/receiver-server.mjs      # pgliteStore
 */
import { createReceiver, serve } from 'care-feedback/receiver';

async function openStore() {
  if (process.env.STORE === 'pglite') {
    const { pgliteStore } = await import('care-feedback/receiver/pglite');
    return pgliteStore({ dataDir: process.env.DATA_DIR, table: process.env.TABLE });
  }
  const { postgresStore } = await import('care-feedback/receiver/postgres');
  const writers = process.env.WRITERS ? Number(process.env.WRITERS) : undefined;
  return postgresStore({ connectionString: process.env.DATABASE_URL, table: process.env.TABLE, writers });
}

const store = await openStore();
if (process.env.STORE === 'pglite') await store.ping(); // PGlite starts its database before the first event
const receive = createReceiver({ store });
const server = await serve(receive, { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`listening ${server.address().port}`);
process.once('SIGTERM', () => server.shutdown().then(() => process.exit(0)));
