/**
 * The panel's queries. Each form load uses at most three of them (see loadInsights.ts). Caps keep payloads small;
 * interaction rows come newest first, so the timeline is the head of the list and the 30/90-day counts are exact unless
 * the cap is reached inside the 90-day window (then the panel says the counts are partial).
 */
import { INTERACTION, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { ACTIVE_STATE, CONTACT, LEAD, LEAD_STATE, STATE_CODE } from './dataverseNames';
import { attributes, condition, fetchQuery, filter, linkEntity, order } from './fetchXml';

export const INTERACTION_ROW_CAP = 500;
export const LEAD_ROW_CAP = 50;
export const CONTACT_ROW_CAP = 100;
export const TIMELINE_SIZE = 20;

/** The alias of the parent contact linked into lead queries, and of the contact linked into interaction queries. */
export const CONTACT_ALIAS = 'pc';

export const LEAD_LIST_COLUMNS = [
  LEAD.id,
  LEAD.name,
  LEAD.topic,
  LEAD.state,
  LEAD.parentContact,
  LEAD_SCORE_COLUMNS.score,
  LEAD_SCORE_COLUMNS.grade,
  LEAD_SCORE_COLUMNS.salesReady,
  LEAD_SCORE_COLUMNS.scoredOn,
  LEAD_SCORE_COLUMNS.returnedToMarketing,
] as const;

export const LEAD_DETAIL_COLUMNS = [...LEAD_LIST_COLUMNS, LEAD_SCORE_COLUMNS.scoreReasons] as const;

export const CONTACT_COLUMNS = [
  CONTACT.id,
  CONTACT.name,
  CONTACT.email,
  CONTACT.marketingOnly,
  CONTACT.doNotBulkEmail,
  CONTACT.doNotEmail,
  CONTACT.disableWebTracking,
  CONTACT.isMinor,
  CONTACT.isMinorWithParentalConsent,
] as const;

export const INTERACTION_COLUMNS = [
  INTERACTION.id,
  INTERACTION.type,
  INTERACTION.occurredOn,
  INTERACTION.subject,
  INTERACTION.url,
  INTERACTION.campaign,
  INTERACTION.contact,
] as const;

/** OData options for reading a contact by id (retrieveRecord). */
export const CONTACT_SELECT = `?$select=${CONTACT_COLUMNS.join(',')}`;

/** The lead and its parent contact in one row (outer link: a lead without a contact still comes back). */
export function leadWithContactQuery(leadId: string): string {
  return fetchQuery(
    LEAD.table,
    1,
    attributes(LEAD_DETAIL_COLUMNS) +
      filter('and', [condition({ attribute: LEAD.id, operator: 'eq', value: leadId })]) +
      linkEntity({
        name: CONTACT.table,
        from: CONTACT.id,
        to: LEAD.parentContact,
        alias: CONTACT_ALIAS,
        linkType: 'outer',
        body: attributes(CONTACT_COLUMNS),
      }),
  );
}

export interface LeadsOfContactOptions {
  readonly openOnly: boolean;
  readonly excludeLeadId?: string;
}

export function leadsOfContactQuery(contactId: string, options: LeadsOfContactOptions): string {
  const conditions = [condition({ attribute: LEAD.parentContact, operator: 'eq', value: contactId })];
  if (options.openOnly) conditions.push(condition({ attribute: LEAD.state, operator: 'eq', value: LEAD_STATE.open }));
  if (options.excludeLeadId !== undefined) {
    conditions.push(condition({ attribute: LEAD.id, operator: 'ne', value: options.excludeLeadId }));
  }
  return fetchQuery(
    LEAD.table,
    LEAD_ROW_CAP,
    attributes(LEAD_LIST_COLUMNS) + filter('and', conditions) + order(LEAD_SCORE_COLUMNS.score, true),
  );
}

/** Open leads of an account: linked to it directly, or through a parent contact that belongs to it. */
export function leadsOfAccountQuery(accountId: string): string {
  return fetchQuery(
    LEAD.table,
    LEAD_ROW_CAP,
    attributes(LEAD_LIST_COLUMNS) +
      filter('and', [
        condition({ attribute: LEAD.state, operator: 'eq', value: LEAD_STATE.open }),
        filter('or', [
          condition({ attribute: LEAD.parentAccount, operator: 'eq', value: accountId }),
          condition({
            entityName: CONTACT_ALIAS,
            attribute: CONTACT.parentCustomer,
            operator: 'eq',
            value: accountId,
          }),
        ]),
      ]) +
      order(LEAD_SCORE_COLUMNS.score, true) +
      linkEntity({
        name: CONTACT.table,
        from: CONTACT.id,
        to: LEAD.parentContact,
        alias: CONTACT_ALIAS,
        linkType: 'outer',
        body: attributes(CONTACT_COLUMNS),
      }),
  );
}

export function contactsOfAccountQuery(accountId: string): string {
  return fetchQuery(
    CONTACT.table,
    CONTACT_ROW_CAP,
    attributes(CONTACT_COLUMNS) +
      filter('and', [
        condition({ attribute: CONTACT.parentCustomer, operator: 'eq', value: accountId }),
        condition({ attribute: CONTACT.state, operator: 'eq', value: ACTIVE_STATE }),
      ]) +
      order(CONTACT.name, false),
  );
}

export type InteractionScope =
  /** A lead form: the parent contact's interactions and any recorded against the lead itself. */
  | { readonly kind: 'lead'; readonly leadId: string; readonly contactId: string | null }
  | { readonly kind: 'contact'; readonly contactId: string }
  /** The interactions of all the account's contacts, each row carrying the contact's name. */
  | { readonly kind: 'account'; readonly accountId: string };

export function interactionsQuery(scope: InteractionScope): string {
  const active = condition({ attribute: STATE_CODE, operator: 'eq', value: ACTIVE_STATE });
  const newestFirst = order(INTERACTION.occurredOn, true);
  const columns = attributes(INTERACTION_COLUMNS);
  switch (scope.kind) {
    case 'lead': {
      const byLead = condition({ attribute: INTERACTION.lead, operator: 'eq', value: scope.leadId });
      const owner =
        scope.contactId === null
          ? byLead
          : filter('or', [
              condition({ attribute: INTERACTION.contact, operator: 'eq', value: scope.contactId }),
              byLead,
            ]);
      return fetchQuery(INTERACTION.table, INTERACTION_ROW_CAP, columns + filter('and', [active, owner]) + newestFirst);
    }
    case 'contact':
      return fetchQuery(
        INTERACTION.table,
        INTERACTION_ROW_CAP,
        columns +
          filter('and', [
            active,
            condition({ attribute: INTERACTION.contact, operator: 'eq', value: scope.contactId }),
          ]) +
          newestFirst,
      );
    case 'account':
      return fetchQuery(
        INTERACTION.table,
        INTERACTION_ROW_CAP,
        columns +
          filter('and', [active]) +
          newestFirst +
          linkEntity({
            name: CONTACT.table,
            from: CONTACT.id,
            to: INTERACTION.contact,
            alias: CONTACT_ALIAS,
            linkType: 'inner',
            body:
              attributes([CONTACT.name]) +
              filter('and', [condition({ attribute: CONTACT.parentCustomer, operator: 'eq', value: scope.accountId })]),
          }),
      );
  }
}
