import type { HttpRequest } from '@azure/functions';

/** The body as text, or undefined when it passes `maxBytes` (checked on the header first, then on what arrives). */
export async function readBodyCapped(request: HttpRequest, maxBytes: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return undefined;
  const buffer = Buffer.from(await request.arrayBuffer());
  if (buffer.length > maxBytes) return undefined;
  return buffer.toString('utf8');
}
