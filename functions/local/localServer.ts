import { HttpResponse, InvocationContext, type LogHandler } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoute } from '../routes';
import { toHttpRequest } from './toHttpRequest';

export interface LocalServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the function app's HTTP routes on loopback by calling the same handlers the Functions host calls. It is not
 * the Azure Functions host: no bindings, no host keys, no scale-out — enough to develop and demo against.
 */
export async function startLocalServer(
  routes: readonly HttpRoute[],
  port: number,
  logHandler: LogHandler,
): Promise<LocalServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
      const route = routes.find((r) => url.pathname === `/api/${r.route}`);
      if (!route) {
        res
          .writeHead(404, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ error: `No function at ${url.pathname}.` }));
        return;
      }
      if (!route.methods.includes((req.method ?? 'GET') as (typeof route.methods)[number])) {
        res
          .writeHead(405, { 'Content-Type': 'application/json', Allow: route.methods.join(', ') })
          .end(JSON.stringify({ error: `Use ${route.methods.join(' or ')}.` }));
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const context = new InvocationContext({ invocationId: randomUUID(), functionName: route.name, logHandler });
      try {
        const init = await route.handler(toHttpRequest(req, url, Buffer.concat(chunks)), context);
        const response = new HttpResponse(init);
        const text = await response.text();
        res.writeHead(response.status, Object.fromEntries(response.headers.entries())).end(text);
      } catch (error) {
        logHandler(
          'error',
          JSON.stringify({
            level: 'error',
            event: 'function.crashed',
            function: route.name,
            error: (error as Error).message,
          }),
        );
        res
          .writeHead(500, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ error: 'The function failed.' }));
      }
    })();
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
