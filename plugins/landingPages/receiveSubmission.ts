/**
 * POST /api/landing-pages/submissions, minus HTTP. In order, each step safe to repeat:
 * 1. read and check the submission; load the scoring model and the matching strategy (bad settings stop here);
 * 2. a submission already recorded (its form-submitted interaction exists) is answered from that record;
 * 3. find or create the contact (new ones marketing-only; opt-outs honoured);
 * 4. the lead: the one made for this submission by an earlier, interrupted attempt, else the strategy's match, else
 *    a new lead linked to the contact under the submission's deterministic id;
 * 5. record the form-submitted interaction (the durable proof the submission was handled);
 * 6. rescore the contact's open leads, the matched or new one among them.
 */
import { DataverseError } from '../../dataverse';
import { INTERACTION } from '../../schema/leadlink';
import { ENV_VARS } from '../../schema/environmentVariables';
import { LEAD } from '../../schema/names';
import type { PluginServices } from '../Plugin';
import { loadScoringModel, rescoreContacts, type RescoreSummary } from '../rescoring';
import { parseLeadMatchingStrategy, type LeadMatchingStrategy } from '../settings/leadMatchingStrategies';
import { createSubmissionLead } from './createSubmissionLead';
import { SettingError } from './errors/SettingError';
import { findMatchingLead } from './findMatchingLead';
import { findOrCreateContact } from './findOrCreateContact';
import { recordSubmission } from './recordSubmission';
import { submissionLeadId, submissionSourceId } from './submissionKeys';
import { validateSubmission } from './validateSubmission';

export type SubmissionServices = Pick<PluginServices, 'dataverse' | 'settings' | 'now'>;

export interface SubmissionOutcome {
  /** new-lead: a lead was created · matched-lead: an existing open lead took it · already-received: a repeat. */
  readonly outcome: 'new-lead' | 'matched-lead' | 'already-received';
  readonly leadId: string;
  readonly contactId: string;
  readonly contactCreated: boolean;
  readonly strategy: LeadMatchingStrategy;
  readonly rescore: RescoreSummary;
}

export async function receiveSubmission(services: SubmissionServices, body: string): Promise<SubmissionOutcome> {
  const client = services.dataverse;
  const now = services.now();
  const submission = validateSubmission(body, now);
  const model = await loadScoringModel(services);
  const strategy = await readStrategy(services);

  const recorded = await findRecorded(services, submission.submissionId);
  if (recorded !== undefined) {
    const rescore = await rescoreContacts(services, model, [recorded.contactId]);
    return { outcome: 'already-received', ...recorded, contactCreated: false, strategy, rescore };
  }

  const ownLeadId = submissionLeadId(submission.submissionId);
  const contact = await findOrCreateContact(client, submission, ownLeadId);
  let leadId: string;
  let outcome: SubmissionOutcome['outcome'];
  if (await leadExists(services, ownLeadId)) {
    [leadId, outcome] = [ownLeadId, 'new-lead'];
  } else {
    const matched = await findMatchingLead(client, strategy, contact.contactId, submission.topic, now);
    if (matched !== undefined) [leadId, outcome] = [matched, 'matched-lead'];
    else {
      await createSubmissionLead(client, submission, ownLeadId, contact);
      [leadId, outcome] = [ownLeadId, 'new-lead'];
    }
  }
  await recordSubmission(client, submission, contact.contactId, leadId);
  const rescore = await rescoreContacts(services, model, [contact.contactId]);
  return { outcome, leadId, contactId: contact.contactId, contactCreated: contact.created, strategy, rescore };
}

async function readStrategy(services: SubmissionServices): Promise<LeadMatchingStrategy> {
  const text = await services.settings.text(ENV_VARS.leadMatchingStrategy);
  try {
    return parseLeadMatchingStrategy(text);
  } catch (error) {
    throw new SettingError((error as Error).message);
  }
}

/** The contact and lead of an already recorded submission (its interaction, by the alternate key). */
async function findRecorded(
  services: SubmissionServices,
  submissionId: string,
): Promise<{ leadId: string; contactId: string } | undefined> {
  const contact = `_${INTERACTION.contact}_value`;
  const lead = `_${INTERACTION.lead}_value`;
  try {
    const row = await services.dataverse.retrieve(
      INTERACTION.entitySet,
      { [INTERACTION.sourceId]: submissionSourceId(submissionId) },
      { select: [contact, lead] },
    );
    return { contactId: String(row[contact]).toLowerCase(), leadId: String(row[lead]).toLowerCase() };
  } catch (error) {
    if (error instanceof DataverseError && error.status === 404) return undefined;
    throw error;
  }
}

async function leadExists(services: SubmissionServices, leadId: string): Promise<boolean> {
  try {
    await services.dataverse.retrieve(LEAD.set, leadId, { select: [LEAD.id] });
    return true;
  } catch (error) {
    if (error instanceof DataverseError && error.status === 404) return false;
    throw error;
  }
}
