/**
 * A failed Dataverse Web API request. It carries what a caller needs to act — the HTTP status, Dataverse's error
 * code and message, the request id to quote to Microsoft support — and a message a person can read. The URL is
 * redacted and no header is ever included, so the message is safe to log.
 */
import { redactUrl } from './redactUrl';

export interface DataverseErrorDetails {
  readonly method: string;
  readonly url: string;
  /** Absent when no response arrived (a connection error) or the request was never sent. */
  readonly status?: number;
  readonly statusText?: string;
  /** Dataverse's `error.code`, e.g. `0x80040237`; frequently empty in Dataverse's answers, then undefined. */
  readonly code?: string;
  /** Dataverse's `error.message`. */
  readonly dataverseMessage?: string;
  /** `x-ms-service-request-id` / `REQ_ID` of the response. */
  readonly requestId?: string;
  /** Replaces the first sentence of the message when the default ("Request failed with status code …") is wrong. */
  readonly summary?: string;
}

export class DataverseError extends Error {
  override name = 'DataverseError';
  readonly method: string;
  /** The request URL, redacted. */
  readonly url: string;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly dataverseMessage: string | undefined;
  readonly requestId: string | undefined;

  constructor(details: DataverseErrorDetails) {
    const url = redactUrl(details.url);
    super(composeMessage(details, url));
    this.method = details.method.toUpperCase();
    this.url = url;
    this.status = details.status;
    this.code = details.code === '' ? undefined : details.code;
    this.dataverseMessage = details.dataverseMessage;
    this.requestId = details.requestId;
  }
}

function composeMessage(details: DataverseErrorDetails, url: string): string {
  const statusPart =
    details.status === undefined
      ? ''
      : ` with status code ${details.status}${details.statusText ? ` ${details.statusText}` : ''}`;
  const summary = details.summary ?? `Request failed${statusPart}`;
  let message = `${summary}: ${details.method.toUpperCase()} ${url}`;
  if (details.dataverseMessage) message += ` — ${details.dataverseMessage}`;
  const extras = [
    details.code ? `code ${details.code}` : '',
    details.requestId ? `request id ${details.requestId}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return extras ? `${message} (${extras})` : message;
}
