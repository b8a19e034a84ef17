import { inFilter, odataString, type QueryOptions } from '../../../dataverse';
import { buildQuery } from '../../../dataverse/client/odata/buildQuery';
import { entityPath } from '../../../dataverse/client/odata/entityPath';
import { CONTACT, ENVIRONMENT_VARIABLE, LEAD } from '../../../schema/names';
import { PUBLISHER_PREFIX } from '../../../schema/leadlink';
import { IMAGE_COLUMNS } from '../../register/planImages';
import { ENDPOINT_COMPARED } from '../../register/planEndpoint';
import { STEP_COLUMNS } from '../../register/planStep';
import { SDK_MESSAGE, SDK_MESSAGE_FILTER, SERVICE_ENDPOINT, STEP, STEP_IMAGE } from '../../webhook/registrationNames';
import { ENDPOINT_ID, ENDPOINT_NAME, STEP_NAME_PREFIX } from '../../webhook/webhookIdentity';
import type { WebhookStep } from '../../webhook/webhookSteps';
import { orphanLeadsFetchXml, qualifiedMarketingOnlyFetchXml, unlinkedMarketingOnlyFetchXml } from './backlogFetchXml';
import { failureSummaryFetchXml, recentFailureMessagesQuery } from './failureQueries';
import { USER_COLUMNS } from './findApplicationUser';
import {
  PRIVILEGE,
  RETRIEVE_USER_PRIVILEGES,
  ROLE,
  SOLUTION,
  SYSTEM_USER,
  SYSTEM_USER_ROLES,
  ASYNC_OPERATION,
} from './platformNames';

/** What the reads are about: who runs LeadLink, what the solution and registry declare, and the clock. */
export interface ReadScope {
  /** LeadLink's application user: the caller, or the one an administrator named. */
  readonly userId: string;
  readonly solutionUniqueName: string;
  readonly privilegeNames: readonly string[];
  readonly steps: readonly WebhookStep[];
  /** Failures since this instant count as recent. */
  readonly since: Date;
}

/** What register compares, and whether Dataverse holds a key at all. */
export const ENDPOINT_COLUMNS = [SERVICE_ENDPOINT.id, ...ENDPOINT_COMPARED, SERVICE_ENDPOINT.isAuthValueSet] as const;

const query = (set: string, options: QueryOptions) => `${set}${buildQuery(options)}`;
const fetch = (set: string, fetchXml: string) => `${set}?fetchXml=${encodeURIComponent(fetchXml)}`;

/**
 * Every read doctor makes after WhoAmI, as the relative URLs of GETs that go together in one `$batch`. Each is bounded
 * whatever the size of the environment: by id, by the registry's names, by `$top`, or an aggregate count.
 */
export function deploymentQueries(scope: ReadScope) {
  const stepIds = scope.steps.map((s) => s.id);
  const messages = [...new Set(scope.steps.map((s) => s.message))];
  const tables = [...new Set(scope.steps.map((s) => s.table))];
  return {
    user: `${entityPath(SYSTEM_USER.set, scope.userId)}${buildQuery({ select: USER_COLUMNS })}`,
    rolesHeld: fetch(
      ROLE.set,
      `<fetch><entity name="${ROLE.table}"><attribute name="${ROLE.id}" /><attribute name="${ROLE.name}" />` +
        `<attribute name="${ROLE.parentRootRole}" />` +
        `<link-entity name="${SYSTEM_USER_ROLES.table}" from="${SYSTEM_USER_ROLES.roleId}" to="${ROLE.id}" intersect="true">` +
        `<filter><condition attribute="${SYSTEM_USER_ROLES.userId}" operator="eq" value="${scope.userId}" /></filter>` +
        `</link-entity></entity></fetch>`,
    ),
    userPrivileges: `${entityPath(SYSTEM_USER.set, scope.userId)}/Microsoft.Dynamics.CRM.${RETRIEVE_USER_PRIVILEGES}()`,
    privileges: query(PRIVILEGE.set, {
      select: [PRIVILEGE.id, PRIVILEGE.name],
      filter: inFilter(PRIVILEGE.name, scope.privilegeNames),
    }),
    solutions: query(SOLUTION.set, {
      select: [SOLUTION.uniqueName, SOLUTION.friendlyName, SOLUTION.version, SOLUTION.isManaged, SOLUTION.installedOn],
      filter: `${SOLUTION.uniqueName} eq ${odataString(scope.solutionUniqueName)}`,
    }),
    environmentVariables: query(ENVIRONMENT_VARIABLE.definitionSet, {
      select: [ENVIRONMENT_VARIABLE.schemaName, ENVIRONMENT_VARIABLE.defaultValue],
      filter: `startswith(${ENVIRONMENT_VARIABLE.schemaName},${odataString(`${PUBLISHER_PREFIX}_`)})`,
      expand: [{ property: ENVIRONMENT_VARIABLE.valuesNav, select: [ENVIRONMENT_VARIABLE.value] }],
    }),
    endpoints: query(SERVICE_ENDPOINT.set, {
      select: ENDPOINT_COLUMNS,
      filter: `${SERVICE_ENDPOINT.id} eq ${ENDPOINT_ID} or ${SERVICE_ENDPOINT.name} eq ${odataString(ENDPOINT_NAME)}`,
    }),
    steps: query(STEP.set, {
      select: [STEP.id, ...STEP_COLUMNS],
      filter:
        `${inFilter(STEP.id, stepIds)} or startswith(${STEP.name},${odataString(STEP_NAME_PREFIX)})` +
        ` or ${STEP.eventHandlerValue} eq ${ENDPOINT_ID}`,
      expand: [
        { property: STEP.messageNav, select: [SDK_MESSAGE.name] },
        { property: STEP.filterNav, select: [SDK_MESSAGE_FILTER.table] },
      ],
    }),
    // In takes a lookup's logical name (sdkmessageprocessingstepid), which is also its navigation property's.
    images: query(STEP_IMAGE.set, {
      select: [...IMAGE_COLUMNS, STEP_IMAGE.stepValue],
      filter: inFilter(STEP_IMAGE.stepNav, stepIds),
    }),
    messages: query(SDK_MESSAGE.set, {
      select: [SDK_MESSAGE.id, SDK_MESSAGE.name],
      filter: inFilter(SDK_MESSAGE.name, messages),
    }),
    messageFilters: query(SDK_MESSAGE_FILTER.set, {
      select: [SDK_MESSAGE_FILTER.id, SDK_MESSAGE_FILTER.table, SDK_MESSAGE_FILTER.messageValue],
      filter: inFilter(SDK_MESSAGE_FILTER.table, tables),
    }),
    recentFailures: fetch(ASYNC_OPERATION.set, failureSummaryFetchXml(stepIds, scope.since)),
    recentFailureMessages: query(ASYNC_OPERATION.set, recentFailureMessagesQuery(stepIds, scope.since)),
    allFailures: fetch(ASYNC_OPERATION.set, failureSummaryFetchXml(stepIds)),
    orphanLeads: fetch(LEAD.set, orphanLeadsFetchXml()),
    qualifiedMarketingOnly: fetch(LEAD.set, qualifiedMarketingOnlyFetchXml()),
    unlinkedMarketingOnly: fetch(CONTACT.set, unlinkedMarketingOnlyFetchXml()),
  } as const;
}

export type ReadName = keyof ReturnType<typeof deploymentQueries>;
