/**
 * orphan-lead-contact over the real webhook path: the emulator posts RemoteExecutionContext JSON from the registered
 * steps to the local functions server, whose registry runs the plug-in against the emulator's Web API. Requests are
 * counted from the emulator's log (the plug-ins run as the integration user, the test as the sales user); the
 * settings read is left out of the count — DataverseEnvironmentSettings caches it for a minute, so one read serves a
 * burst of webhooks rather than each lead.
 */
import type { ODataRecord } from '../../../dataverse';
import { deterministicContactId } from '../../../plugins/identity';
import { Harness, withoutLargeMembers, type RecordedDelivery } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.stop();
});

const settle = () => h.emulator.webhooks.idle();

interface LeadLink extends ODataRecord {
  readonly '@odata.etag': string;
  readonly _parentcontactid_value: string | null;
}
const readLead = (id: string) =>
  h.admin.retrieve<LeadLink>('leads', id, { select: ['_parentcontactid_value', 'statecode'] });
const readContact = (id: string) => h.admin.retrieve('contacts', id);
const contactExists = async (id: string) =>
  readContact(id).then(
    () => true,
    (error: { status?: number }) => {
      if (error.status === 404) return false;
      throw error;
    },
  );
const contactsWithEmail = (email: string) =>
  h.admin.queryAll('contacts', {
    select: ['contactid', 'marketingonly'],
    filter: `emailaddress1 eq '${email.replace(/'/g, "''")}'`,
  });

/** What orphan-lead-contact answered in one delivery. */
function orphanAnswer(delivery: RecordedDelivery | undefined): { outcome?: string; detail?: string } | undefined {
  const results = (delivery?.answer as { results?: { plugin: string; outcome: string; detail: string }[] } | undefined)
    ?.results;
  return results?.find((r) => r.plugin === 'orphan-lead-contact');
}

describe('switched off (leadlink_OrphanLeadContactCreation = no, as the solution ships)', () => {
  it('writes nothing, makes no request, and says so in its answer and log', async () => {
    await h.switchOrphanCreation(false);
    const mark = h.emulator.log.mark;
    const leadId = await h.createLead({ lastname: 'Off', emailaddress1: 'off@example.com' });
    await settle();
    expect(h.pluginRequests(mark)).toEqual([]);
    expect((await readLead(leadId))._parentcontactid_value).toBeNull();
    expect(await contactExists(deterministicContactId('off@example.com', leadId))).toBe(false);
    expect(orphanAnswer(h.deliveriesOf(leadId, 'Create')[0])).toEqual({
      plugin: 'orphan-lead-contact',
      outcome: 'nothing-to-do',
      detail: expect.stringMatching(
        /is off \(environment variable leadlink_OrphanLeadContactCreation\); nothing written/,
      ),
    });
    expect(h.logLines.some((line) => line.includes('orphan-lead-contact.switched-off'))).toBe(true);
  });
});

