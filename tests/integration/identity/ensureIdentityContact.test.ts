/**
 * ensureIdentityContact against the emulator over HTTP: what landing pages and intake call to get a person's contact
 * — never an inactive one (a merged contact's active master, else the identity's next deterministic id), created when
 * there is none, concurrent callers converging on one.
 */
import { DataverseClient } from '../../../dataverse';
import { Emulator } from '../../../emulator';
import { deterministicContactId, type LeadRow } from '../../../plugins/identity';
import { ensureIdentityContact } from '../../../plugins/identityContacts';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { CONTACT } from '../../../schema/names';
import { mergeContacts } from '../../support/mergeContacts';

let emulator: Emulator;
let client: DataverseClient;
beforeAll(async () => {
  emulator = await new Emulator({ seed: 'empty', customizations: LEADLINK_CUSTOMIZATIONS }).start();
  client = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
});
afterAll(async () => {
  client.close();
  await emulator.stop();
});

const asLead = (email: string): LeadRow => ({
  leadid: 'f5a8e2c1-0000-4000-8000-000000000001',
  emailaddress1: email,
  lastname: 'Person',
});
const idOf = (email: string, generation = 0) => deterministicContactId(email, '', generation);

it('creates the identity’s contact once; a second call finds it', async () => {
  const first = await ensureIdentityContact(client, asLead('once@example.com'));
  expect(first).toEqual({ contactId: idOf('once@example.com'), created: true });
  const second = await ensureIdentityContact(client, asLead('once@example.com'));
  expect(second).toMatchObject({ contactId: idOf('once@example.com'), created: false });
});

it('follows a merged contact to its master, and past a deactivated one to the next id', async () => {
  await ensureIdentityContact(client, asLead('merged@example.com'));
  const master = await client.create(CONTACT.set, { lastname: 'Master' });
  await mergeContacts(client, master, idOf('merged@example.com'));
  expect(await ensureIdentityContact(client, asLead('merged@example.com'))).toMatchObject({
    contactId: master,
    created: false,
  });
  await client.update(CONTACT.set, master, { statecode: 1, statuscode: 2 });
  expect(await ensureIdentityContact(client, asLead('merged@example.com'))).toEqual({
    contactId: idOf('merged@example.com', 1),
    created: true,
  });
});

it('concurrent callers converge on one contact', async () => {
  const results = await Promise.all([1, 2, 3, 4].map(() => ensureIdentityContact(client, asLead('race@example.com'))));
  expect(new Set(results.map((r) => r.contactId))).toEqual(new Set([idOf('race@example.com')]));
  expect(results.filter((r) => r.created)).toHaveLength(1);
});
