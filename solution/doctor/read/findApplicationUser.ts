import type { DataverseClient, ODataRecord } from '../../../dataverse';
import { SYSTEM_USER } from './platformNames';
import { readFailed, readOk, type Read } from './Read';

export const USER_COLUMNS = [
  SYSTEM_USER.id,
  SYSTEM_USER.fullName,
  SYSTEM_USER.domainName,
  SYSTEM_USER.applicationId,
  SYSTEM_USER.isDisabled,
] as const;

/**
 * The application user of an app registration: the systemuser whose applicationid is its client id (one request).
 * An administrator runs doctor with this to check LeadLink's user, whose role cannot read the registration tables.
 */
export async function findApplicationUser(
  client: DataverseClient,
  applicationId: string,
): Promise<Read<readonly ODataRecord[]>> {
  try {
    const rows = await client.queryAll(SYSTEM_USER.set, {
      select: USER_COLUMNS,
      filter: `${SYSTEM_USER.applicationId} eq ${applicationId}`,
    });
    return readOk(rows);
  } catch (error) {
    return readFailed((error as Error).message);
  }
}
