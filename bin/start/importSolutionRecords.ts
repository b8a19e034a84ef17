import { DuplicateRecordError, inFilter, odataString, type DataverseClient } from '../../dataverse';
import { entityPath } from '../../dataverse/client/odata/entityPath';
import { packedSolution, readAppRoles } from '../../solution/doctor';
import {
  ADD_PRIVILEGES_ROLE,
  PRIVILEGE,
  ROLE,
  SOLUTION,
  SYSTEM_USER,
  SYSTEM_USER_ROLES,
  WHO_AM_I,
} from '../../solution/doctor/read/platformNames';

const ignoreDuplicate = (error: unknown) => {
  if (!(error instanceof DuplicateRecordError)) throw error;
};

/**
 * What importing the LeadLink solution and setting up its application user leave in an environment, done through the
 * Web API as an admin's tools would: the solution's row, its security roles with their privileges, and the roles
 * assigned to the calling user (the application user the functions run as). Rows already there stay as they are.
 */
export async function importSolutionRecords(client: DataverseClient): Promise<void> {
  const packed = packedSolution();
  const existing = await client.queryAll(SOLUTION.set, {
    select: [SOLUTION.id],
    filter: `${SOLUTION.uniqueName} eq ${odataString(packed.uniqueName)}`,
  });
  if (existing.length === 0) {
    await client.create(SOLUTION.set, {
      [SOLUTION.uniqueName]: packed.uniqueName,
      [SOLUTION.friendlyName]: packed.uniqueName,
      [SOLUTION.version]: packed.version,
    });
  }
  const who = await client.executeFunction<{ UserId: string; BusinessUnitId: string }>(WHO_AM_I);
  if (!who) throw new Error('WhoAmI gave no answer.');
  for (const role of readAppRoles()) {
    await client.upsert(ROLE.set, role.id, { [ROLE.name]: role.name }, { mode: 'createOnly' }).catch(ignoreDuplicate);
    const rows = await client.queryAll(PRIVILEGE.set, {
      select: [PRIVILEGE.id, PRIVILEGE.name],
      filter: inFilter(
        PRIVILEGE.name,
        role.privileges.map((p) => p.name),
      ),
    });
    const idOf = new Map(rows.map((r) => [String(r[PRIVILEGE.name]).toLowerCase(), String(r[PRIVILEGE.id])]));
    const privileges = role.privileges.map((p) => {
      const id = idOf.get(p.name.toLowerCase());
      if (!id) throw new Error(`The role '${role.name}' names ${p.name}, which this environment does not have.`);
      return { PrivilegeId: id, Depth: p.depth, BusinessUnitId: who.BusinessUnitId };
    });
    await client.executeAction(ADD_PRIVILEGES_ROLE, { Privileges: privileges }, { entitySet: ROLE.set, key: role.id });
    await client
      .request({
        method: 'POST',
        url: `${entityPath(SYSTEM_USER.set, who.UserId)}/${SYSTEM_USER_ROLES.association}/$ref`,
        json: { '@odata.id': `${client.apiBaseUrl}${entityPath(ROLE.set, role.id)}` },
      })
      .catch(ignoreDuplicate);
  }
}
