/**
 * Turns a Dataverse error response into the matching error class. Dataverse's body is
 * `{"error":{"code":"0x…","message":"…"}}` (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors).
 */
import { parseRetryAfter } from '../client/http/retryTiming';
import { ConcurrencyError } from './ConcurrencyError';
import { DataverseError, type DataverseErrorDetails } from './DataverseError';
import { DuplicateRecordError } from './DuplicateRecordError';
import { DATAVERSE_ERROR_CODE, sameErrorCode } from './errorCodes';
import { ThrottledError } from './ThrottledError';

export interface ErrorResponse {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly statusText?: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The raw body, or an already parsed JSON body. */
  readonly body: unknown;
}

/** Longest non-JSON body text quoted in a message: enough to read, not a whole HTML page. */
const MAX_TEXT = 300;

export function errorFromResponse(response: ErrorResponse, now: number = Date.now()): DataverseError {
  const { code, message } = readErrorBody(response.body);
  const details: DataverseErrorDetails = {
    method: response.method,
    url: response.url,
    status: response.status,
    statusText: response.statusText,
    code,
    dataverseMessage: message,
    requestId: response.headers['x-ms-service-request-id'] ?? response.headers['req_id'],
  };
  if (response.status === 429) {
    return new ThrottledError({ ...details, retryAfterMs: parseRetryAfter(response.headers['retry-after'], now) });
  }
  if (response.status === 412) {
    return sameErrorCode(code, DATAVERSE_ERROR_CODE.duplicateRecord) ||
      sameErrorCode(code, DATAVERSE_ERROR_CODE.duplicateRecordEntityKey)
      ? new DuplicateRecordError(details)
      : new ConcurrencyError(details);
  }
  return new DataverseError(details);
}

function readErrorBody(body: unknown): { code?: string; message?: string } {
  let parsed = body;
  if (typeof body === 'string') {
    const text = body.trim();
    if (text === '') return {};
    try {
      parsed = JSON.parse(text);
    } catch {
      return { message: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text };
    }
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const error = (parsed as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return {};
  const { code, message } = error as { code?: unknown; message?: unknown };
  return {
    code: typeof code === 'string' && code !== '' ? code : undefined,
    message: typeof message === 'string' && message !== '' ? message : undefined,
  };
}
