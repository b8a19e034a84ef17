/**
 * The races the webhook path cannot stage on demand, run against the emulator over HTTP with the interleaving made
 * explicit: a client wrapper runs "what someone else did" between the plug-in's read and its write. No steps are
 * registered here. The code under test runs as the integration user; the test's own reads and writes go through
 * `other`, as the sales user, so the emulator's log tells them apart.
 */
import type { DataverseClient } from '../../../dataverse';
import type { Emulator } from '../../../emulator';
import { PLATFORM_IDS } from '../../../emulator';
import { deterministicContactId, emailMatchingStrategy } from '../../../plugins/identity';
import { ContactCreations, linkOrphanLead, type LinkDependencies } from '../../../plugins/orphanLeadContact';
import type { OrphanLeadClient } from '../../../plugins/orphanLeadContact/OrphanLeadClient';
import {
  interleaved as interleavedWith,
  readTogether as readTogetherWith,
  startRaceWorld,
  type RaceWorld,
} from './raceClients';

let world: RaceWorld;
let emulator: Emulator;
let client: DataverseClient;
let other: DataverseClient;
beforeAll(async () => {
  world = await startRaceWorld();
  ({ emulator, client, other } = world);
});
afterAll(() => world.stop());

const interleaved = (meanwhile: () => Promise<unknown>) => interleavedWith(client, meanwhile);
const readTogether = (parties: number) => readTogetherWith(client, parties);

/** Pauses between attempts, recorded instead of waited: no test waits on the clock. */
let pauses: number[] = [];
beforeEach(() => {
  pauses = [];
});

function deps(c: OrphanLeadClient, creations = new ContactCreations()): LinkDependencies {
  return {
    client: c,
    strategy: emailMatchingStrategy,
    creations,
    call: () => ({ timeBudgetMs: 10_000 }),
    pause: async (ms) => {
      pauses.push(ms);
    },
  };
}

const parentOf = async (leadId: string) =>
  (await other.retrieve('leads', leadId, { select: ['_parentcontactid_value'] }))._parentcontactid_value;
const exists = (contactId: string) =>
  other.retrieve('contacts', contactId).then(
    () => true,
    () => false,
  );
const pluginRequests = (mark: number) =>
  emulator.log.entries(mark).filter((e) => e.user === PLATFORM_IDS.integrationUser);

it('never overwrites a parent contact a user sets between the read and the write; creates nothing', async () => {
  const leadId = await other.create('leads', { lastname: 'Race', emailaddress1: 'race@example.com' });
  const chosen = await other.create('contacts', { lastname: 'Chosen by a user' });
  const result = await linkOrphanLead(
    leadId,
    'race@example.com',
    deps(interleaved(() => other.update('leads', leadId, { 'parentcontactid@odata.bind': `/contacts(${chosen})` }))),
  );
  expect(result).toEqual({ kind: 'nothing-to-do', reason: expect.stringMatching(/already has a parent contact/) });
  expect(await parentOf(leadId)).toBe(chosen);
  // The create and the link were one change set: the failed link took the create with it.
  expect(await exists(deterministicContactId('race@example.com', leadId))).toBe(false);
});

it('leaves a lead qualified between the read and the write alone, creating nothing', async () => {
  const leadId = await other.create('leads', { lastname: 'Quick', emailaddress1: 'quick@example.com' });
  const result = await linkOrphanLead(
    leadId,
    'quick@example.com',
    deps(interleaved(() => other.update('leads', leadId, { statecode: 1, statuscode: 3 }))),
  );
  expect(result).toEqual({ kind: 'nothing-to-do', reason: expect.stringMatching(/qualified or disqualified/) });
  expect(await parentOf(leadId)).toBeNull();
  expect(await exists(deterministicContactId('quick@example.com', leadId))).toBe(false);
});

it('reads again after an unrelated change between the read and the write, then links', async () => {
  const leadId = await other.create('leads', { lastname: 'Busy', emailaddress1: 'busy@example.com' });
  const mark = emulator.log.mark;
  const result = await linkOrphanLead(
    leadId,
    'busy@example.com',
    deps(interleaved(() => other.update('leads', leadId, { jobtitle: 'Changed meanwhile' }))),
  );
  const contactId = deterministicContactId('busy@example.com', leadId);
  expect(result).toMatchObject({ kind: 'created', contactId, attempts: 2 });
  expect(pauses).toEqual([100]);
  expect(await parentOf(leadId)).toBe(contactId);
  // read (lead + candidates), the refused change set, read again, the change set
  expect(pluginRequests(mark).map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
    'POST $batch 200',
    'POST $batch 400',
    'POST $batch 200',
    'POST $batch 200',
  ]);
});

