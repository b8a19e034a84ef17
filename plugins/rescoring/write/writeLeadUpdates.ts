/** Writes the changed leads in bulk (UpdateMultiple, falling back to `$batch`); returns one outcome per update. */
import type { DataverseClient } from '../../../dataverse';
import { LEAD } from '../../../schema/names';
import type { BulkTable } from '../bulk/BulkTable';
import { updateRecords } from '../bulk/writeRecords';
import type { WriteOutcome } from '../bulk/WriteOutcome';

export const LEAD_TABLE: BulkTable = { entitySet: LEAD.set, logicalName: LEAD.table, primaryId: LEAD.id };

export function writeLeadUpdates(
  client: DataverseClient,
  updates: readonly Readonly<Record<string, unknown>>[],
): Promise<WriteOutcome[]> {
  return updateRecords(client, LEAD_TABLE, updates);
}
