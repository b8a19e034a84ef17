/**
 * A request sent on a kept-alive connection that the server closes at that moment is reset before any answer; the
 * client sends it again on a new connection, even with retries off, and only then.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { RequestCounter } from '../../../../dataverse/client/http/RequestCounter';
import { testClient } from '../helpers/testClient';

/** A server that resets, unanswered, the requests `reset` picks by their number on their connection (1-based). */
async function startClosingServer(
  reset: (n: number) => boolean,
): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const served = new WeakMap<Socket, number>();
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const n = (served.get(req.socket) ?? 0) + 1;
      served.set(req.socket, n);
      requests.push(`${req.method ?? ''} on connection request ${n}`);
      if (reset(n)) {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"value":[]}');
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('a reset on a kept-alive connection', () => {
  it('sends the request again on a new connection, with retries off', async () => {
    const server = await startClosingServer((n) => n > 1);
    const counter = new RequestCounter();
    const client = testClient(server.url, { retry: { maxAttempts: 1 }, observer: counter });
    try {
      await client.queryAll('leads', { select: ['leadid'] });
      await client.updateMultiple('leads', 'lead', [{ leadid: '00000000-0000-0000-0000-000000000001', statecode: 1 }]);
      expect(server.requests).toEqual([
        'GET on connection request 1',
        'POST on connection request 2',
        'POST on connection request 1',
      ]);
      // The resend is a request like any other: counted, and the reset one is seen to have had no answer.
      expect(counter.total).toBe(3);
      expect(counter.responses('none')).toBe(1);
    } finally {
      client.close();
      await server.close();
    }
  });

  it('is an error as before on a new connection, where the server may have read the request', async () => {
    const server = await startClosingServer(() => true);
    const client = testClient(server.url, { retry: { maxAttempts: 1 } });
    try {
      await expect(
        client.updateMultiple('leads', 'lead', [{ leadid: '00000000-0000-0000-0000-000000000001', statecode: 1 }]),
      ).rejects.toThrow(/ECONNRESET|socket hang up/);
      expect(server.requests).toEqual(['POST on connection request 1']);
    } finally {
      client.close();
      await server.close();
    }
  });
});
