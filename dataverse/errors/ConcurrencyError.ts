/**
 * A 412 that is not a duplicate key: the `If-Match` condition failed (the record changed since its ETag was read,
 * or `If-Match: *` found no record to update).
 */
import { DataverseError } from './DataverseError';

export class ConcurrencyError extends DataverseError {
  override name = 'ConcurrencyError';
}
