/**
 * What the engine says about a lead, computed from the rows as Dataverse holds them — the test's independent view,
 * read with plain queries rather than the rescoring module's loaders.
 */
import type { DataverseClient } from '../../../../dataverse';
import { INTERACTION, LEAD_SCORE_COLUMNS } from '../../../../schema/leadlink';
import { CONTACT, LEAD } from '../../../../schema/names';
import { scoreLead, type ScoreResult, type ScoringModel } from '../../../../plugins/scoring';

/** The engine's result for the lead, as if it had never been scored (`fresh`) or from its stored state. */
export async function engineView(
  client: DataverseClient,
  model: ScoringModel,
  leadId: string,
  now: Date,
  prior: Readonly<Record<string, unknown>> = {},
): Promise<ScoreResult> {
  const lead = await client.retrieve(LEAD.set, leadId);
  const contactId = lead[LEAD.parentContactValue] as string;
  const contact = await client.retrieve(CONTACT.set, contactId);
  const interactions = await client.queryAll(INTERACTION.entitySet, {
    filter: `_${INTERACTION.contact}_value eq ${contactId}`,
  });
  const fresh: Record<string, unknown> = { ...lead };
  for (const column of Object.values(LEAD_SCORE_COLUMNS)) fresh[column] = null;
  return scoreLead({ model, lead: { ...fresh, ...prior }, contact, interactions, now });
}

export async function storedScore(client: DataverseClient, leadId: string): Promise<Record<string, unknown>> {
  return client.retrieve(LEAD.set, leadId, { select: [...Object.values(LEAD_SCORE_COLUMNS), LEAD.rating] });
}
