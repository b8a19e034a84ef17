/**
 * The form-submitted interaction a submission leaves on its contact and lead: the durable record that the submission
 * was handled (its source id is the submission id, an alternate key). Returns false when it was already there.
 */
import type { DataverseClient } from '../../dataverse';
import { INTERACTION, INTERACTION_TYPE } from '../../schema/leadlink';
import { CONTACT, LEAD } from '../../schema/names';
import { isDuplicateKey } from '../rescoring';
import type { Submission } from './Submission';
import { submissionSourceId } from './submissionKeys';

export async function recordSubmission(
  client: DataverseClient,
  submission: Submission,
  contactId: string,
  leadId: string,
): Promise<boolean> {
  const page = submission.pageId ?? submission.pageUrl;
  const record: Record<string, unknown> = {
    [INTERACTION.name]: `Form submitted: ${submission.topic}`.slice(0, 200),
    [INTERACTION.sourceId]: submissionSourceId(submission.submissionId),
    [INTERACTION.type]: INTERACTION_TYPE.formSubmitted,
    [INTERACTION.occurredOn]: submission.submittedOn,
    [INTERACTION.campaign]: submission.topic,
    [`${INTERACTION.contactNav}@odata.bind`]: `/${CONTACT.set}(${contactId})`,
    [`${INTERACTION.leadNav}@odata.bind`]: `/${LEAD.set}(${leadId})`,
  };
  if (page !== undefined) record[INTERACTION.subject] = `Landing page ${page}`.slice(0, 400);
  if (submission.pageUrl !== undefined) record[INTERACTION.url] = submission.pageUrl;
  try {
    await client.create(INTERACTION.entitySet, record);
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}
