import type { HttpRequest } from '@azure/functions';

/**
 * The body's bytes, or undefined as soon as they pass `maxBytes`: the declared length is checked first, then what
 * arrives, chunk by chunk, so a huge body is never held in memory (the local server streams it; the Functions host
 * hands over what it read).
 */
export async function readBodyCapped(request: HttpRequest, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return undefined;
  const stream = request.body;
  if (stream === null) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks);
}
