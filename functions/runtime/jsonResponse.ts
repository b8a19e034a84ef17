import type { HttpResponseInit } from '@azure/functions';

/** Every answer is a short JSON body; Dataverse reads only the status, people and tools read the body. */
export function jsonResponse(status: number, body: Readonly<Record<string, unknown>>): HttpResponseInit {
  return { status, jsonBody: body, headers: { 'Content-Type': 'application/json' } };
}
