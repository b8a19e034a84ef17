import { LEAD } from '../../schema/names';
import { optOutsToApply } from '../identity';
import { optOutLeadQuery, type OptOutLeadRow } from './optOutLeadQuery';
import { readPages } from './readPages';
import { sweepFailure } from './SweepFailure';
import type { SweepRun } from './SweepRun';
import { updateContacts, type ContactUpdate } from './updateContacts';

/**
 * Consent's safety net: a lead's opt-out reaches its parent contact when the contact still allows it — the strictest
 * wins, nothing is loosened. The link (webhook or sweep) does it for the leads it links; this phase catches the rest:
 * links made before, by hand, or opt-outs set on a lead later. Pages of such leads of the partition, then
 * UpdateMultiple per 1,000 contacts, each with exactly the columns it lacks.
 */
export async function repairOptOuts(run: SweepRun): Promise<void> {
  const { options, tally } = run;
  const query = { ...optOutLeadQuery(options.partition), maxPageSize: options.pageSize };
  for await (const leads of readPages<OptOutLeadRow>(run.client, LEAD.set, query, options.limit, run.write.gate)) {
    tally.optOutLeadsScanned += leads.length;
    const byContact = new Map<string, { values: Record<string, true>; leadIds: string[] }>();
    for (const lead of leads) {
      const contact = lead[LEAD.parentContact];
      const contactId = contact?.contactid?.toLowerCase();
      if (!contact || !contactId) continue;
      const entry = byContact.get(contactId) ?? { values: {}, leadIds: [] };
      Object.assign(entry.values, optOutsToApply(lead, contact));
      entry.leadIds.push(lead.leadid);
      byContact.set(contactId, entry);
    }
    const updates: ContactUpdate[] = [...byContact]
      .filter(([, entry]) => Object.keys(entry.values).length > 0)
      .map(([contactId, entry]) => ({ contactId, values: entry.values }));
    if (options.dryRun) {
      tally.optOutsApplied += updates.length;
    } else {
      await updateContacts(run.client, updates, run.write, (outcomes) => {
        for (const [contactId, outcome] of outcomes) {
          if (outcome.kind === 'updated') tally.optOutsApplied++;
          else
            tally.failed.push(
              sweepFailure('apply-opt-outs', byContact.get(contactId)?.leadIds ?? [], outcome.error, contactId),
            );
        }
      });
      if (updates.length > 0) {
        // The one change LeadLink makes to existing contacts: say so (counts only, never a person's data).
        run.log?.info('sweep.opt-outs-applied', { contacts: updates.length, leads: leads.length });
      }
    }
    run.onProgress?.(tally.progress('opt-outs'));
  }
}
