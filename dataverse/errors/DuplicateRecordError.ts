/**
 * A create (or a create-only upsert, `If-None-Match: *`) hit an existing record with the same key: Dataverse answers
 * 412 with code 0x80040237 (DuplicateRecord), not 409. Callers treat it as "already there" and link to it.
 */
import { DataverseError } from './DataverseError';

export class DuplicateRecordError extends DataverseError {
  override name = 'DuplicateRecordError';
}
