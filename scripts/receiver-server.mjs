#!/usr/bin/env node
/**
 * A receiver on PostgreSQL in a process of its own, for `npm run bench:receiver`: `createReceiver` +
 * `postgresStore` on Node's http, as a host would run it. Prints `listening <port>` when ready.
 *   DATABASE_URL=postgres://… node scripts/receiver-server.mjs
 */
import { createServer } from 'node:http';
import { createReceiver, toNodeListener } from 'care-feedback/receiver';
import { postgresStore } from 'care-feedback/receiver/postgres';

const store = postgresStore({ connectionString: process.env.DATABASE_URL, table: process.env.TABLE });
const server = createServer(toNodeListener(createReceiver({ store })));
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => store.close().then(() => process.exit(0))));
