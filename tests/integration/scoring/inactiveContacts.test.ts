/**
 * The form and interaction senders never reach an inactive contact: a landing-page submission whose address belongs
 * to a contact merged away goes to the active master, one whose identity's contact was deactivated by hand gets a new
 * contact under the identity's next deterministic id; an interaction naming a merged contact is recorded for the
 * master, one naming a deactivated contact is refused. Through the real routes against the emulator.
 */
import { deterministicContactId } from '../../../plugins/identity';
import { INTERACTION } from '../../../schema/leadlink';
import { CONTACT } from '../../../schema/names';
import { mergeContacts } from '../../support/mergeContacts';
import { ScoringHarness } from './helpers/ScoringHarness';

interface SubmissionAnswer {
  contactId: string;
  contactCreated: boolean;
}
interface IntakeAnswer {
  created: number;
  invalid: number;
  items: { status: string; contactId?: string; errors?: string[] }[];
}

let h: ScoringHarness;
beforeAll(async () => {
  h = await ScoringHarness.start({ webhooks: true });
});
afterAll(() => h.stop());

const submit = (email: string, submissionId: string) =>
  h.post<SubmissionAnswer>('landing-pages/submissions', {
    submissionId,
    email,
    lastName: 'Visitor',
    topic: `Topic of ${submissionId}`,
    pageId: 'pricing',
  });
const contact = (id: string) => h.admin.retrieve<Record<string, unknown>>(CONTACT.set, id);
const deactivate = (id: string) => h.admin.update(CONTACT.set, id, { statecode: 1, statuscode: 2 });
/** The contact id of an e-mail's identity, generation `g` (an e-mail's ids do not depend on the lead). */
const identityOf = (email: string, generation: number) =>
  deterministicContactId(email, '00000000-0000-4000-8000-000000000000', generation);

describe('landing-page submissions', () => {
  it('go to the active master of a contact merged away, which stays as it was', async () => {
    const email = 'merged.visitor@example.com';
    const first = await submit(email, 'merge-1');
    expect(first.body).toMatchObject({ contactCreated: true });
    const master = await h.admin.create(CONTACT.set, { lastname: 'Master record' });
    await mergeContacts(h.admin, master, first.body.contactId);
    const merged = await contact(first.body.contactId);

    const second = await submit(email, 'merge-2');
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ contactId: master, contactCreated: false });
    expect(await contact(first.body.contactId)).toEqual(merged);
  });

  it('get a new contact under the next id when the identity’s contact was deactivated by hand', async () => {
    const email = 'deactivated.visitor@example.com';
    const first = await submit(email, 'off-1');
    expect(first.body.contactId).toBe(identityOf(email, 0));
    await deactivate(first.body.contactId);
    const before = await contact(first.body.contactId);

    const second = await submit(email, 'off-2');
    expect(second.status).toBe(201);
    const next = identityOf(email, 1);
    expect(second.body).toMatchObject({ contactId: next, contactCreated: true });
    expect(await contact(next)).toMatchObject({ statecode: 0, marketingonly: true, emailaddress1: email });
    expect(await contact(first.body.contactId)).toEqual(before);
  });
});

describe('interactions', () => {
  const post = (contactId: string, sourceId: string) =>
    h.post<IntakeAnswer>('interactions', {
      interactions: [{ sourceId, contactId, type: 'websiteVisited', occurredOn: h.now.toISOString() }],
    });

  it('of a contact merged into another are recorded for the active master', async () => {
    const subordinate = await h.admin.create(CONTACT.set, { lastname: 'Subordinate' });
    const master = await h.admin.create(CONTACT.set, { lastname: 'Master' });
    await mergeContacts(h.admin, master, subordinate);

    const answer = await post(subordinate, 'merged-visit');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ created: 1, invalid: 0 });
    expect(answer.body.items[0]).toMatchObject({ status: 'created', contactId: master });
    const recorded = await h.admin.queryAll(INTERACTION.entitySet, {
      select: [`_${INTERACTION.contact}_value`],
      filter: `${INTERACTION.sourceId} eq 'merged-visit'`,
    });
    expect(recorded).toEqual([expect.objectContaining({ [`_${INTERACTION.contact}_value`]: master })]);
  });

  it('of a contact deactivated by hand are refused, and nothing is written', async () => {
    const gone = await h.admin.create(CONTACT.set, { lastname: 'Gone' });
    await deactivate(gone);
    const answer = await post(gone, 'inactive-visit');
    expect(answer.body).toMatchObject({ created: 0, invalid: 1 });
    expect(answer.body.items[0]?.errors?.[0]).toMatch(/is inactive/);
    const recorded = await h.admin.queryAll(INTERACTION.entitySet, {
      select: [INTERACTION.id],
      filter: `${INTERACTION.sourceId} eq 'inactive-visit'`,
    });
    expect(recorded).toEqual([]);
  });
});
