import type { TableDef } from '../../../schema/types';
import { ACCOUNT } from './account';
import { ASYNCOPERATION } from './asyncoperation';
import { CONTACT } from './contact';
import { ENVIRONMENTVARIABLEDEFINITION } from './environmentvariabledefinition';
import { ENVIRONMENTVARIABLEVALUE } from './environmentvariablevalue';
import { LEAD } from './lead';
import { LIST } from './list';
import { LISTMEMBER } from './listmember';
import { OPPORTUNITY } from './opportunity';
import { PRIVILEGE } from './privilege';
import { ROLE } from './role';
import { ROLEPRIVILEGES } from './roleprivileges';
import { SDKMESSAGE } from './sdkmessage';
import { SDKMESSAGEFILTER } from './sdkmessagefilter';
import { SDKMESSAGEPROCESSINGSTEP } from './sdkmessageprocessingstep';
import { SDKMESSAGEPROCESSINGSTEPIMAGE } from './sdkmessageprocessingstepimage';
import { SERVICEENDPOINT } from './serviceendpoint';
import { SOLUTION } from './solution';
import { SYSTEMUSER } from './systemuser';
import { SYSTEMUSERROLES } from './systemuserroles';
import { TASK } from './task';
import { TEAM } from './team';
import { TRANSACTIONCURRENCY } from './transactioncurrency';
import { WEBRESOURCE } from './webresource';

/** The Microsoft tables the emulator serves before any solution is imported. */
export const MICROSOFT_TABLES: readonly TableDef[] = [
  LEAD,
  CONTACT,
  ACCOUNT,
  OPPORTUNITY,
  TASK,
  LIST,
  LISTMEMBER,
  SYSTEMUSER,
  TEAM,
  TRANSACTIONCURRENCY,
  SERVICEENDPOINT,
  SDKMESSAGE,
  SDKMESSAGEFILTER,
  SDKMESSAGEPROCESSINGSTEP,
  SDKMESSAGEPROCESSINGSTEPIMAGE,
  ENVIRONMENTVARIABLEDEFINITION,
  ENVIRONMENTVARIABLEVALUE,
  ROLE,
  PRIVILEGE,
  ROLEPRIVILEGES,
  SYSTEMUSERROLES,
  SOLUTION,
  ASYNCOPERATION,
  WEBRESOURCE,
];

export {
  ACCOUNT,
  ASYNCOPERATION,
  CONTACT,
  ENVIRONMENTVARIABLEDEFINITION,
  ENVIRONMENTVARIABLEVALUE,
  LEAD,
  LIST,
  LISTMEMBER,
  OPPORTUNITY,
  PRIVILEGE,
  ROLE,
  ROLEPRIVILEGES,
  SDKMESSAGE,
  SDKMESSAGEFILTER,
  SDKMESSAGEPROCESSINGSTEP,
  SDKMESSAGEPROCESSINGSTEPIMAGE,
  SERVICEENDPOINT,
  SOLUTION,
  SYSTEMUSER,
  SYSTEMUSERROLES,
  TASK,
  TEAM,
  TRANSACTIONCURRENCY,
  WEBRESOURCE,
};
