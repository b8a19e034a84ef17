/**
 * The webhook path's link decision against the emulator over HTTP, for what real environments hold beyond fresh
 * contacts: contacts deactivated by hand or merged away (never linked to; masterid followed; the next deterministic
 * id when there is no active master, concurrent attempts converging on it), the lead's opt-outs reaching the contact
 * (never loosened), and leads that keep changing under the write (retried within the budget, then a transient
 * failure).
 */
import type { DataverseClient } from '../../../dataverse';
import { deterministicContactId, emailMatchingStrategy } from '../../../plugins/identity';
import { ContactCreations, linkOrphanLead, type LinkDependencies } from '../../../plugins/orphanLeadContact';
import type { OrphanLeadClient } from '../../../plugins/orphanLeadContact/OrphanLeadClient';
import { BudgetExceededError } from '../../../plugins/common';
import { CONTACT, LEAD } from '../../../schema/names';
import {
  interleaved as interleavedWith,
  readTogether as readTogetherWith,
  startRaceWorld,
  type RaceWorld,
} from './raceClients';
import { mergeContacts } from '../../support/mergeContacts';

let world: RaceWorld;
let client: DataverseClient;
let other: DataverseClient;
beforeAll(async () => {
  world = await startRaceWorld();
  ({ client, other } = world);
});
afterAll(() => world.stop());

const interleaved = (times: number, meanwhile: () => Promise<unknown>) => interleavedWith(client, meanwhile, times);
const readTogether = (parties: number) => readTogetherWith(client, parties);

const LEAD_ID_FOR_IDS = '00000000-0000-4000-8000-000000000000';
const idOf = (email: string, generation = 0) => deterministicContactId(email, LEAD_ID_FOR_IDS, generation);

function deps(
  c: OrphanLeadClient = client,
  call: () => { timeBudgetMs: number } = budget(1_000),
  creations = new ContactCreations(),
): LinkDependencies {
  return { client: c, strategy: emailMatchingStrategy, creations, call, pause: async () => {} };
}

/** A call budget of `calls` Dataverse calls, then BudgetExceededError — time driven by the test, not the clock. */
function budget(calls: number): () => { timeBudgetMs: number } {
  let left = calls;
  return () => {
    if (left-- <= 0) throw new BudgetExceededError('orphan-lead-contact', 1);
    return { timeBudgetMs: 10_000 };
  };
}

const parentOf = async (leadId: string) =>
  (await other.retrieve(LEAD.set, leadId, { select: ['_parentcontactid_value'] }))._parentcontactid_value;
const contact = (id: string) => other.retrieve<Record<string, unknown>>(CONTACT.set, id);
const deactivate = (id: string) => other.update(CONTACT.set, id, { statecode: 1, statuscode: 2 });

/** A lead linked by the plug-in to its new contact: the identity's generation-0 contact. */
async function linkedLead(email: string, extra: Record<string, unknown> = {}): Promise<string> {
  const leadId = await other.create(LEAD.set, { lastname: 'Lead', emailaddress1: email, ...extra });
  expect(await linkOrphanLead(leadId, email, deps())).toMatchObject({ kind: 'created', contactId: idOf(email) });
  return leadId;
}

