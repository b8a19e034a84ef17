import { connect, type Socket } from 'node:net';

/** A raw HTTP/1.1 exchange over a socket: what a broken or hostile client sends, byte for byte. */
export interface RawExchange {
  readonly socket: Socket;
  /** Resolves with the response's status code once its head arrives (0 when the connection closes first). */
  readonly status: Promise<number>;
}

export function rawHttp(port: number, head: string, body = ''): RawExchange {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  const status = new Promise<number>((resolve) => {
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (match && received.includes('\r\n\r\n')) resolve(Number(match[1]));
    });
    socket.on('close', () => resolve(0));
  });
  socket.write(head + body);
  return { socket, status };
}
