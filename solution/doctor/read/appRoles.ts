import { join } from 'node:path';
import { findRepoRoot } from '../../../plugins/segments';
import { SolutionSourceError } from '../../errors/SolutionSourceError';
import { readSolutionSource } from '../../pack/source/readSolutionSource';
import { attributeOf, childElements, firstChild } from '../../xml/XmlNode';
import { PRIVILEGE_DEPTHS, type PrivilegeDepth } from './platformNames';

export interface RequiredPrivilege {
  /** As the role definition spells it, e.g. `prvReadLead`; Dataverse compares privilege names without case. */
  readonly name: string;
  readonly depth: PrivilegeDepth;
}

/** A security role the application user must hold, as the solution ships it. */
export interface AppRole {
  /** Lower-case GUID: the role's id in the root business unit (copies elsewhere name it as parentrootroleid). */
  readonly id: string;
  readonly name: string;
  readonly privileges: readonly RequiredPrivilege[];
}

/**
 * The solution's role for the function app's application user. The other roles it ships are for people (LeadLink
 * Segment Author, for those who save segments as marketing lists) and are not the application user's business.
 */
export const APP_ROLE_NAME = 'LeadLink Integration';

/**
 * The roles the function app's application user needs, and the privileges (with depths) each grants: read from the
 * role definitions the solution ships (solution/src/Roles/*.xml), so doctor checks exactly what an import creates.
 */
export function readAppRoles(srcDir: string = join(findRepoRoot(), 'solution', 'src')): AppRole[] {
  return readAllRoles(srcDir).filter((role) => role.name === APP_ROLE_NAME);
}

/** Every role the solution ships, with its privileges. */
function readAllRoles(srcDir: string = join(findRepoRoot(), 'solution', 'src')): AppRole[] {
  return readSolutionSource(srcDir).roles.map(({ path, root }) => {
    const id = attributeOf(root, 'id')?.replace(/[{}]/g, '').toLowerCase();
    const name = attributeOf(root, 'name');
    if (!id || !name) throw new SolutionSourceError(path, 'a <Role> needs an id and a name');
    const list = firstChild(root, 'RolePrivileges');
    const privileges = (list ? childElements(list, 'RolePrivilege') : []).map((element) => {
      const privilege = attributeOf(element, 'name');
      const level = attributeOf(element, 'level');
      const depth = PRIVILEGE_DEPTHS.find((d) => d === level);
      if (!privilege || !depth) {
        throw new SolutionSourceError(
          path,
          `each <RolePrivilege> needs a name and a level (${PRIVILEGE_DEPTHS.join(', ')})`,
        );
      }
      return { name: privilege, depth };
    });
    return { id, name, privileges };
  });
}
