import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { HANDLE_CALL, concat, type Receiver, type ReceiverCall } from './receiver.js';

type FetchHandler = (request: Request, info?: { clientAddress?: string }) => Promise<Response>;

/**
 * Node's `(req, res)` for a Fetch API handler: `http.createServer(toNodeListener(receive))`, or mounted as
 * Express or Fastify middleware on a path. The socket's address is passed on as the client (for `rateLimit`).
 * A receiver from `createReceiver` is called directly with Node's request, without building a Fetch `Request`
 * and `Response` for each event; any other Fetch handler gets a streamed `Request`.
 */
export function toNodeListener(handler: FetchHandler | Receiver) {
  const handleCall = (handler as Partial<Receiver>)[HANDLE_CALL];
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (handleCall) {
        const result = await handleCall(nodeCall(req));
        res.writeHead(result.status, result.headers);
        res.end(req.method === 'HEAD' ? undefined : result.body ?? undefined);
      } else {
        const response = await (handler as FetchHandler)(toRequest(req, true), { clientAddress: req.socket.remoteAddress });
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      }
    } catch (error) {
      // A client that hung up mid-body is no fault of this server, and nobody reads the answer.
      if (req.destroyed || res.destroyed) return;
      console.error('care-feedback receiver:', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"error":"internal error"}');
      else res.destroy();
    }
    // Whatever the handler did not read (an oversized body) is discarded, so the connection can be reused.
    req.resume();
  };
}

function nodeCall(req: IncomingMessage): ReceiverCall {
  return {
    method: req.method ?? 'GET',
    header(name) {
      const value = req.headers[name];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
    body: (limit) => readNodeBody(req, limit),
    clientAddress: req.socket.remoteAddress,
    request: () => toRequest(req, false),
  };
}

/** The body, or null once it is over `limit`: the rest is left to be discarded, the socket kept usable. */
function readNodeBody(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  if (Number(req.headers['content-length']) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        stop();
        resolve(null);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(concat(chunks, size));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

function toRequest(req: IncomingMessage, withBody: boolean): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = withBody && req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half', // Node's fetch needs it to take a streamed body
  } as RequestInit & { duplex: 'half' });
}
