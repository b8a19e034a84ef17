import { HttpResponse, InvocationContext, type LogHandler } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoute } from '../routes';
import { toHttpRequest } from './toHttpRequest';

export interface LocalServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Requests are routed by path alone; the Host header is the client's to send and never parsed. */
const BASE = 'http://127.0.0.1';

/**
 * Serves the function app's HTTP routes on loopback by calling the same handlers the Functions host calls. It is not
 * the Azure Functions host: no bindings, no host keys, no scale-out — enough to develop and demo against. One bad
 * request never stops it: a malformed URL or header is 400, a client that disconnects mid-body ends only its own
 * request, and the body streams to the handler, which checks the key before reading it and stops at its cap.
 */
export async function startLocalServer(
  routes: readonly HttpRoute[],
  port: number,
  logHandler: LogHandler,
): Promise<LocalServer> {
  const server: Server = createServer((req, res) => {
    serve(routes, logHandler, req, res).catch((error: unknown) => {
      logHandler('error', JSON.stringify({ level: 'error', event: 'request.failed', error: (error as Error).message }));
      answer(res, 500, { error: 'The function failed.' });
    });
  });
  // A request that cannot even be parsed as HTTP: answer and drop it, as Node does by default, without a stack.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serve(
  routes: readonly HttpRoute[],
  logHandler: LogHandler,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // The client going away mid-body surfaces in the handler's read; nothing else should hear of it.
  req.on('error', () => undefined);
  let url: URL;
  try {
    url = new URL(req.url ?? '/', BASE);
  } catch {
    answer(res, 400, { error: 'The request URL is not valid.' });
    return;
  }
  const route = routes.find((r) => url.pathname === `/api/${r.route}`);
  if (!route) {
    answer(res, 404, { error: 'No function at this path.' });
    return;
  }
  if (!route.methods.includes((req.method ?? 'GET') as (typeof route.methods)[number])) {
    answer(res, 405, { error: `Use ${route.methods.join(' or ')}.` }, { Allow: route.methods.join(', ') });
    return;
  }
  let request;
  try {
    request = toHttpRequest(req, url);
  } catch {
    answer(res, 400, { error: 'The request headers are not valid.' });
    return;
  }
  const context = new InvocationContext({ invocationId: randomUUID(), functionName: route.name, logHandler });
  try {
    const response = new HttpResponse(await route.handler(request, context));
    const text = await response.text();
    if (!res.headersSent && !res.destroyed) {
      res.writeHead(response.status, Object.fromEntries(response.headers.entries())).end(text);
    }
  } catch (error) {
    if (req.destroyed && !req.complete) return; // the client left mid-body: nobody to answer
    logHandler(
      'error',
      JSON.stringify({
        level: 'error',
        event: 'function.crashed',
        function: route.name,
        error: (error as Error).message,
      }),
    );
    answer(res, 500, { error: 'The function failed.' });
  }
}

function answer(
  res: ServerResponse,
  status: number,
  body: Readonly<Record<string, unknown>>,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
}
