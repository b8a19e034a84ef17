/**
 * The submission's contact, with issue 3's identity rules (plugins/identity): an active contact with the same
 * normalized e-mail, chosen deterministically; else a new marketing-only contact built the way one is built for an
 * orphan lead, under the deterministic id of its e-mail, created with `If-None-Match: *` so a concurrent twin finds
 * it instead of making a second. Opt-outs ticked on the form are honoured on a found contact too (set, never cleared).
 */
import { DuplicateRecordError, type DataverseClient } from '../../dataverse';
import { contactFromLead, emailMatchingStrategy, type LeadRow } from '../identity';
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
  const contact = contactFromLead(asLead);
  try {
    await client.upsert(CONTACT.set, contact.contactId, contact.record, { mode: 'createOnly' });
    return { contactId: contact.contactId, created: true, accountId: undefined };
  } catch (error) {
    if (error instanceof DuplicateRecordError)
      return { contactId: contact.contactId, created: false, accountId: undefined };
    throw error;
  }
}
