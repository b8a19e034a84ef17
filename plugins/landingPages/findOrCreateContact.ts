/**
 * The submission's contact, with the identity rules of plugins/identity: an active contact with the same normalized
 * e-mail, chosen deterministically; else the identity's contact (ensureIdentityContact): the one an earlier attempt
 * made, or the active master a merged one went to, or a new marketing-only contact built the way one is built for an
 * orphan lead, under the identity's next deterministic id, created with `If-None-Match: *` so a concurrent twin finds
 * it instead of making a second — never an inactive contact. Opt-outs ticked on the form are honoured on a found
 * contact too (set, never cleared).
 */
import type { DataverseClient } from '../../dataverse';
import { emailMatchingStrategy, optOutsToApply, type LeadRow } from '../identity';
import { ensureIdentityContact } from '../identityContacts';
import { ACCOUNT, CONTACT, LEAD, LOOKUP_LOGICAL_NAME_ANNOTATION } from '../../schema/names';
import { OPT_OUT_COLUMNS, optOutValues } from './optOutColumns';
import type { Submission } from './Submission';

export interface SubmissionContact {
  readonly contactId: string;
  readonly created: boolean;
  /** The contact's company when it is an account: the new lead's parent account. */
  readonly accountId: string | undefined;
}

export async function findOrCreateContact(
  client: DataverseClient,
  submission: Submission,
  leadId: string,
): Promise<SubmissionContact> {
  const asLead: LeadRow = {
    [LEAD.id]: leadId,
    [LEAD.email]: submission.email,
    ...(submission.firstName ? { [LEAD.firstName]: submission.firstName } : {}),
    ...(submission.lastName ? { [LEAD.lastName]: submission.lastName } : {}),
    ...(submission.jobTitle ? { [LEAD.jobTitle]: submission.jobTitle } : {}),
    ...(submission.phone ? { [LEAD.businessPhone]: submission.phone } : {}),
    ...optOutValues(submission.optOuts),
  } as LeadRow;
  const query = emailMatchingStrategy.candidateQuery([submission.email]);
  const candidates = await client.queryAll(CONTACT.set, {
    ...query,
    select: [...(query.select ?? []), ...Object.values(OPT_OUT_COLUMNS)],
    includeAnnotations: LOOKUP_LOGICAL_NAME_ANNOTATION,
  });
  const found = emailMatchingStrategy.choose(
    asLead,
    candidates.map((row) => ({ ...row, contactid: String(row[CONTACT.id]) })),
  );
  if (found !== undefined) {
    const contactId = found.contactid.toLowerCase();
    const tighten = Object.fromEntries(
      Object.entries(optOutValues(submission.optOuts)).filter(([column]) => found[column] !== true),
    );
    if (Object.keys(tighten).length > 0) await client.update(CONTACT.set, contactId, tighten);
    const isAccount = found[`${CONTACT.parentCustomerValue}@${LOOKUP_LOGICAL_NAME_ANNOTATION}`] === ACCOUNT.table;
    const company = found[CONTACT.parentCustomerValue];
    return { contactId, created: false, accountId: isAccount && typeof company === 'string' ? company : undefined };
  }
  const ensured = await ensureIdentityContact(client, asLead);
  if (ensured.existing) {
    const tighten = optOutsToApply(asLead, ensured.existing);
    if (Object.keys(tighten).length > 0) await client.update(CONTACT.set, ensured.contactId, tighten);
  }
  return { contactId: ensured.contactId, created: ensured.created, accountId: undefined };
}
