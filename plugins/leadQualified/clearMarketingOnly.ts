import { setTimeout as sleep } from 'node:timers/promises';
import { type CallOptions, ConcurrencyError, DataverseError } from '../../dataverse';
import { CONTACT, LEAD } from '../../schema/names';
import type { LeadQualifiedClient } from './LeadQualifiedClient';
import { qualificationVerdict, type LeadWithContact } from './qualificationVerdict';

export type ClearResult =
  | { readonly kind: 'nothing-to-do'; readonly reason: string }
  | { readonly kind: 'cleared'; readonly contactId: string; readonly attempts: number };

export interface ClearDependencies {
  readonly client: LeadQualifiedClient;
  /** Options for the next call (the remaining time budget); throws BudgetExceededError when none is left. */
  readonly call: () => CallOptions;
  /** Waits before reading again after the contact changed under the write; a timer by default. */
  readonly pause?: (ms: number) => Promise<void>;
}

/**
 * The qualified lead's parent contact becomes a sales contact: marketingonly goes from true to false ("Once the lead
 * is qualified … another workflow could clear this flag", Market to leads with Customer Insights – Journeys). The lead
 * is read — its state now, whatever an event claimed, with its contact's flag expanded — and only a lead qualified now
 * whose contact is still marketing-only leads to a write. The write carries the contact's ETag, so of several events
 * for one qualification (QualifyLead, the opportunity's Create, a lead Update) racing each other exactly one clears
 * the flag; the others meet 412, read again and find nothing to do. Normally one GET for an event with nothing to do,
 * two GETs and one PATCH for the one that clears.
 */
export async function clearMarketingOnly(leadId: string, deps: ClearDependencies): Promise<ClearResult> {
  const pause = deps.pause ?? ((ms: number) => sleep(ms));
  for (let attempt = 1; ; attempt++) {
    if (attempt > 1) await pause(Math.min(2_000, 100 * 2 ** (attempt - 2)));
    const verdict = qualificationVerdict(await readLead(deps, leadId));
    if (verdict.kind === 'nothing-to-do') return verdict;
    const outcome = await clearFlag(deps, verdict.contactId);
    if (outcome === 'cleared') return { kind: 'cleared', contactId: verdict.contactId, attempts: attempt };
    if (outcome === 'gone') return { kind: 'nothing-to-do', reason: 'The parent contact no longer exists.' };
  }
}

async function readLead(deps: ClearDependencies, leadId: string): Promise<LeadWithContact | undefined> {
  try {
    return await deps.client.retrieve<LeadWithContact & Record<string, unknown>>(
      LEAD.set,
      leadId,
      { select: [LEAD.state], expand: [{ property: LEAD.parentContact, select: [CONTACT.marketingOnly] }] },
      deps.call(),
    );
  } catch (error) {
    if (error instanceof DataverseError && error.status === 404) return undefined;
    throw error;
  }
}

/** The contact's flag, written only over the version just read: `changed` when it moved meanwhile. */
async function clearFlag(deps: ClearDependencies, contactId: string): Promise<'cleared' | 'changed' | 'gone'> {
  try {
    const contact = await deps.client.retrieve(
      CONTACT.set,
      contactId,
      { select: [CONTACT.marketingOnly] },
      deps.call(),
    );
    if (contact[CONTACT.marketingOnly] !== true) return 'changed';
    const etag = contact['@odata.etag'];
    if (typeof etag !== 'string' || etag === '') {
      throw new DataverseError({ method: 'GET', url: CONTACT.set, summary: 'The contact read carried no @odata.etag' });
    }
    await deps.client.update(CONTACT.set, contactId, { [CONTACT.marketingOnly]: false }, { etag }, deps.call());
    return 'cleared';
  } catch (error) {
    if (error instanceof ConcurrencyError) return 'changed';
    if (error instanceof DataverseError && error.status === 404) return 'gone';
    throw error;
  }
}
