import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataverseFault } from '../errors/DataverseFault';
import { fault } from '../errors/faults';
import type { FaultInjector } from '../faults/FaultInjector';
import type { RequestLog } from '../log/RequestLog';
import type { ServiceProtection } from '../protection/ServiceProtection';
import { errorResponse } from './batch/handleBatch';
import { callerOf } from './callerOf';
import { crossSiteRefusal } from './crossSiteGuard';
import type { EmulatorContext } from './context';
import { dispatch } from './dispatch';
import { readBody } from './readBody';
import type { ApiRequest, ApiResponse } from './types';

export const SERVICE_ROOT_PATH = '/api/data/v9.2/';

export interface ServerParts {
  readonly ctx: EmulatorContext;
  readonly log: RequestLog;
  readonly protection: ServiceProtection;
  readonly faults: FaultInjector;
  readonly defaultUserId: string;
  /** Admin routes under /_emulator/ (not logged, not limited). */
  readonly admin: (
    method: string,
    path: string,
    query: URLSearchParams,
    body: string,
  ) => Promise<ApiResponse | undefined>;
  /** Runs around each Web API request's handling, so webhook dispatch knows its correlation id. */
  readonly withRequest: <T>(req: ApiRequest, work: () => T) => T;
  /** Web page origins besides the emulator's own that may write (crossSiteGuard.ts). */
  readonly allowedOrigins: ReadonlySet<string>;
}

/** The HTTP front: the cross-site guard, body reading, faults, service protection, latency, dispatch, the log. */
export function createEmulatorServer(parts: ServerParts): Server {
  return createServer((req, res) => {
    handle(parts, req, res).catch((error: unknown) => {
      const f = error instanceof DataverseFault ? error : fault.unexpected((error as Error).message);
      send(res, errorResponse(f));
    });
  });
}

async function handle(parts: ServerParts, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const startedAt = Date.now();
  const refusal = crossSiteRefusal(req, parts.allowedOrigins);
  if (refusal) {
    send(res, errorResponse(refusal));
    return;
  }
  // Routed by path alone: a Host header that is no host must not stop the request (crossSiteGuard checked it).
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const body = await readBody(req);
  const method = req.method ?? 'GET';
  if (url.pathname.startsWith('/_emulator/')) {
    const answer = await parts.admin(method, url.pathname.slice('/_emulator/'.length), url.searchParams, body);
    send(res, answer ?? errorResponse(fault.resourceNotFound(url.pathname)));
    return;
  }
  if (!url.pathname.startsWith(SERVICE_ROOT_PATH)) {
    send(res, errorResponse(fault.resourceNotFound(url.pathname)));
    return;
  }
  const user = callerOf(req.headers, parts.defaultUserId);
  const path = decodeURIComponent(url.pathname.slice(SERVICE_ROOT_PATH.length));
  const logged = `${path}${url.search}`;
  const decision = parts.faults.decide();
  if (decision === 'reset') {
    parts.log.add({ method, path: logged, status: 0, durationMs: Date.now() - startedAt, startedAt, user });
    req.socket.destroy();
    return;
  }
  let response: ApiResponse;
  try {
    parts.protection.admit(user);
  } catch (error) {
    response = errorResponse(error as DataverseFault);
    parts.log.add({
      method,
      path: logged,
      status: response.status,
      durationMs: Date.now() - startedAt,
      startedAt,
      user,
    });
    send(res, response);
    return;
  }
  try {
    const { latencyMs } = parts.faults.settings;
    if (latencyMs > 0) await sleep(latencyMs);
    if (decision === 'serverError') {
      response = errorResponse(new DataverseFault(503, '0x80040216', 'The service is temporarily unavailable.'));
    } else {
      const apiRequest: ApiRequest = {
        method,
        path,
        query: url.searchParams,
        headers: req.headers,
        body,
        serviceRoot: `http://${req.headers.host ?? '127.0.0.1'}${SERVICE_ROOT_PATH}`,
        userId: user,
      };
      response = parts.withRequest(apiRequest, () => dispatch(parts.ctx, apiRequest));
    }
  } finally {
    parts.protection.release(user, Date.now() - startedAt);
  }
  const operations = path === '$batch' ? countBatchOperations(body) : undefined;
  parts.log.add({
    method,
    path: logged,
    status: response.status,
    durationMs: Date.now() - startedAt,
    startedAt,
    user,
    ...(operations !== undefined ? { operations } : {}),
  });
  send(res, response);
}

function countBatchOperations(body: string): number {
  return (body.match(/^Content-Type:\s*application\/http/gim) ?? []).length;
}

function send(res: ServerResponse, response: ApiResponse): void {
  if (res.headersSent || res.destroyed) return;
  const payload = response.rawBody ?? (response.body === undefined ? undefined : JSON.stringify(response.body));
  res.writeHead(response.status, {
    ...response.headers,
    ...(payload !== undefined ? { 'Content-Length': Buffer.byteLength(payload) } : {}),
  });
  res.end(payload);
}