describe('switched on', () => {
  /** Leads created while the switch was off, whose Create webhooks are kept to deliver again later. */
  let twiceLead: string;
  let largeLead: string;
  beforeAll(async () => {
    await h.switchOrphanCreation(false);
    twiceLead = await h.createLead({ lastname: 'Twice', emailaddress1: 'twice@example.com' });
    largeLead = await h.createLead({ lastname: 'Large', emailaddress1: 'large@example.com' });
    await settle();
    await h.switchOrphanCreation(true);
  });

  let anaLead: string;
  it('gives an orphan lead a new marketing-only contact copied from it, in 2 requests', async () => {
    const account = await h.admin.create('accounts', { name: 'Contoso' });
    const mark = h.emulator.log.mark;
    anaLead = await h.createLead({
      salutation: 'Dr.',
      firstname: 'Ana',
      lastname: 'Silva',
      emailaddress1: ' Ana.Silva@Example.com',
      jobtitle: 'CTO',
      telephone1: '+351 21 000 0000',
      mobilephone: '+351 91 000 0000',
      address1_line1: 'Rua A 1',
      address1_city: 'Lisboa',
      address1_country: 'Portugal',
      donotbulkemail: true,
      followemail: false,
      'parentaccountid@odata.bind': `/accounts(${account})`,
    });
    await settle();
    const contactId = deterministicContactId('ana.silva@example.com', anaLead);
    expect((await readLead(anaLead))._parentcontactid_value).toBe(contactId);
    expect(await readContact(contactId)).toMatchObject({
      salutation: 'Dr.',
      firstname: 'Ana',
      lastname: 'Silva',
      emailaddress1: 'ana.silva@example.com',
      jobtitle: 'CTO',
      telephone1: '+351 21 000 0000',
      mobilephone: '+351 91 000 0000',
      address1_line1: 'Rua A 1',
      address1_city: 'Lisboa',
      address1_country: 'Portugal',
      _parentcustomerid_value: account,
      donotbulkemail: true,
      donotemail: false,
      followemail: false,
      marketingonly: true,
    });
    // One $batch reading the lead, the candidates and the identity's contact, one change set creating and linking;
    // our link's own Update webhook then ends on its payload without a request.
    const requests = h.pluginRequests(mark);
    expect(requests.map((r) => `${r.method} ${r.path} ${r.operations ?? ''}`)).toEqual([
      'POST $batch 3',
      'POST $batch 2',
    ]);
    expect(orphanAnswer(h.deliveriesOf(anaLead, 'Update')[0])).toMatchObject({
      outcome: 'nothing-to-do',
      detail: expect.stringMatching(/already has a parent contact/),
    });
  });

  it('delivered again, the same webhook makes no second contact and writes nothing', async () => {
    const [create] = h.deliveriesOf(anaLead, 'Create');
    if (!create) throw new Error('no Create delivery recorded');
    const leadBefore = await readLead(anaLead);
    const contactId = deterministicContactId('ana.silva@example.com', anaLead);
    const contactBefore = await readContact(contactId);
    const mark = h.emulator.log.mark;
    const again = await h.deliver(create.body, create.headers);
    await settle();
    expect(again.status).toBe(200);
    expect(again.answer).toMatchObject({ outcome: 'nothing-to-do' });
    // The stale payload says "orphan": one read shows the lead linked, and nothing is written.
    expect(h.pluginRequests(mark)).toHaveLength(1);
    expect((await readLead(anaLead))['@odata.etag']).toBe(leadBefore['@odata.etag']);
    expect((await readContact(contactId))['@odata.etag']).toBe(contactBefore['@odata.etag']);
    expect(await contactsWithEmail('ana.silva@example.com')).toHaveLength(1);
  });

  it('delivered twice at once, the same webhook makes one contact', async () => {
    const [create] = h.deliveriesOf(twiceLead, 'Create');
    if (!create) throw new Error('no Create delivery recorded');
    const answers = await Promise.all([h.deliver(create.body, create.headers), h.deliver(create.body, create.headers)]);
    await settle();
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const contactId = deterministicContactId('twice@example.com', twiceLead);
    expect(await contactsWithEmail('twice@example.com')).toEqual([expect.objectContaining({ contactid: contactId })]);
    expect((await readLead(twiceLead))._parentcontactid_value).toBe(contactId);
  });

  it('leaves a lead that already has a parent contact alone, with no request at all', async () => {
    const contact = await h.admin.create('contacts', { lastname: 'Chosen', emailaddress1: 'chosen@example.com' });
    const mark = h.emulator.log.mark;
    const leadId = await h.createLead({
      lastname: 'Linked',
      emailaddress1: 'someone.else@example.com',
      'parentcontactid@odata.bind': `/contacts(${contact})`,
    });
    await settle();
    expect(h.pluginRequests(mark)).toEqual([]);
    expect((await readLead(leadId))._parentcontactid_value).toBe(contact);
    expect(await contactExists(deterministicContactId('someone.else@example.com', leadId))).toBe(false);
  });

  it('links a lead whose e-mail matches an existing sales contact to it, leaving the contact unchanged', async () => {
    const sales = await h.admin.create('contacts', {
      firstname: 'Sam',
      lastname: 'Sales',
      emailaddress1: 'Sam.Sales@Example.com',
    });
    const before = await readContact(sales);
    const mark = h.emulator.log.mark;
    const leadId = await h.createLead({ lastname: 'Sales lead', emailaddress1: ' sam.sales@EXAMPLE.com' });
    await settle();
    expect((await readLead(leadId))._parentcontactid_value).toBe(sales);
    const after = await readContact(sales);
    expect(after['@odata.etag']).toBe(before['@odata.etag']);
    expect(after.marketingonly).toBe(false);
    expect(await contactExists(deterministicContactId('sam.sales@example.com', leadId))).toBe(false);
    expect(h.pluginRequests(mark)).toHaveLength(2);
  });

  it('chooses among several matches deterministically: the lead’s account first, else the oldest (lowest id on a tie)', async () => {
    const account = await h.admin.create('accounts', { name: 'Fabrikam' });
    const [inactive, first, ofAccount] = [
      'c0000000-0000-4000-8000-000000000000',
      'c0000000-0000-4000-8000-000000000001',
      'c0000000-0000-4000-8000-000000000002',
    ];
    for (const id of [inactive, first])
      await h.admin.upsert(
        'contacts',
        id,
        { lastname: id.slice(-1), emailaddress1: 'dup@example.com' },
        { mode: 'createOnly' },
      );
    await h.admin.upsert(
      'contacts',
      ofAccount,
      {
        lastname: '2',
        emailaddress1: 'DUP@example.com',
        'parentcustomerid_account@odata.bind': `/accounts(${account})`,
      },
      { mode: 'createOnly' },
    );
    await h.admin.update('contacts', inactive, { statecode: 1, statuscode: 2 });
    const withoutAccount = await h.createLead({ lastname: 'No account', emailaddress1: 'dup@example.com' });
    const withAccount = await h.createLead({
      lastname: 'Fabrikam lead',
      emailaddress1: 'dup@example.com',
      'parentaccountid@odata.bind': `/accounts(${account})`,
    });
    await settle();
    expect((await readLead(withoutAccount))._parentcontactid_value).toBe(first);
    expect((await readLead(withAccount))._parentcontactid_value).toBe(ofAccount);
  });

  it("handles an address with a quote (o'brien@example.com): creates its contact, and matches it next time", async () => {
    const first = await h.createLead({ lastname: "O'Brien", emailaddress1: "O'Brien@Example.com" });
    await settle();
    const contactId = deterministicContactId("o'brien@example.com", first);
    expect((await readLead(first))._parentcontactid_value).toBe(contactId);
    expect(await readContact(contactId)).toMatchObject({ emailaddress1: "o'brien@example.com", marketingonly: true });
    const second = await h.createLead({ lastname: "O'Brien again", emailaddress1: "o'brien@example.com" });
    await settle();
    expect((await readLead(second))._parentcontactid_value).toBe(contactId);
    expect(orphanAnswer(h.deliveriesOf(second, 'Create')[0])?.detail).toBe(
      `Linked the lead to the existing contact ${contactId}.`,
    );
    expect(await contactsWithEmail("o'brien@example.com")).toHaveLength(1);
  });

  it('gives a lead without an e-mail its own contact, named by the lead id', async () => {
    const leadId = await h.createLead({ firstname: 'No', lastname: 'Email' });
    await settle();
    const contactId = deterministicContactId(undefined, leadId);
    expect((await readLead(leadId))._parentcontactid_value).toBe(contactId);
    expect(await readContact(contactId)).toMatchObject({ lastname: 'Email', emailaddress1: null, marketingonly: true });
  });

  it('reads the lead when the payload passed 256 KB (x-ms-dynamics-msg-size-exceeded, no Target) and links it', async () => {
    const [create] = h.deliveriesOf(largeLead, 'Create');
    if (!create) throw new Error('no Create delivery recorded');
    const mark = h.emulator.log.mark;
    const answer = await h.deliver(withoutLargeMembers(create.body), { 'x-ms-dynamics-msg-size-exceeded': 'true' });
    await settle();
    expect(answer.status).toBe(200);
    expect(answer.answer).toMatchObject({ outcome: 'done' });
    const contactId = deterministicContactId('large@example.com', largeLead);
    expect((await readLead(largeLead))._parentcontactid_value).toBe(contactId);
    // Without the e-mail in the payload, the lead is read, then matched: three requests in all.
    expect(h.pluginRequests(mark).map((r) => `${r.path} ${r.operations ?? ''}`)).toEqual([
      '$batch 1',
      '$batch 2',
      '$batch 2',
    ]);
  });

  it('links 50 leads arriving at once that share 5 addresses to exactly 5 new contacts, in at most 2 requests each', async () => {
    const addresses = [0, 1, 2, 3, 4].map((n) => `person${n}@bulk.example`);
    const leads = Array.from({ length: 50 }, (_, i) => ({
      lastname: `Bulk ${i}`,
      // Every other lead spells its address in capitals: one identity all the same.
      emailaddress1: i % 2 ? (addresses[i % 5] ?? '').toUpperCase() : addresses[i % 5],
    }));
    const mark = h.emulator.log.mark;
    // A little latency on every request, so the deliveries (8 at a time) really overlap: leads that share an address
    // read "no contact yet" together, and only one of them may create it.
    h.emulator.faults.configure({ latencyMs: 25 });
    const ids = await h.admin.createMultiple('leads', 'lead', leads);
    await settle();
    h.emulator.faults.configure({ latencyMs: 0 });
    for (const address of addresses) {
      expect(await contactsWithEmail(address)).toEqual([expect.objectContaining({ marketingonly: true })]);
    }
    const linked = await Promise.all(ids.map((id) => readLead(id)));
    linked.forEach((lead, i) => {
      expect(lead._parentcontactid_value).toBe(deterministicContactId(addresses[i % 5], ids[i] ?? ''));
    });
    expect(h.deliveries.filter((d) => d.status !== 200)).toEqual([]);
    expect(h.pluginRequests(mark).length).toBeLessThanOrEqual(2 * leads.length);
  });
});
