import { fault } from '../../errors/faults';

/** One body part of a multipart message: its MIME headers and raw content. */
export interface MimePart {
  readonly headers: Readonly<Record<string, string>>;
  readonly content: string;
}

/** The boundary parameter of a multipart Content-Type, e.g. `multipart/mixed; boundary="batch_1"`. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/mixed/i.test(contentType.trim())) return undefined;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

/** Splits a multipart body by its boundary (CRLF or LF line ends, as clients send both). */
export function splitMultipart(body: string, boundary: string): MimePart[] {
  const delimiter = `--${boundary}`;
  const lines = body.split(/\r?\n/);
  const parts: MimePart[] = [];
  let current: string[] | undefined;
  let closed = false;
  for (const line of lines) {
    if (line.trimEnd() === `${delimiter}--`) {
      if (current) parts.push(parsePart(current));
      current = undefined;
      closed = true;
      break;
    }
    if (line.trimEnd() === delimiter) {
      if (current) parts.push(parsePart(current));
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (!closed) throw fault.badRequest(`The batch body is not terminated with '--${boundary}--'.`);
  return parts;
}

function parsePart(lines: string[]): MimePart {
  const headers: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i++;
      break;
    }
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, content: lines.slice(i).join('\r\n') };
}

/** An HTTP request embedded in an `application/http` part. */
export interface EmbeddedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export function parseEmbeddedRequest(content: string): EmbeddedRequest {
  const lines = content.split(/\r\n/);
  const requestLine = (lines.shift() ?? '').trim();
  const match = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/1\.1)?$/.exec(requestLine);
  if (!match) throw fault.badRequest(`The batch part's request line '${requestLine}' is not 'METHOD URL HTTP/1.1'.`);
  const headers: Record<string, string> = {};
  let line: string | undefined;
  while ((line = lines.shift()) !== undefined && line.trim() !== '') {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { method: match[1] ?? 'GET', url: match[2] ?? '', headers, body: lines.join('\r\n').trim() };
}
