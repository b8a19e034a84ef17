import type { DataverseError } from '../../../dataverse';

/** How one record of a bulk write ended: written (with its id), or failed with Dataverse's error. */
export type WriteOutcome =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly error: DataverseError; readonly retryable: boolean };
