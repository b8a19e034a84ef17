import { LEAD } from '../../schema/names';
import { clearFlags } from './clearFlags';
import { qualifiedLeadQuery, type QualifiedLeadRow } from './qualifiedLeadQuery';
import { readPages } from './readPages';
import { sweepFailure } from './SweepFailure';
import type { SweepRun } from './SweepRun';

/**
 * Capability 3's safety net: a qualified lead whose parent contact is still marketing-only missed its lead-qualified
 * webhook (or QualifyLead raised none). Its contact becomes a sales contact. Pages of qualified leads of the
 * partition, then UpdateMultiple per 1,000 contacts.
 */
export async function repairQualifiedLeads(run: SweepRun): Promise<void> {
  const { options, tally } = run;
  /** Contacts handled this run: a contact with qualified leads on several pages is written once. */
  const seen = new Set<string>();
  const query = { ...qualifiedLeadQuery(options.partition), maxPageSize: options.pageSize };
  for await (const leads of readPages<QualifiedLeadRow>(run.client, LEAD.set, query, options.limit, run.write.gate)) {
    tally.qualifiedScanned += leads.length;
    const leadsByContact = new Map<string, string[]>();
    for (const lead of leads) {
      const contactId = lead._parentcontactid_value?.toLowerCase();
      if (!contactId || seen.has(contactId)) continue;
      leadsByContact.set(contactId, [...(leadsByContact.get(contactId) ?? []), lead.leadid]);
    }
    const contactIds = [...leadsByContact.keys()];
    for (const id of contactIds) seen.add(id);
    if (options.dryRun) {
      tally.flagsCleared += contactIds.length;
    } else {
      await clearFlags(run.client, contactIds, run.write, (outcomes) => {
        for (const [contactId, outcome] of outcomes) {
          if (outcome.kind === 'updated') tally.flagsCleared++;
          else
            tally.failed.push(
              sweepFailure('clear-flag', leadsByContact.get(contactId) ?? [], outcome.error, contactId),
            );
        }
      });
    }
    run.onProgress?.(tally.progress('flags'));
  }
}
