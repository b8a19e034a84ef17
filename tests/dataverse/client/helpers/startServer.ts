/**
 * A local HTTP server on 127.0.0.1 (port 0) that records every request it receives — with its arrival time on the
 * server's own clock — and answers through the test's handler.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggedRequest {
  readonly method: string;
  /** Path and query as received. */
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  /** Date.now() when the request arrived. */
  readonly arrivedAt: number;
  /** 0-based arrival order. */
  readonly index: number;
}

export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Destroy the socket instead of answering (a connection reset). */
  readonly reset?: boolean;
}

export type Handler = (request: LoggedRequest) => Reply | Promise<Reply>;

export interface TestServer {
  /** e.g. http://127.0.0.1:54321 */
  readonly url: string;
  readonly log: LoggedRequest[];
  /** Requests being handled right now, and the most there ever were at once. */
  readonly inFlight: { current: number; max: number };
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const log: LoggedRequest[] = [];
  const inFlight = { current: 0, max: 0 };
  const server = http.createServer((req, res) => {
    const arrivedAt = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      inFlight.current += 1;
      inFlight.max = Math.max(inFlight.max, inFlight.current);
      const entry: LoggedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        arrivedAt,
        index: log.length,
      };
      log.push(entry);
      Promise.resolve(handler(entry))
        .then((reply) => {
          inFlight.current -= 1;
          if (reply.reset) {
            req.socket.destroy();
            return;
          }
          res.writeHead(reply.status, reply.headers);
          res.end(reply.body ?? '');
        })
        .catch((err: unknown) => {
          inFlight.current -= 1;
          res.writeHead(500, { 'Content-Type': 'text/plain' });
          res.end(`test handler failed: ${String(err)}`);
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    inFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({
  status,
  headers: { 'Content-Type': 'application/json; odata.metadata=minimal', 'OData-Version': '4.0', ...headers },
  body: JSON.stringify(body),
});

export const dataverseError = (
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Reply => json(status, { error: { code, message } }, headers);

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
