import { STATUS_CODES } from 'node:http';
import type { ApiResponse } from '../types';

/** Serializes one response as an `application/http` part. */
export function responsePart(response: ApiResponse, contentId?: string): string {
  const lines = ['Content-Type: application/http', 'Content-Transfer-Encoding: binary'];
  if (contentId !== undefined) lines.push(`Content-ID: ${contentId}`);
  lines.push('', `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`);
  for (const [name, value] of Object.entries(response.headers)) lines.push(`${name}: ${value}`);
  lines.push('');
  const body = response.rawBody ?? (response.body === undefined ? '' : JSON.stringify(response.body));
  lines.push(body);
  return lines.join('\r\n');
}

export function multipart(
  boundary: string,
  parts: readonly { readonly text: string; readonly nested?: string }[],
): string {
  const out: string[] = [];
  for (const part of parts) {
    out.push(`--${boundary}`);
    if (part.nested) out.push(`Content-Type: multipart/mixed; boundary=${part.nested}`, '');
    out.push(part.text);
  }
  out.push(`--${boundary}--`, '');
  return out.join('\r\n');
}
