import { DataverseError, type DataverseClient, type ODataRecord } from '../../dataverse';

/** A record by id, or undefined when Dataverse answers 404. */
export async function retrieveOptional(
  client: DataverseClient,
  entitySet: string,
  id: string,
  select: readonly string[],
): Promise<ODataRecord | undefined> {
  try {
    return await client.retrieve(entitySet, id, { select });
  } catch (error) {
    if (error instanceof DataverseError && error.status === 404) return undefined;
    throw error;
  }
}
