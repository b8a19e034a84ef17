import { DataverseClient } from '../../dataverse';
import { ACCOUNT, CONTACT, LEAD } from '../../schema/names';
import { LEAD_SCORE_COLUMNS } from '../../schema/leadlink';

export interface PreviewGroup {
  readonly entity: string;
  readonly label: string;
  readonly records: readonly { readonly id: string; readonly name: string }[];
}

/** The demo records the preview's picker offers: leads by score, then contacts and accounts by name. */
export async function previewRecords(dataverseUrl: string): Promise<PreviewGroup[]> {
  const client = DataverseClient.fromConfig({ url: dataverseUrl, authorityHost: '', credentials: { kind: 'none' } });
  try {
    const leads = await client.queryAll(LEAD.set, {
      select: [LEAD.fullName, LEAD.subject, LEAD_SCORE_COLUMNS.score],
      filter: `${LEAD.state} eq 0`,
      orderBy: [`${LEAD_SCORE_COLUMNS.score} desc`, LEAD.fullName],
      top: 50,
    });
    const contacts = await client.queryAll(CONTACT.set, {
      select: [CONTACT.fullName],
      orderBy: [CONTACT.fullName],
      top: 50,
    });
    const accounts = await client.queryAll(ACCOUNT.set, { select: [ACCOUNT.name], orderBy: [ACCOUNT.name], top: 50 });
    return [
      {
        entity: LEAD.table,
        label: 'Leads',
        records: leads.map((l) => ({
          id: String(l[LEAD.id]),
          name: `${String(l[LEAD.fullName] ?? '')} — ${String(l[LEAD.subject] ?? '')}`,
        })),
      },
      {
        entity: CONTACT.table,
        label: 'Contacts',
        records: contacts.map((c) => ({ id: String(c[CONTACT.id]), name: String(c[CONTACT.fullName] ?? '') })),
      },
      {
        entity: ACCOUNT.table,
        label: 'Accounts',
        records: accounts.map((a) => ({ id: String(a[ACCOUNT.id]), name: String(a[ACCOUNT.name] ?? '') })),
      },
    ];
  } finally {
    client.close();
  }
}
