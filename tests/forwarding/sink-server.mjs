/**
 * A real local HTTP sink for the forwarding tests and bench: records every request (headers and parsed body),
 * and answers what `answer(request, index)` says (default 200), so a test can make it fail for a while, hang, or
 * validate each request.
 */
import { createServer } from 'node:http';

export async function startSink({ answer = () => 200 } = {}) {
  const received = [];
  const listeners = new Set();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  /** Requests read but not yet recorded (their answer is being decided), and the open connections. */
  let answering = 0;
  const sockets = new Set();
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    answering++;
    let counted = true;
    const settled = () => {
      if (counted) answering--;
      counted = false;
    };
    // A client killed mid-body: nothing to record.
    request.once('close', () => {
      if (!request.complete) {
        settled();
        notify();
      }
    });
    request.on('end', async () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const entry = { headers: request.headers, raw, body: safeJson(raw), at: performance.now() };
      let outcome;
      try {
        outcome = await answer(entry, received.length);
      } catch (error) {
        outcome = { status: 400, body: String(error) };
      }
      const { status, headers = {}, body = '' } = typeof outcome === 'number' ? { status: outcome } : outcome;
      if (status === 'hang') return; // never answers: the forwarder's timeout or stop ends it
      settled();
      if (status >= 200 && status < 300) received.push(entry);
      notify();
      response.writeHead(status, headers).end(body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      notify();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    received,
    /** Resolves once `test(received)` holds (checked on every accepted request), or rejects after `timeoutMs`. */
    until(test, timeoutMs = 30_000) {
      if (test(received)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`sink: condition not met in ${timeoutMs} ms (${received.length} received)`));
        }, timeoutMs);
        const check = () => {
          if (!test(received)) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        };
        listeners.add(check);
      });
    },
    /**
     * Resolves once no connection is open and every request read is recorded: after its client was killed, what
     * it had sent before it died is all here (the kernel closes a dead process's sockets after the data it wrote).
     */
    quiet(timeoutMs = 30_000) {
      return this.until(() => sockets.size === 0 && answering === 0, timeoutMs);
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

function safeJson(raw) {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
