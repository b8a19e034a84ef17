import { HttpRequest, InvocationContext } from '@azure/functions';

/** A webhook POST as the Functions host would hand it to the handler. */
export function webhookRequest(
  body: string,
  options: { code?: string; headers?: Record<string, string> } = {},
): HttpRequest {
  const url = new URL('http://localhost/api/webhooks/dataverse');
  if (options.code !== undefined) url.searchParams.set('code', options.code);
  return new HttpRequest({
    method: 'POST',
    url: url.toString(),
    headers: { 'content-type': 'application/json', ...options.headers },
    query: Object.fromEntries(url.searchParams.entries()),
    body: { string: body },
  });
}

/** An InvocationContext whose log lines are kept for assertions. */
export function recordingContext(): { context: InvocationContext; lines: string[] } {
  const lines: string[] = [];
  const context = new InvocationContext({
    invocationId: 'test',
    functionName: 'test',
    logHandler: (_level, ...args) => lines.push(args.map(String).join(' ')),
  });
  return { context, lines };
}
