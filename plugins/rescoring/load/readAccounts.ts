/**
 * Fills in the account rows the model's account rules read, for leads whose account came through their contact's
 * company rather than the lead's own parent account (so the lead query could not expand it): one query per chunk.
 */
import { chunkForIn } from '../../../dataverse';
import { inFilter, type DataverseClient } from '../../../dataverse';
import { ACCOUNT } from '../../../schema/names';
import { scoringColumns, type ScoringModel, type WebApiRecord } from '../../scoring';
import type { LeadForScoring } from './LeadForScoring';

export async function readAccounts(
  client: DataverseClient,
  model: ScoringModel,
  leads: readonly LeadForScoring[],
): Promise<LeadForScoring[]> {
  const columns = scoringColumns(model).account;
  const missing = [
    ...new Set(leads.filter((l) => !l.accountRead && l.accountId !== undefined).map((l) => l.accountId as string)),
  ];
  if (columns.length === 0 || missing.length === 0) return [...leads];
  const rows = new Map<string, WebApiRecord>();
  for (const ids of chunkForIn(missing)) {
    const found = await client.queryAll(ACCOUNT.set, {
      select: [...new Set([ACCOUNT.id, ...columns])],
      filter: inFilter(ACCOUNT.id, ids),
    });
    for (const row of found) rows.set(String(row[ACCOUNT.id]).toLowerCase(), row);
  }
  return leads.map((lead) => {
    const row = lead.accountId === undefined ? undefined : rows.get(lead.accountId);
    return row === undefined || lead.accountRead ? lead : { ...lead, account: row, accountRead: true };
  });
}
