import type { HttpRequest } from '@azure/functions';

/**
 * Why a request's body is not JSON the app reads, or undefined. Only `application/json` (with no charset or UTF-8)
 * and no content coding: a browser can send text/plain or a form to any URL without asking first, and a gzip body
 * would otherwise be read as text.
 */
export function contentTypeProblem(request: HttpRequest): string | undefined {
  const encoding = request.headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') {
    return 'Content-Encoding is not supported; send the JSON uncompressed.';
  }
  const header = request.headers.get('content-type');
  if (header === null) return 'Content-Type is missing; send application/json.';
  const [type = '', ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return 'Content-Type must be application/json.';
  for (const parameter of parameters) {
    const [name, value = ''] = parameter.split('=').map((part) => part.trim());
    if (name === 'charset' && value.replace(/"/g, '') !== 'utf-8') {
      return 'Content-Type must be application/json with charset utf-8 (or none).';
    }
  }
  return undefined;
}
