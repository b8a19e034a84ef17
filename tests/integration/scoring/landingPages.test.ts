/**
 * POST /api/landing-pages/submissions against the emulator through the real route, with LeadLink's webhook steps
 * registered: a submission finds or creates its contact, matches or creates its lead by the strategy in
 * leadlink_LeadMatchingStrategy, records a form-submitted interaction, and rescores — once per submission id.
 */
import { INTERACTION, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { ENV_VARS } from '../../../schema/environmentVariables';
import { CONTACT, LEAD } from '../../../schema/names';
import { submissionLeadId } from '../../../plugins/landingPages';
import { DEFAULT_SCORING_MODEL, encodeScoreReasons } from '../../../plugins/scoring';
import { engineView } from './helpers/engineView';
import { ScoringHarness } from './helpers/ScoringHarness';

interface SubmissionAnswer {
  outcome: string;
  leadId: string;
  contactId: string;
  contactCreated: boolean;
  strategy: string;
  rescore: { scored: number; changed: number };
  error?: string;
  problems?: string[];
}

describe('POST /api/landing-pages/submissions', () => {
  let h: ScoringHarness;
  const submit = (body: Record<string, unknown>) => h.post<SubmissionAnswer>('landing-pages/submissions', body);
  const leadsOf = (contactId: string) =>
    h.admin.queryAll(LEAD.set, {
      select: [LEAD.id, LEAD.subject],
      filter: `${LEAD.parentContactValue} eq ${contactId}`,
    });
  const contactsWith = (email: string) =>
    h.admin.queryAll(CONTACT.set, {
      select: [CONTACT.id, CONTACT.marketingOnly, CONTACT.doNotBulkEmail],
      filter: `${CONTACT.email} eq '${email}'`,
    });
  const submissionsOf = (contactId: string) =>
    h.admin.queryAll(INTERACTION.entitySet, {
      select: [INTERACTION.sourceId],
      filter: `_${INTERACTION.contact}_value eq ${contactId}`,
    });

  beforeAll(async () => {
    h = await ScoringHarness.start({ webhooks: true });
  });
  afterAll(() => h.stop());

  describe('with the default strategy, contact-and-topic', () => {
    const email = 'linh.nguyen@tailspin.example.com';
    const base = {
      email: ' Linh.Nguyen@Tailspin.example.com',
      firstName: 'Linh',
      lastName: 'Nguyễn',
      company: 'Tailspin Toys',
    };
    let first: SubmissionAnswer;

    it('creates a marketing-only contact and a lead linked to it for a new visitor, honouring opt-outs', async () => {
      const answer = await submit({
        ...base,
        submissionId: 'sub-1',
        topic: 'Spring webinar',
        pageId: 'webinar',
        optOuts: { bulkEmail: true },
      });
      expect(answer.status).toBe(201);
      first = answer.body;
      expect(first).toMatchObject({ outcome: 'new-lead', contactCreated: true, strategy: 'contact-and-topic' });
      expect(first.leadId).toBe(submissionLeadId('sub-1'));
      const contacts = await contactsWith(email);
      expect(contacts).toEqual([
        expect.objectContaining({
          [CONTACT.id]: first.contactId,
          [CONTACT.marketingOnly]: true,
          [CONTACT.doNotBulkEmail]: true,
        }),
      ]);
      const lead = await h.admin.retrieve(LEAD.set, first.leadId);
      expect(lead).toMatchObject({
        [LEAD.subject]: 'Spring webinar',
        [LEAD.parentContactValue]: first.contactId,
        [LEAD.email]: email,
        [LEAD.lastName]: 'Nguyễn',
        [LEAD.companyName]: 'Tailspin Toys',
        [LEAD.doNotBulkEmail]: true,
        [LEAD_SCORE_COLUMNS.score]: 15,
        [LEAD_SCORE_COLUMNS.grade]: 'Cold',
      });
      expect(await submissionsOf(first.contactId)).toEqual([
        expect.objectContaining({ [INTERACTION.sourceId]: 'landing-page:sub-1' }),
      ]);
    });

    it('answers the same submission posted again with the same lead and writes nothing new', async () => {
      const again = await submit({
        ...base,
        submissionId: 'sub-1',
        topic: 'Spring webinar',
        pageId: 'webinar',
        optOuts: { bulkEmail: true },
      });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({
        outcome: 'already-received',
        leadId: first.leadId,
        contactId: first.contactId,
      });
      expect(await leadsOf(first.contactId)).toHaveLength(1);
      expect(await submissionsOf(first.contactId)).toHaveLength(1);
      expect(await contactsWith(email)).toHaveLength(1);
    });

    it('matches a second submission on the same topic to the existing lead and rescores it', async () => {
      const second = await submit({
        ...base,
        submissionId: 'sub-2',
        topic: 'SPRING WEBINAR',
        pageId: 'webinar-reminder',
      });
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({
        outcome: 'matched-lead',
        leadId: first.leadId,
        contactId: first.contactId,
        contactCreated: false,
      });
      expect(await leadsOf(first.contactId)).toHaveLength(1);
      expect(await submissionsOf(first.contactId)).toHaveLength(2);
      const lead = await h.admin.retrieve(LEAD.set, first.leadId);
      expect(lead).toMatchObject({ [LEAD_SCORE_COLUMNS.score]: 30, [LEAD_SCORE_COLUMNS.grade]: 'Warm' });
      const expected = await engineView(h.admin, DEFAULT_SCORING_MODEL, first.leadId, h.now);
      expect(lead[LEAD_SCORE_COLUMNS.scoreReasons]).toBe(
        encodeScoreReasons(expected.reasons, expected.salesReadyScore),
      );
    });

    it('creates a new lead linked to the same contact for another topic', async () => {
      const other = await submit({ ...base, submissionId: 'sub-3', topic: 'Pricing inquiry' });
      expect(other.status).toBe(201);
      expect(other.body).toMatchObject({ outcome: 'new-lead', contactId: first.contactId, contactCreated: false });
      expect(other.body.leadId).not.toBe(first.leadId);
      const leads = await leadsOf(first.contactId);
      expect(leads.map((lead) => lead[LEAD.subject]).sort()).toEqual(['Pricing inquiry', 'Spring webinar']);
      expect(await contactsWith(email)).toHaveLength(1);
    });
  });

  it('uses an existing contact as it is, never flagging it marketing-only, and tightens its preferences', async () => {
    const contactId = await h.admin.create(CONTACT.set, {
      [CONTACT.firstName]: 'Nancy',
      [CONTACT.lastName]: 'Davolio',
      [CONTACT.email]: 'nancy.davolio@contoso.example.com',
      [CONTACT.marketingOnly]: false,
    });
    const answer = await submit({
      submissionId: 'sub-nancy',
      email: 'NANCY.DAVOLIO@contoso.example.com',
      topic: 'Contoso Ltd Conference',
      optOuts: { bulkEmail: true, email: false },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ contactId, contactCreated: false });
    expect(await h.admin.retrieve(CONTACT.set, contactId)).toMatchObject({
      [CONTACT.marketingOnly]: false,
      [CONTACT.doNotBulkEmail]: true,
      [CONTACT.doNotEmail]: false,
    });
  });

  it('makes one lead when the same new submission arrives twice at once', async () => {
    const body = {
      submissionId: 'sub-race',
      email: 'race@wingtip.example.com',
      lastName: 'Chen',
      topic: 'Trial download',
    };
    const [a, b] = await Promise.all([submit(body), submit(body)]);
    for (const answer of [a, b]) expect([200, 201]).toContain(answer.status);
    expect([a, b].filter((answer) => answer.body.contactCreated)).toHaveLength(1);
    expect(a.body.leadId).toBe(b.body.leadId);
    expect(a.body.contactId).toBe(b.body.contactId);
    expect(await leadsOf(a.body.contactId)).toHaveLength(1);
    expect(await submissionsOf(a.body.contactId)).toHaveLength(1);
    expect(await contactsWith('race@wingtip.example.com')).toHaveLength(1);
  });

  it('follows the strategy an admin sets: contact, then always-new; and refuses one it does not know', async () => {
    const email = 'pat.kim@proseware.example.com';
    const start = await submit({ submissionId: 'st-1', email, lastName: 'Kim', topic: 'Booth visit' });
    expect(start.status).toBe(201);
    await h.setVariable(ENV_VARS.leadMatchingStrategy, 'contact');
    try {
      const anyLead = await submit({ submissionId: 'st-2', email, topic: 'Something else entirely' });
      expect(anyLead.body).toMatchObject({ outcome: 'matched-lead', leadId: start.body.leadId, strategy: 'contact' });
      await h.setVariable(ENV_VARS.leadMatchingStrategy, 'always-new');
      const fresh = await submit({ submissionId: 'st-3', email, topic: 'Booth visit' });
      expect(fresh.status).toBe(201);
      expect(fresh.body).toMatchObject({ outcome: 'new-lead', strategy: 'always-new' });
      expect(await leadsOf(start.body.contactId)).toHaveLength(2);
      await h.setVariable(ENV_VARS.leadMatchingStrategy, 'newest-lead');
      const refused = await submit({ submissionId: 'st-4', email, topic: 'Booth visit' });
      expect(refused.status).toBe(500);
      expect(refused.body.error).toBe(
        "The environment variable leadlink_LeadMatchingStrategy must be one of contact-and-topic, contact, always-new; got 'newest-lead'.",
      );
      expect(await submissionsOf(start.body.contactId)).toHaveLength(3);
    } finally {
      await h.setVariable(ENV_VARS.leadMatchingStrategy, 'contact-and-topic');
    }
  });

  it('names every bad field and writes nothing', async () => {
    const answer = await submit({
      submissionId: '',
      email: 'not-an-address',
      topic: 'x'.repeat(301),
      optOuts: { sms: true },
      colour: 'blue',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.problems).toEqual([
      'colour: is not a field of a submission (expected submissionId, email, firstName, lastName, company, jobTitle, phone, topic, pageId, pageUrl, submittedOn, optOuts)',
      'submissionId: is required',
      'email: "not-an-address" is not an e-mail address',
      'topic: is 301 characters long; at most 300 fit',
      'optOuts.sms: is not an opt-out (expected bulkEmail, email, phone, fax, postalMail, marketingMaterials)',
    ]);
    expect(await contactsWith('not-an-address')).toHaveLength(0);
    expect((await h.post('landing-pages/submissions', { submissionId: 'x' }, null)).status).toBe(401);
  });
  it('leaves no webhook delivery failed along the way (the plug-ins ran after every write above)', async () => {
    await h.emulator.webhooks.idle();
    const deliveries = h.emulator.webhooks.deliveries();
    expect(deliveries.length).toBeGreaterThan(0);
    expect(deliveries.filter((d) => d.outcome !== 'succeeded')).toEqual([]);
  });
});
