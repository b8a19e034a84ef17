import type { IncomingMessage } from 'node:http';
import { DataverseFault } from '../errors/DataverseFault';

/** Dataverse refuses request bodies above its size limit with 413; the emulator caps at 128 MB, as the Web API does. */
export const MAX_BODY_BYTES = 128 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new DataverseFault(413, '0x80040216', 'The request body is too large.');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
