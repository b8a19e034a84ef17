import { inFilter, type QueryOptions } from '../../dataverse';
import { CONTACT, DO_NOT_PREFERENCE_COLUMNS } from '../../schema/names';
import { chooseContact } from './chooseContact';
import type { ContactCandidate, ContactMatchingStrategy } from './ContactMatchingStrategy';
import { ACTIVE_CONTACT_FILTER, isActiveContact } from './IdentityContact';
import type { LeadRow } from './LeadRow';
import { normalizeEmail } from './normalizeEmail';

/**
 * Matches a lead to active contacts by normalized e-mail on `emailaddress1`. Dataverse compares strings with the
 * environment's collation — case- and, in most languages, accent-insensitive ("All filters using string values are
 * case insensitive", https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows) — so the
 * query may return near misses (`jose@` for `josé@`): candidates are compared again here, normalized and in NFC.
 */
export const emailMatchingStrategy: ContactMatchingStrategy = {
  name: 'email',

  keyOf(lead: LeadRow): string | undefined {
    return normalizeEmail(lead.emailaddress1);
  },

  candidateQuery(keys: readonly string[]): QueryOptions {
    if (keys.length === 0)
      throw new RangeError('emailMatchingStrategy.candidateQuery needs at least one e-mail address');
    return {
      // The opt-outs come along: linking a lead applies its stricter ones to the contact (optOutsToApply.ts).
      select: [
        CONTACT.id,
        CONTACT.email,
        CONTACT.state,
        CONTACT.parentCustomerValue,
        CONTACT.createdOn,
        ...DO_NOT_PREFERENCE_COLUMNS,
      ],
      // In() takes the values as a JSON array, which keeps a quote in o'brien@… intact (inFilter.ts).
      filter: `${ACTIVE_CONTACT_FILTER} and ${inFilter(CONTACT.email, [...new Set(keys)])}`,
      orderBy: [`${CONTACT.createdOn} asc`, `${CONTACT.id} asc`],
    };
  },

  choose(lead: LeadRow, candidates: readonly ContactCandidate[]): ContactCandidate | undefined {
    const key = normalizeEmail(lead.emailaddress1);
    if (key === undefined) return undefined;
    const matches = candidates.filter((c) => isActiveContact(c) && normalizeEmail(text(c[CONTACT.email])) === key);
    return chooseContact(
      matches.map((c) => ({
        ...c,
        _parentcustomerid_value: text(c[CONTACT.parentCustomerValue]),
        createdon: text(c[CONTACT.createdOn]),
      })),
      lead._parentaccountid_value,
    );
  },
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
