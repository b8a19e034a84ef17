import { inFilter, type QueryOptions } from '../../../dataverse';
import { ASYNC_OPERATION, ASYNC_OPERATION_FAILED } from './platformNames';

/**
 * LeadLink's failed system jobs: statuscode 31 (Failed) and owningextensionid one of the registry's steps, the query
 * "Register a WebHook" documents for a step's failures
 * (https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook#query-failed-asynchronous-jobs-for-a-given-step).
 */
export const FAILURE_ALIAS = { count: 'failed', first: 'firstfailure', last: 'lastfailure' } as const;
/** How many of the latest failures are read to find the most common messages. */
export const FAILURE_SAMPLE = 200;

function conditions(stepIds: readonly string[], since: Date | undefined): string {
  const steps = stepIds.map((id) => `<value>${id}</value>`).join('');
  return (
    `<filter><condition attribute="${ASYNC_OPERATION.status}" operator="eq" value="${ASYNC_OPERATION_FAILED}" />` +
    `<condition attribute="${ASYNC_OPERATION.owningExtension}" operator="in">${steps}</condition>` +
    (since
      ? `<condition attribute="${ASYNC_OPERATION.completedOn}" operator="ge" value="${since.toISOString()}" />`
      : '') +
    `</filter>`
  );
}

/** Count, first and last completion of the failures since `since` (all of them without it): one row. */
export function failureSummaryFetchXml(stepIds: readonly string[], since?: Date): string {
  const a = FAILURE_ALIAS;
  const on = ASYNC_OPERATION.completedOn;
  return (
    `<fetch aggregate="true"><entity name="${ASYNC_OPERATION.table}">` +
    `<attribute name="${ASYNC_OPERATION.id}" alias="${a.count}" aggregate="count" />` +
    (since
      ? `<attribute name="${on}" alias="${a.first}" aggregate="min" /><attribute name="${on}" alias="${a.last}" aggregate="max" />`
      : '') +
    `${conditions(stepIds, since)}</entity></fetch>`
  );
}

/** The latest failures' messages since `since` (message is a memo column, which cannot be grouped by). */
export function recentFailureMessagesQuery(stepIds: readonly string[], since: Date): QueryOptions {
  return {
    select: [ASYNC_OPERATION.message, ASYNC_OPERATION.friendlyMessage, ASYNC_OPERATION.completedOn],
    filter:
      `${ASYNC_OPERATION.status} eq ${ASYNC_OPERATION_FAILED} and ${inFilter(ASYNC_OPERATION.owningExtension, stepIds)}` +
      ` and ${ASYNC_OPERATION.completedOn} ge ${since.toISOString()}`,
    orderBy: [`${ASYNC_OPERATION.completedOn} desc`],
    top: FAILURE_SAMPLE,
  };
}
