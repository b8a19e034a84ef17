import { odataString, type DataverseClient } from '../../dataverse';
import { entityPath } from '../../dataverse/client/odata/entityPath';
import { contactFromLead, LEAD_IDENTITY_SELECT, type LeadRow } from '../../plugins/identity';
import { ACTIVE_STATE, CONTACT, LEAD, LEAD_STATE } from '../../schema/names';

/**
 * What a classic per-lead workflow does (the "Market to leads" article's contact-creation workflow), sent through
 * the Web API: for each orphan lead, query a contact by e-mail, create one if none, update the lead. `concurrency`
 * leads are in progress at once. No deterministic id and no guard: what such a workflow has.
 */
export async function naiveWorkflow(client: DataverseClient, concurrency: number): Promise<void> {
  const leads = await client.queryAll<LeadRow>(LEAD.set, {
    select: LEAD_IDENTITY_SELECT,
    filter: `${LEAD.state} eq ${LEAD_STATE.open} and ${LEAD.parentContactValue} eq null`,
  });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < leads.length) {
      const lead = leads[next++];
      if (lead) await oneLead(client, lead);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

async function oneLead(client: DataverseClient, lead: LeadRow): Promise<void> {
  const email = typeof lead.emailaddress1 === 'string' ? lead.emailaddress1.trim() : '';
  let contactId: string | undefined;
  if (email !== '') {
    const [found] = await client.queryAll(CONTACT.set, {
      select: [CONTACT.id],
      filter: `${CONTACT.state} eq ${ACTIVE_STATE} and ${CONTACT.email} eq ${odataString(email)}`,
      top: 1,
    });
    contactId = typeof found?.contactid === 'string' ? found.contactid : undefined;
  }
  contactId ??= await client.create(CONTACT.set, contactFromLead(lead).record);
  await client.update(LEAD.set, lead.leadid, {
    [`${LEAD.parentContact}@odata.bind`]: `/${entityPath(CONTACT.set, contactId)}`,
  });
}