it('twin attempts in two processes: one creates the contact, the other gets 412 and links to the same one', async () => {
  const [a, b] = await Promise.all([
    other.create('leads', { lastname: 'Twin A', emailaddress1: 'twin@example.com' }),
    other.create('leads', { lastname: 'Twin B', emailaddress1: 'TWIN@example.com' }),
  ]);
  const together = readTogether(2);
  // Separate ContactCreations: the two processes know nothing of each other.
  const results = await Promise.all([
    linkOrphanLead(a, 'twin@example.com', deps(together())),
    linkOrphanLead(b, 'TWIN@example.com', deps(together())),
  ]);
  const contactId = deterministicContactId('twin@example.com', a);
  expect(results.map((r) => r.kind).sort()).toEqual(['created', 'linked-twin']);
  expect(await parentOf(a)).toBe(contactId);
  expect(await parentOf(b)).toBe(contactId);
  expect(await other.queryAll('contacts', { filter: "emailaddress1 eq 'twin@example.com'" })).toHaveLength(1);
});

it('twin attempts in one process: the second waits for the first’s create and only links, 2 requests each', async () => {
  const [a, b] = await Promise.all([
    other.create('leads', { lastname: 'Sibling A', emailaddress1: 'sibling@example.com' }),
    other.create('leads', { lastname: 'Sibling B', emailaddress1: 'sibling@example.com' }),
  ]);
  const together = readTogether(2);
  const creations = new ContactCreations();
  const mark = emulator.log.mark;
  const results = await Promise.all([
    linkOrphanLead(a, 'sibling@example.com', deps(together(), creations)),
    linkOrphanLead(b, 'sibling@example.com', deps(together(), creations)),
  ]);
  expect(results.map((r) => r.kind).sort()).toEqual(['created', 'linked-twin']);
  const contactId = deterministicContactId('sibling@example.com', a);
  expect([await parentOf(a), await parentOf(b)]).toEqual([contactId, contactId]);
  expect(pluginRequests(mark).map((e) => e.status)).toEqual([200, 200, 200, 200]);
});

it('re-creates a contact it remembered making when that contact was deleted since', async () => {
  const creations = new ContactCreations();
  const first = await other.create('leads', { lastname: 'First', emailaddress1: 'gone@example.com' });
  const contactId = deterministicContactId('gone@example.com', first);
  expect(await linkOrphanLead(first, 'gone@example.com', deps(client, creations))).toMatchObject({
    kind: 'created',
    contactId,
  });
  await other.delete('contacts', contactId);
  const second = await other.create('leads', { lastname: 'Second', emailaddress1: 'gone@example.com' });
  expect(await linkOrphanLead(second, 'gone@example.com', deps(client, creations))).toMatchObject({
    kind: 'created',
    contactId,
  });
  expect(await parentOf(second)).toBe(contactId);
});

it('matches by the e-mail the lead holds now when it changed since the event', async () => {
  const existing = await other.create('contacts', { lastname: 'Current', emailaddress1: 'current@example.com' });
  const leadId = await other.create('leads', { lastname: 'Moved', emailaddress1: 'current@example.com' });
  const result = await linkOrphanLead(leadId, 'old@example.com', deps(client));
  expect(result).toEqual({ kind: 'linked-existing', contactId: existing, optOutsApplied: [], attempts: 1 });
});

it('finds nothing to do for a lead deleted before its webhook ran, whether or not the payload showed an e-mail', async () => {
  const leadId = await other.create('leads', { lastname: 'Deleted', emailaddress1: 'deleted@example.com' });
  await other.delete('leads', leadId);
  for (const email of ['deleted@example.com', undefined]) {
    expect(await linkOrphanLead(leadId, email, deps(client))).toEqual({
      kind: 'nothing-to-do',
      reason: 'The lead no longer exists.',
    });
  }
  expect(await exists(deterministicContactId('deleted@example.com', leadId))).toBe(false);
});
