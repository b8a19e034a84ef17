/**
 * Dataverse's service protection limits refused the request (429). `retryAfterMs` is the wait Dataverse asked for
 * (`Retry-After`), when it said so. https://learn.microsoft.com/power-apps/developer/data-platform/api-limits
 */
import { DataverseError, type DataverseErrorDetails } from './DataverseError';

export class ThrottledError extends DataverseError {
  override name = 'ThrottledError';
  readonly retryAfterMs: number | undefined;

  constructor(details: DataverseErrorDetails & { readonly retryAfterMs?: number }) {
    super(details);
    this.retryAfterMs = details.retryAfterMs;
  }
}
