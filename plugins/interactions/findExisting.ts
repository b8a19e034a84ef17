/**
 * What already exists in Dataverse for a request, in one query per chunk (`Microsoft.Dynamics.CRM.In`): the
 * interactions with these source ids (written by an earlier call), and the contacts and leads the items name.
 * Dataverse compares text case-insensitively, so source ids are matched in lower case.
 */
import { chunkForIn } from '../../dataverse';
import { inFilter, type DataverseClient } from '../../dataverse';
import { INTERACTION } from '../../schema/leadlink';

/** Lower-cased source id → the interaction's id. */
export async function existingSourceIds(
  client: DataverseClient,
  sourceIds: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const ids of chunkForIn([...new Set(sourceIds)])) {
    const rows = await client.queryAll(INTERACTION.entitySet, {
      select: [INTERACTION.id, INTERACTION.sourceId],
      filter: inFilter(INTERACTION.sourceId, ids),
    });
    for (const row of rows) {
      const sourceId = row[INTERACTION.sourceId];
      if (typeof sourceId === 'string') found.set(sourceId.toLowerCase(), String(row[INTERACTION.id]));
    }
  }
  return found;
}

/** Which of these ids exist in the entity set (lower case). */
export async function existingIds(
  client: DataverseClient,
  entitySet: string,
  idColumn: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunkForIn([...new Set(ids)])) {
    const rows = await client.queryAll(entitySet, { select: [idColumn], filter: inFilter(idColumn, part) });
    for (const row of rows) found.add(String(row[idColumn]).toLowerCase());
  }
  return found;
}
