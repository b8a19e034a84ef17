/**
 * Splits a multipart/mixed body into parts (headers + content), and an `application/http` part into its status,
 * headers and body. Line ends may be CRLF or LF.
 */
export interface MimePart {
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly content: string;
}

export interface HttpResponsePart {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export function boundaryOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined || !/^\s*multipart\//i.test(contentType)) return undefined;
  const match = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

export function parseMultipart(body: string, boundary: string): MimePart[] {
  const delimiter = `--${boundary}`;
  const parts: MimePart[] = [];
  let current: string[] | undefined;
  for (const line of body.split(/\r?\n/)) {
    const trimmed = line.trimEnd();
    if (trimmed === delimiter || trimmed === `${delimiter}--`) {
      if (current) parts.push(mimePart(current));
      current = trimmed === delimiter ? [] : undefined;
      if (current === undefined) break;
      continue;
    }
    current?.push(line);
  }
  return parts;
}

function mimePart(lines: readonly string[]): MimePart {
  const { headers, rest } = readHeaders(lines);
  return { headers, content: rest.join('\n') };
}

function readHeaders(lines: readonly string[]): { headers: Record<string, string>; rest: readonly string[] } {
  const headers: Record<string, string> = {};
  let index = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      index += 1;
      break;
    }
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, rest: lines.slice(index) };
}

export function parseHttpResponse(content: string): HttpResponsePart {
  const lines = content.split('\n').map((line) => line.replace(/\r$/, ''));
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  const statusLine = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\s*(.*)$/.exec(lines[0] ?? '');
  if (!statusLine)
    throw new TypeError(
      `Batch response part does not start with an HTTP status line: "${(lines[0] ?? '').slice(0, 80)}"`,
    );
  const { headers, rest } = readHeaders(lines.slice(1));
  return {
    status: Number(statusLine[1]),
    statusText: (statusLine[2] ?? '').trim(),
    headers,
    body: rest.join('\n').trim(),
  };
}
