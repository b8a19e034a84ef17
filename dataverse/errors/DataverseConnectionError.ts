/**
 * No HTTP response arrived: the connection was reset, refused or timed out. `errorCode` is Node's code
 * (`ECONNRESET`, `ECONNREFUSED`, `ETIMEDOUT`, …). Whether the server applied the request is unknown.
 */
import { DataverseError, type DataverseErrorDetails } from './DataverseError';

export class DataverseConnectionError extends DataverseError {
  override name = 'DataverseConnectionError';
  readonly errorCode: string | undefined;

  constructor(details: DataverseErrorDetails & { readonly errorCode?: string }) {
    super(details);
    this.errorCode = details.errorCode;
  }
}
