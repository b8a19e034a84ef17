/**
 * Turns anything thrown while talking to Dataverse into a known error type. Axios errors are taken apart here and
 * dropped: they hold the request configuration, Authorization header included, so they must never travel on as a
 * `cause` or reach a log.
 */
import { isAxiosError } from 'axios';
import { DataverseConnectionError } from './DataverseConnectionError';
import { DataverseError } from './DataverseError';
import { errorFromResponse } from './errorFromResponse';
import { lowerCaseHeaders } from '../client/http/lowerCaseHeaders';

export interface RequestDescription {
  readonly method: string;
  readonly url: string;
}

export function toDataverseError(err: unknown, request?: RequestDescription): DataverseError {
  if (err instanceof DataverseError) return err;
  if (isAxiosError(err)) {
    const method = request?.method ?? err.config?.method ?? 'GET';
    const url = request?.url ?? axiosUrl(err.config?.baseURL, err.config?.url);
    if (err.response) {
      return errorFromResponse({
        method,
        url,
        status: err.response.status,
        statusText: err.response.statusText,
        headers: lowerCaseHeaders(err.response.headers),
        body: err.response.data,
      });
    }
    return connectionError(method, url, err.code, err.message);
  }
  const code = systemErrorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  if (code !== undefined) return connectionError(request?.method ?? 'GET', request?.url ?? '', code, message);
  return new DataverseError({
    method: request?.method ?? 'GET',
    url: request?.url ?? '',
    summary: `Request failed: ${message}`,
  });
}

function connectionError(
  method: string,
  url: string,
  code: string | undefined,
  message: string,
): DataverseConnectionError {
  const reason = code && !message.includes(code) ? `${code} (${message})` : message;
  return new DataverseConnectionError({
    method,
    url,
    errorCode: code,
    summary: `Request failed without a response: ${reason}`,
  });
}

function systemErrorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && /^E[A-Z_]+$/.test(code) ? code : undefined;
}

function axiosUrl(base: string | undefined, url: string | undefined): string {
  if (url === undefined) return base ?? '';
  if (/^https?:\/\//i.test(url) || base === undefined) return url;
  return `${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}