describe('inactive and merged contacts', () => {
  it('never links to the identity’s contact deactivated by hand: a new contact under the next id', async () => {
    const email = 'deactivated@example.com';
    await linkedLead(email);
    await deactivate(idOf(email));
    const before = await contact(idOf(email));
    const leadId = await other.create(LEAD.set, { lastname: 'Next', emailaddress1: email });
    const result = await linkOrphanLead(leadId, email, deps());
    expect(result).toMatchObject({ kind: 'created', contactId: idOf(email, 1), generation: 1 });
    expect(await parentOf(leadId)).toBe(idOf(email, 1));
    expect(await contact(idOf(email, 1))).toMatchObject({ statecode: 0, marketingonly: true, emailaddress1: email });
    expect(await contact(idOf(email))).toEqual(before);
  });

  it('follows masterid from a merged contact to its active master, and never writes the merged one', async () => {
    const email = 'merged@example.com';
    await linkedLead(email);
    const master = await other.create(CONTACT.set, { lastname: 'Master', emailaddress1: 'master@example.com' });
    await mergeContacts(other, master, idOf(email));
    const merged = await contact(idOf(email));
    const leadId = await other.create(LEAD.set, { lastname: 'After merge', emailaddress1: email, donotphone: true });
    const result = await linkOrphanLead(leadId, email, deps());
    expect(result).toMatchObject({ kind: 'linked-master', contactId: master, optOutsApplied: ['donotphone'] });
    expect(await parentOf(leadId)).toBe(master);
    expect(await contact(master)).toMatchObject({ donotphone: true });
    expect(await contact(idOf(email))).toEqual(merged);
  });

  it('does not trust its memory of a contact it made a moment ago and that was merged since', async () => {
    const email = 'remembered@example.com';
    const creations = new ContactCreations();
    const first = await other.create(LEAD.set, { lastname: 'First', emailaddress1: email });
    expect(await linkOrphanLead(first, email, deps(client, budget(1_000), creations))).toMatchObject({
      kind: 'created',
    });
    const master = await other.create(CONTACT.set, { lastname: 'Master' });
    await mergeContacts(other, master, idOf(email));
    const second = await other.create(LEAD.set, { lastname: 'Second', emailaddress1: email });
    expect(await linkOrphanLead(second, email, deps(client, budget(1_000), creations))).toMatchObject({
      kind: 'linked-master',
      contactId: master,
    });
  });

  it('follows a chain of merges, and past a master deactivated since to the next generation', async () => {
    const email = 'chain@example.com';
    await linkedLead(email);
    const [middle, top] = [
      await other.create(CONTACT.set, { lastname: 'Middle' }),
      await other.create(CONTACT.set, { lastname: 'Top' }),
    ];
    await mergeContacts(other, middle, idOf(email));
    await mergeContacts(other, top, middle);
    const first = await other.create(LEAD.set, { lastname: 'Chain', emailaddress1: email });
    expect(await linkOrphanLead(first, email, deps())).toMatchObject({ kind: 'linked-master', contactId: top });
    await deactivate(top);
    const second = await other.create(LEAD.set, { lastname: 'Chain 2', emailaddress1: email });
    expect(await linkOrphanLead(second, email, deps())).toMatchObject({ kind: 'created', contactId: idOf(email, 1) });
  });

  it('matching skips an inactive contact with the same e-mail', async () => {
    const inactive = await other.create(CONTACT.set, { lastname: 'Old', emailaddress1: 'old.match@example.com' });
    await deactivate(inactive);
    const leadId = await other.create(LEAD.set, { lastname: 'New', emailaddress1: 'old.match@example.com' });
    const result = await linkOrphanLead(leadId, 'old.match@example.com', deps());
    expect(result).toMatchObject({ kind: 'created', contactId: idOf('old.match@example.com') });
  });

  it('concurrent attempts after a deactivation converge on one contact under the next id', async () => {
    const email = 'converge@example.com';
    await linkedLead(email);
    await deactivate(idOf(email));
    const [a, b] = [
      await other.create(LEAD.set, { lastname: 'A', emailaddress1: email }),
      await other.create(LEAD.set, { lastname: 'B', emailaddress1: email }),
    ];
    const together = readTogether(2);
    const results = await Promise.all([
      linkOrphanLead(a, email, deps(together())),
      linkOrphanLead(b, email, deps(together())),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(['created', 'linked-twin']);
    expect([await parentOf(a), await parentOf(b)]).toEqual([idOf(email, 1), idOf(email, 1)]);
    const active = await other.queryAll(CONTACT.set, {
      filter: `emailaddress1 eq '${email}' and statecode eq 0`,
      select: ['contactid'],
    });
    expect(active).toHaveLength(1);
  });
});

describe('opt-outs: the strictest wins', () => {
  it('applies the lead’s opt-outs the matched contact allows, in the link’s change set, and nothing else', async () => {
    const existing = await other.create(CONTACT.set, {
      lastname: 'Existing',
      emailaddress1: 'consent@example.com',
      donotemail: true,
      jobtitle: 'Buyer',
    });
    const leadId = await other.create(LEAD.set, {
      lastname: 'Consent',
      emailaddress1: 'consent@example.com',
      donotemail: true,
      donotphone: true,
      donotsendmm: true,
    });
    const result = await linkOrphanLead(leadId, 'consent@example.com', deps());
    expect(result).toMatchObject({ kind: 'linked-existing', optOutsApplied: ['donotphone', 'donotsendmm'] });
    expect(await contact(existing)).toMatchObject({
      donotemail: true,
      donotphone: true,
      donotsendmm: true,
      donotbulkemail: false,
      donotfax: false,
      donotpostalmail: false,
      jobtitle: 'Buyer',
    });
  });

  it('never loosens, and writes nothing to a contact as strict as the lead', async () => {
    const existing = await other.create(CONTACT.set, {
      lastname: 'Strict',
      emailaddress1: 'strict@example.com',
      donotemail: true,
      donotbulkemail: true,
    });
    const before = await contact(existing);
    const leadId = await other.create(LEAD.set, { lastname: 'Open', emailaddress1: 'strict@example.com' });
    expect(await linkOrphanLead(leadId, 'strict@example.com', deps())).toMatchObject({ optOutsApplied: [] });
    expect(await contact(existing)).toEqual(before);
  });

  it('reaches the contact made for the same address from a less strict lead', async () => {
    const email = 'twin.consent@example.com';
    await linkedLead(email);
    const leadId = await other.create(LEAD.set, {
      lastname: 'Strict twin',
      emailaddress1: email,
      donotbulkemail: true,
    });
    expect(await linkOrphanLead(leadId, email, deps())).toMatchObject({
      kind: 'linked-existing',
      contactId: idOf(email),
      optOutsApplied: ['donotbulkemail'],
    });
    expect(await contact(idOf(email))).toMatchObject({ donotbulkemail: true });
  });

  it('a link that fails takes the opt-outs with it', async () => {
    const existing = await other.create(CONTACT.set, { lastname: 'Kept', emailaddress1: 'kept@example.com' });
    const chosen = await other.create(CONTACT.set, { lastname: 'Chosen' });
    const leadId = await other.create(LEAD.set, {
      lastname: 'Raced',
      emailaddress1: 'kept@example.com',
      donotfax: true,
    });
    const result = await linkOrphanLead(
      leadId,
      'kept@example.com',
      deps(
        interleaved(1, () =>
          other.update(LEAD.set, leadId, { [`${LEAD.parentContact}@odata.bind`]: `/contacts(${chosen})` }),
        ),
      ),
    );
    expect(result.kind).toBe('nothing-to-do');
    expect(await contact(existing)).toMatchObject({ donotfax: false });
  });
});

describe('a lead that keeps changing under the write', () => {
  it('is read again and linked, however many times it changed, while the budget lasts', async () => {
    const leadId = await other.create(LEAD.set, { lastname: 'Busy', emailaddress1: 'busy.many@example.com' });
    let edits = 0;
    const result = await linkOrphanLead(
      leadId,
      'busy.many@example.com',
      deps(interleaved(3, () => other.update(LEAD.set, leadId, { jobtitle: `Edit ${++edits}` }))),
    );
    expect(result).toMatchObject({ kind: 'created', attempts: 4 });
    expect(await parentOf(leadId)).toBe(idOf('busy.many@example.com'));
  });

  it('gives up with a transient BudgetExceededError when the budget runs out, having written nothing', async () => {
    const leadId = await other.create(LEAD.set, { lastname: 'Restless', emailaddress1: 'restless@example.com' });
    let edits = 0;
    await expect(
      linkOrphanLead(
        leadId,
        'restless@example.com',
        deps(
          interleaved(Number.POSITIVE_INFINITY, () => other.update(LEAD.set, leadId, { jobtitle: `Edit ${++edits}` })),
          budget(8),
        ),
      ),
    ).rejects.toBeInstanceOf(BudgetExceededError);
    expect(await parentOf(leadId)).toBeNull();
    await expect(contact(idOf('restless@example.com'))).rejects.toMatchObject({ status: 404 });
  });
});
