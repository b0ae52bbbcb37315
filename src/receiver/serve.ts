import { createServer, type Server } from 'node:http';
import { toNodeListener } from './node.js';
import type { Receiver } from './receiver.js';

export interface ServeOptions {
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default `0.0.0.0` (every IPv4 interface); `127.0.0.1` for this machine only. */
  host?: string;
}

/**
 * Connections waiting to be accepted. Node's default (511) overflows when 2,000 browsers connect at once: the
 * kernel drops the SYNs over it and each of those clients waits a 1 s, then 3 s, retransmission.
 * Linux caps it at net.core.somaxconn (4096 by default since 5.4).
 */
const LISTEN_BACKLOG = 4096;
/** Longer than the 60 s idle timeout of the usual load balancers, so they never reuse a socket Node just closed. */
const KEEP_ALIVE_MS = 65_000;
/** A client has this long to send its headers, and the whole request (16 KiB): slow clients cannot pin sockets. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Starts an `http.Server` for a receiver with settings that hold thousands of connections, and resolves once
 * it listens. `server.close()` is wrapped: it stops accepting, closes idle keep-alive sockets, lets the
 * receiver answer what is in flight (`receive.close()`, which also closes the store), then ends.
 */
export async function serve(receive: Receiver, { port = 8080, host = '0.0.0.0' }: ServeOptions = {}): Promise<Server & { shutdown(): Promise<void> }> {
  const server = createServer({ keepAliveTimeout: KEEP_ALIVE_MS, headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS }, toNodeListener(receive));
  server.keepAliveTimeout = KEEP_ALIVE_MS; // older Node 20 lines ignore the constructor option
  server.maxHeadersCount = 100;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const shutdown = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await receive.close();
    server.closeIdleConnections(); // the sockets whose last answer was just written
    await closed;
  };
  return Object.assign(server, { shutdown });
}
