import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that went through the proxy, with both bodies. */
export interface Exchange {
  readonly method: string;
  /** Path and query, decoded. */
  readonly url: string;
  /** The request's headers, names in lower case. */
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: string;
  readonly status: number;
  readonly responseBody: string;
}

export interface RecordingProxy {
  /** Give this to the client as the environment URL. */
  readonly url: string;
  readonly exchanges: readonly Exchange[];
  close(): Promise<void>;
}

/**
 * A plain HTTP proxy in front of the emulator that keeps every request and response body: what a client sent and
 * got, byte for byte, where the emulator's own log keeps only method and path.
 */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const exchanges: Exchange[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const requestBody = await readAll(req);
      const forwarded = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          void readAll(answer).then((responseBody) => {
            exchanges.push({
              method: req.method ?? 'GET',
              url: decodeURIComponent(req.url ?? ''),
              requestHeaders: Object.fromEntries(
                Object.entries(req.headers).map(([name, value]) => [name, String(value)]),
              ),
              requestBody,
              status: answer.statusCode ?? 0,
              responseBody,
            });
            res.writeHead(answer.statusCode ?? 502, answer.headers).end(responseBody);
          });
        },
      );
      forwarded.on('error', () => res.writeHead(502).end());
      forwarded.end(requestBody);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    exchanges,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readAll(stream: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
