/**
 * The one query that reads leads for scoring: the lead columns scoring and the sales-ready task need, with the
 * parent contact and parent account expanded in the same request (single-valued `$expand`,
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/join-tables), and the lookups' table
 * names as annotations (the contact's company may be an account or a contact; the owner a user or a team).
 */
import type { ExpandOption, PagedQueryOptions } from '../../../dataverse';
import { ACCOUNT, CONTACT, LEAD, LOOKUP_LOGICAL_NAME_ANNOTATION } from '../../../schema/names';
import { scoringColumns, type ScoringModel } from '../../scoring';

/** Leads per page: each page is one lead query plus a few interaction queries and one bulk write. */
export const LEAD_PAGE_SIZE = 500;

export function leadQuery(model: ScoringModel, filter: string): PagedQueryOptions {
  const columns = scoringColumns(model);
  const expand: ExpandOption[] = [
    { property: LEAD.parentContact, select: unique([...columns.contact, CONTACT.parentCustomerValue]) },
  ];
  if (columns.account.length > 0) {
    expand.push({ property: LEAD.parentAccount, select: unique([ACCOUNT.id, ...columns.account]) });
  }
  return {
    select: unique([...columns.lead, LEAD.ownerValue, LEAD.fullName, LEAD.subject]),
    filter,
    expand,
    orderBy: [LEAD.id],
    maxPageSize: LEAD_PAGE_SIZE,
    includeAnnotations: LOOKUP_LOGICAL_NAME_ANNOTATION,
  };
}

function unique(columns: readonly string[]): string[] {
  return [...new Set(columns)];
}
