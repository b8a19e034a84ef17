import type { DataverseClient } from '../../dataverse';

/** Merges one contact into another with the Merge action, as a person does from the Merge dialog. */
export async function mergeContacts(client: DataverseClient, master: string, subordinate: string): Promise<void> {
  await client.request({
    method: 'POST',
    url: 'Merge',
    json: {
      Target: { '@odata.type': 'Microsoft.Dynamics.CRM.contact', contactid: master },
      Subordinate: { '@odata.type': 'Microsoft.Dynamics.CRM.contact', contactid: subordinate },
      PerformParentingChecks: false,
    },
  });
}
