import { DataverseClient, type ODataRecord, type RequestObserver } from '../../../../dataverse';
import { Emulator, type EmulatorOptions } from '../../../../emulator';
import { DataverseEnvironmentSettings } from '../../../../plugins/settings/DataverseEnvironmentSettings';
import { ENV_VARS } from '../../../../schema/environmentVariables';
import { LEADLINK_CUSTOMIZATIONS } from '../../../../schema/customizations';
import { CONTACT, LEAD } from '../../../../schema/names';
import type { SyntheticData } from '../../../../bench/backfill/syntheticLeads';
import { importEnvironmentVariables } from '../../../../bin/start/importEnvironmentVariables';

/** An empty emulator with LeadLink's tables, and an admin client on it (the emulator's integration user). */
export async function startSweepEmulator(
  options: EmulatorOptions = {},
): Promise<{ emulator: Emulator; admin: DataverseClient }> {
  const emulator = await new Emulator({ seed: 'empty', customizations: LEADLINK_CUSTOMIZATIONS, ...options }).start();
  const admin = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
  return { emulator, admin };
}

/** An application user of its own: the emulator counts service protection and writes (modifiedby) per user. */
export async function addUser(admin: DataverseClient, name: string): Promise<string> {
  return admin.create('systemusers', { firstname: 'App', lastname: name, domainname: `${name}@emulator.local` });
}

/**
 * A client that calls as `userId`: the emulator reads the caller from the bearer token's `oid` claim and does not
 * check signatures (loopback only), so an unsigned token naming the user is enough.
 */
export function clientAs(
  emulator: Emulator,
  userId: string,
  extras: { readonly observer?: RequestObserver; readonly concurrency?: number; readonly url?: string } = {},
): DataverseClient {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ oid: userId })}.`;
  return new DataverseClient({
    url: extras.url ?? emulator.url,
    tokenProvider: { description: `test user ${userId}`, getToken: async () => token },
    ...(extras.observer ? { observer: extras.observer } : {}),
    ...(extras.concurrency ? { concurrency: extras.concurrency } : {}),
  });
}

export function settingsOf(client: DataverseClient): DataverseEnvironmentSettings {
  return new DataverseEnvironmentSettings(client);
}

/**
 * Imports LeadLink's environment variables as the solution does, with a current value for
 * leadlink_OrphanLeadContactCreation — the way an admin switches it (once per emulator: a value set stays).
 */
export async function switchLinking(admin: DataverseClient, value: boolean | string): Promise<void> {
  const text = typeof value === 'string' ? value : value ? 'yes' : 'no';
  await importEnvironmentVariables(admin, { [ENV_VARS.orphanLeadContactCreation]: text });
}

/** Creates the existing contacts, then imports the leads with CreateMultiple, 1,000 a request. */
export async function importData(client: DataverseClient, data: SyntheticData): Promise<void> {
  await createAll(client, CONTACT.set, CONTACT.table, data.contacts);
  await createAll(client, LEAD.set, LEAD.table, data.leads);
}

export async function createAll(
  client: DataverseClient,
  set: string,
  table: string,
  records: readonly ODataRecord[],
): Promise<void> {
  for (let start = 0; start < records.length; start += 1000) {
    await client.createMultiple(set, table, records.slice(start, start + 1000));
  }
}
