/** The JSON body of a response; a body that is not JSON is Dataverse misbehaving, reported with the request. */
import { DataverseError } from '../../errors/DataverseError';
import type { DataverseResponse } from './DataverseRequest';

export function readJson(response: DataverseResponse, method: string): unknown {
  if (response.body.trim() === '') return undefined;
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    throw new DataverseError({
      method,
      url: response.url,
      status: response.status,
      summary: `Response is not JSON (content-type ${response.headers['content-type'] ?? 'none'})`,
    });
  }
}

/** A JSON object body; anything else (an array, a number) is reported as a wrong shape. */
export function readJsonObject(response: DataverseResponse, method: string): Record<string, unknown> {
  const value = readJson(response, method);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DataverseError({
      method,
      url: response.url,
      status: response.status,
      summary: 'Response body is not a JSON object',
    });
  }
  return value as Record<string, unknown>;
}
