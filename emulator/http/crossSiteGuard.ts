import type { IncomingMessage } from 'node:http';
import { DataverseFault } from '../errors/DataverseFault';
import { ERROR_CODE } from '../errors/faults';

/** Names a loopback server answers to; anything else in Host is a DNS-rebinding page's name for 127.0.0.1. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Methods that change nothing, which a page from another origin may send but cannot read the answer of. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The body types a POST may carry: JSON, and multipart/mixed for $batch. */
const BODY_TYPES = new Set(['application/json', 'multipart/mixed']);

/**
 * The emulator's rule against cross-site requests, checked before the body is read. A web page a developer opens
 * can make the browser send, without asking the server first (CORS preflight,
 * https://fetch.spec.whatwg.org/#cors-safelisted-request-header), a GET, HEAD or POST whose Content-Type is
 * text/plain, a form or multipart/form-data; everything else (PATCH, DELETE, JSON) is preflighted, and the emulator
 * grants no preflight. Browsers send `Origin` with every POST, PATCH and DELETE. So:
 * - a request whose Host is not a loopback name is refused (a page that re-binds its own name to 127.0.0.1 is
 *   same-origin to the browser and could read answers);
 * - a request that changes something (any method but GET, HEAD, OPTIONS) is refused when it comes from another
 *   origin (`Origin` other than the emulator's own or one allowed, or `Sec-Fetch-Site` cross-site or same-site);
 * - a POST with a body must declare JSON (or multipart/mixed for $batch): a simple POST is refused even without
 *   `Origin`, as Dataverse reads JSON bodies only.
 * Tools (the Web API client, curl, tests) send no Origin and JSON, and pass. The panel preview reads the emulator
 * through its own server (same origin for the browser; a server-side GET here), so it passes too.
 */
export function crossSiteRefusal(
  req: IncomingMessage,
  allowedOrigins: ReadonlySet<string>,
): DataverseFault | undefined {
  if (!isLoopbackHost(req.headers.host)) {
    return forbidden('The emulator answers loopback names only (127.0.0.1, localhost).');
  }
  const method = (req.method ?? 'GET').toUpperCase();
  if (SAFE_METHODS.has(method)) return undefined;
  const origin = req.headers.origin;
  const own = ownOrigins(req.socket.localPort);
  if (origin !== undefined && !own.has(origin) && !allowedOrigins.has(origin)) {
    return forbidden('Writes from a web page of another origin are refused.');
  }
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    return forbidden('Writes from a web page of another site are refused.');
  }
  if (method === 'POST' && hasBody(req)) {
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!BODY_TYPES.has(type)) {
      return new DataverseFault(
        415,
        ERROR_CODE.payload,
        'The request body must be JSON (Content-Type: application/json), or multipart/mixed for $batch.',
      );
    }
  }
  return undefined;
}

/** Whether a Host header names this machine's loopback (or is absent, as in HTTP/1.0). */
export function isLoopbackHost(host: string | undefined): boolean {
  return host === undefined || LOOPBACK_HOSTS.has(hostName(host));
}

function forbidden(message: string): DataverseFault {
  return new DataverseFault(403, ERROR_CODE.unexpected, message);
}

function hostName(host: string): string {
  const value = host.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.split(':')[0] ?? '';
}

function ownOrigins(port: number | undefined): Set<string> {
  return new Set(['127.0.0.1', 'localhost', '[::1]'].map((name) => `http://${name}:${port ?? ''}`));
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
