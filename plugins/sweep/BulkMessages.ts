import { DataverseError } from '../../dataverse';

/**
 * "The 'CreateMultiple' method does not support entities of type …": the table has no such bulk message yet
 * (https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations). Recognised by code or by text,
 * since only the fallback's cost depends on it: any refused bulk request is retried record by record anyway.
 */
const MESSAGE_NOT_SUPPORTED = '0x80040800';

export function isMessageNotSupported(error: unknown): boolean {
  if (!(error instanceof DataverseError)) return false;
  return (
    error.code?.toLowerCase() === MESSAGE_NOT_SUPPORTED ||
    /does not support entities of type/i.test(error.dataverseMessage ?? '')
  );
}

/** Which bulk messages this run still tries: once Dataverse says a table lacks one, the run stops asking. */
export class BulkMessages {
  updateMultiple = true;
}
