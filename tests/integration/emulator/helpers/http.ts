import { Emulator, type EmulatorOptions } from '../../../../emulator';

/** A Web API answer as a plain `fetch` saw it. */
export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  readonly json: unknown;
}

export interface RequestOptions {
  readonly headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is. */
  readonly body?: unknown;
}

export type JsonObject = Record<string, unknown>;

/** Starts an emulator on a free loopback port; the caller stops it in afterAll. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return new Emulator({ seed: 'empty', ...options }).start();
}

/** Sends one request below the Web API root (or to an absolute URL, e.g. a nextLink) with plain fetch. */
export async function send(emu: Emulator, method: string, path: string, options: RequestOptions = {}): Promise<Reply> {
  const url = /^https?:/.test(path) ? path : `${emu.apiUrl}${path}`;
  return sendTo(url, method, options);
}

export async function sendTo(url: string, method: string, options: RequestOptions = {}): Promise<Reply> {
  const isText = typeof options.body === 'string';
  const response = await fetch(url, {
    method,
    headers: {
      Accept: 'application/json',
      'OData-MaxVersion': '4.0',
      'OData-Version': '4.0',
      ...(options.body !== undefined && !isText ? { 'Content-Type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { body: isText ? (options.body as string) : JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: parseJson(text) };
}

export const get = (emu: Emulator, path: string, headers: Record<string, string> = {}) =>
  send(emu, 'GET', path, { headers });
export const post = (emu: Emulator, path: string, body: unknown, headers: Record<string, string> = {}) =>
  send(emu, 'POST', path, { body, headers });
export const patch = (emu: Emulator, path: string, body: unknown, headers: Record<string, string> = {}) =>
  send(emu, 'PATCH', path, { body, headers });

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The `value` rows of a collection answer; fails the test when the answer is not one. */
export function rowsOf(reply: Reply): JsonObject[] {
  const value = (reply.json as { value?: unknown } | undefined)?.value;
  if (reply.status !== 200 || !Array.isArray(value))
    throw new Error(`not a collection (${reply.status}): ${reply.text.slice(0, 300)}`);
  return value as JsonObject[];
}

export function objectOf(reply: Reply): JsonObject {
  const json = reply.json;
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new Error(`not an object (${reply.status}): ${reply.text.slice(0, 300)}`);
  return json as JsonObject;
}

/**
 * The error of a Dataverse error answer, after checking its shape is exactly `{"error":{"code","message"}}` with a
 * JSON content type.
 */
export function errorOf(reply: Reply): { code: string; message: string } {
  expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
  const body = objectOf(reply);
  expect(Object.keys(body)).toEqual(['error']);
  const error = body.error as JsonObject;
  expect(Object.keys(error).sort()).toEqual(['code', 'message']);
  expect(typeof error.code).toBe('string');
  expect(typeof error.message).toBe('string');
  return { code: error.code as string, message: error.message as string };
}

/** The record id at the end of an OData-EntityId header: `…/leads(<guid>)`. */
export function idFromEntityId(reply: Reply): string {
  const header = reply.headers.get('odata-entityid') ?? '';
  const match = /\(([0-9a-f-]{36})\)$/.exec(header);
  if (!match?.[1]) throw new Error(`no OData-EntityId in answer ${reply.status}: ${reply.text.slice(0, 300)}`);
  return match[1];
}

/** Creates a row over HTTP and returns its id. */
export async function create(emu: Emulator, entitySet: string, body: JsonObject): Promise<string> {
  const reply = await post(emu, entitySet, body);
  if (reply.status !== 204)
    throw new Error(`create ${entitySet} answered ${reply.status}: ${reply.text.slice(0, 300)}`);
  return idFromEntityId(reply);
}

/** `Prefer` header values the tests send. */
export const PREFER = {
  representation: 'return=representation',
  allAnnotations: 'odata.include-annotations="*"',
  continueOnError: 'odata.continue-on-error',
  maxPageSize: (n: number) => `odata.maxpagesize=${n}`,
} as const;
