/**
 * Kept-alive connections: the client closes an idle one before the server's announced keep-alive timeout ends, so it
 * never sends a request on a connection the server is closing (the ECONNRESET race on a busy machine).
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { testClient } from '../helpers/testClient';

describe('idle kept-alive connections', () => {
  let server: http.Server;
  let url: string;
  const closedSockets: Socket[] = [];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      // The server announces 2 s but never closes the connection itself: only the client can.
      res.writeHead(200, { 'Content-Type': 'application/json', 'Keep-Alive': 'timeout=2' });
      res.end('{"value":[]}');
    });
    server.keepAliveTimeout = 0;
    server.on('connection', (socket: Socket) => {
      sockets.push(socket);
      socket.on('close', () => closedSockets.push(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('are closed by the client when the keep-alive time the server announces runs out', async () => {
    const client = testClient(url);
    try {
      await client.queryAll('leads', { select: ['leadid'] });
      expect(sockets).toHaveLength(1);
      // Waits for the condition: a client that keeps the idle connection open fails this test by its time limit.
      await new Promise<void>((resolve) => {
        const check = () => (closedSockets.length === 1 ? resolve() : setTimeout(check, 50));
        check();
      });
      expect(sockets).toHaveLength(1);
    } finally {
      client.close();
    }
  }, 30_000);
});
