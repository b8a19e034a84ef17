/**
 * A URL safe to put in an error message or a log line: no user info, and the values of query parameters that
 * commonly carry secrets replaced. Dataverse URLs carry no credentials, but a caller's URL might (a webhook `code`,
 * a SAS `sig`), and messages end up in logs.
 */
const SECRET_PARAMETER =
  /^(code|key|sig|signature|token|access_token|id_token|client_secret|secret|password|api[-_]?key)$/i;

export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not absolute: keep the path, drop anything that looks like a secret in the query string.
    return redactQuery(url);
  }
  parsed.username = '';
  parsed.password = '';
  return redactQuery(parsed.toString());
}

function redactQuery(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const query = url
    .slice(start + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals < 0 ? pair : pair.slice(0, equals);
      return equals >= 0 && SECRET_PARAMETER.test(safeDecode(name)) ? `${name}=[redacted]` : pair;
    })
    .join('&');
  return `${url.slice(0, start)}?${query}`;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
