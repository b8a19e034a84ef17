/**
 * Sales-ready through the real endpoints, with LeadLink's webhook steps registered (so the interaction plug-in runs
 * after every write as well): a lead that crosses the threshold is flagged once and its owner gets one task; a
 * retried hand-over finds the task already there; a lead sales returned to marketing is not sales-ready again until it
 * earns the configured points; the grade maps onto Rating when the model says so; and an interaction written straight
 * into Dataverse (not through the intake) is scored by the plug-in — for account-based models, toward the account's leads.
 */
import { INTERACTION, INTERACTION_TYPE, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { ACCOUNT, CONTACT, LEAD, TASK } from '../../../schema/names';
import { decodeScoreReasons, type ScoringModel } from '../../../plugins/scoring';
import { salesReadyTaskId } from '../../../plugins/rescoring';
import { engineView, storedScore } from './helpers/engineView';
import { createPeople, type Person } from './helpers/people';
import { ScoringHarness } from './helpers/ScoringHarness';

const MODEL: ScoringModel = {
  languages: [1033],
  rules: [
    { id: 'click', label: 'Clicked an email', interactionType: 'emailClicked', points: 10, frequency: 'each' },
    { id: 'form', label: 'Submitted a form', interactionType: 'formSubmitted', points: 25, frequency: 'each' },
  ],
  fieldRules: [],
  grades: [
    { name: 'Cold', min: 0, max: 29 },
    { name: 'Warm', min: 30, max: 59 },
    { name: 'Hot', min: 60 },
  ],
  salesReadyScore: 60,
  accountBased: false,
  returnToMarketing: { requiredNewPoints: 20 },
  mapGradeToRating: true,
  createTaskWhenSalesReady: true,
};

interface IntakeBody {
  created: number;
  rescore: { becameSalesReady: number; tasksCreated: number; tasksExisting: number };
}

describe('sales-ready leads', () => {
  let h: ScoringHarness;
  let person: Person;
  let sequence = 0;

  const post = async (type: 'emailClicked' | 'formSubmitted', contactId = person.contactId) => {
    sequence += 1;
    const answer = await h.post<IntakeBody>('interactions', {
      interactions: [
        {
          sourceId: `sr-${sequence}`,
          contactId,
          type,
          occurredOn: new Date(h.now.getTime() - 3_600_000).toISOString(),
        },
      ],
    });
    expect(answer.status).toBe(200);
    await h.emulator.webhooks.idle();
    return answer.body;
  };
  const tasksOf = (leadId: string) =>
    h.admin.queryAll(TASK.set, {
      select: [TASK.subject, TASK.description, '_ownerid_value'],
      filter: `_regardingobjectid_value eq ${leadId}`,
    });

  beforeAll(async () => {
    h = await ScoringHarness.start({ webhooks: true });
    await h.setModel(JSON.stringify(MODEL));
    [person] = (await createPeople(h.admin, 1)) as [Person];
  });
  afterAll(() => h.stop());

  it('flags the lead when it crosses the threshold, once, and creates one task for its owner', async () => {
    await post('formSubmitted');
    await post('formSubmitted');
    expect(await storedScore(h.admin, person.leadId)).toMatchObject({
      [LEAD_SCORE_COLUMNS.score]: 50,
      [LEAD_SCORE_COLUMNS.grade]: 'Warm',
      [LEAD_SCORE_COLUMNS.salesReady]: false,
      [LEAD.rating]: 2,
    });
    expect(await tasksOf(person.leadId)).toHaveLength(0);

    const crossing = await post('emailClicked');
    expect(crossing.rescore).toMatchObject({ becameSalesReady: 1, tasksCreated: 1 });
    expect(await storedScore(h.admin, person.leadId)).toMatchObject({
      [LEAD_SCORE_COLUMNS.score]: 60,
      [LEAD_SCORE_COLUMNS.grade]: 'Hot',
      [LEAD_SCORE_COLUMNS.salesReady]: true,
      [LEAD.rating]: 1,
    });
    const tasks = await tasksOf(person.leadId);
    expect(tasks).toHaveLength(1);
    const lead = await h.admin.retrieve(LEAD.set, person.leadId, { select: [LEAD.ownerValue] });
    expect(tasks[0]).toMatchObject({
      [TASK.subject]: 'Sales-ready lead: Person0 Tester',
      _ownerid_value: lead[LEAD.ownerValue],
    });
    expect(tasks[0]?.[TASK.description]).toContain('- Submitted a form: +50 (2×');

    const beyond = await post('emailClicked');
    expect(beyond.rescore).toMatchObject({ becameSalesReady: 0, tasksCreated: 0 });
    expect(await storedScore(h.admin, person.leadId)).toMatchObject({
      [LEAD_SCORE_COLUMNS.score]: 70,
      [LEAD_SCORE_COLUMNS.salesReady]: true,
    });
    expect(await tasksOf(person.leadId)).toHaveLength(1);
  });

  it('finds the task already there when a hand-over is retried', async () => {
    // As if the lead write had failed after the task was made: the next scoring hands the lead over again.
    await h.admin.update(LEAD.set, person.leadId, { [LEAD_SCORE_COLUMNS.salesReady]: false });
    const retried = await post('emailClicked');
    expect(retried.rescore).toMatchObject({ becameSalesReady: 1, tasksCreated: 0, tasksExisting: 1 });
    expect(await storedScore(h.admin, person.leadId)).toMatchObject({
      [LEAD_SCORE_COLUMNS.score]: 80,
      [LEAD_SCORE_COLUMNS.salesReady]: true,
    });
    expect(await tasksOf(person.leadId)).toHaveLength(1);
  });

  it('keeps a lead returned to marketing out of sales until it earns the configured new points', async () => {
    // Sales sends the lead back at 80.
    await h.admin.update(LEAD.set, person.leadId, { [LEAD_SCORE_COLUMNS.returnedToMarketing]: true });

    const plusTen = await post('emailClicked');
    expect(plusTen.rescore).toMatchObject({ becameSalesReady: 0, tasksCreated: 0 });
    expect(await storedScore(h.admin, person.leadId)).toMatchObject({
      [LEAD_SCORE_COLUMNS.score]: 90,
      [LEAD_SCORE_COLUMNS.salesReady]: false,
      [LEAD_SCORE_COLUMNS.returnedToMarketing]: true,
      [LEAD_SCORE_COLUMNS.returnedAtScore]: 80,
    });

    const plusTwenty = await post('emailClicked');
    expect(plusTwenty.rescore).toMatchObject({ becameSalesReady: 1, tasksCreated: 1 });
    expect(await storedScore(h.admin, person.leadId)).toMatchObject({
      [LEAD_SCORE_COLUMNS.score]: 100,
      [LEAD_SCORE_COLUMNS.salesReady]: true,
      [LEAD_SCORE_COLUMNS.returnedToMarketing]: false,
      [LEAD_SCORE_COLUMNS.returnedAtScore]: null,
    });
    // A second hand-over gets its own task, keyed by the score the lead was returned at.
    const tasks = await tasksOf(person.leadId);
    expect(tasks).toHaveLength(2);
    expect(tasks.map((task) => task['activityid']).sort()).toEqual(
      [
        salesReadyTaskId(person.leadId, {}),
        salesReadyTaskId(person.leadId, {
          [LEAD_SCORE_COLUMNS.returnedToMarketing]: true,
          [LEAD_SCORE_COLUMNS.returnedAtScore]: 80,
        }),
      ].sort(),
    );
  });

  it('scores an interaction written straight into Dataverse through the plug-in', async () => {
    const [other] = await createPeople(h.admin, 1, 'Direct writes');
    if (!other) throw new Error('no person');
    await h.admin.create(INTERACTION.entitySet, {
      [INTERACTION.sourceId]: 'direct-1',
      [INTERACTION.type]: INTERACTION_TYPE.formSubmitted,
      [INTERACTION.occurredOn]: new Date(h.now.getTime() - 60_000).toISOString(),
      [`${INTERACTION.contactNav}@odata.bind`]: `/${CONTACT.set}(${other.contactId})`,
    });
    await h.emulator.webhooks.idle();
    const deliveries = h.emulator.webhooks.deliveries().filter((d) => d.table === INTERACTION.table);
    expect(deliveries.at(-1)).toMatchObject({ message: 'Create', outcome: 'succeeded', status: 200 });
    const stored = await storedScore(h.admin, other.leadId);
    const expected = await engineView(h.admin, MODEL, other.leadId, h.now);
    expect(stored).toMatchObject({ [LEAD_SCORE_COLUMNS.score]: 25, [LEAD_SCORE_COLUMNS.grade]: 'Cold' });
    expect(stored[LEAD_SCORE_COLUMNS.score]).toBe(expected.score);
  });

  it('counts the interactions of an account\u2019s contacts toward its leads when the model is account-based', async () => {
    await h.setModel(JSON.stringify({ ...MODEL, accountBased: true }));
    try {
      const accountId = await h.admin.create(ACCOUNT.set, { [ACCOUNT.name]: 'Account-based Ltd' });
      const [buyer, colleague] = await createPeople(h.admin, 2, 'Account-based');
      if (!buyer || !colleague) throw new Error('no people');
      for (const contactId of [buyer.contactId, colleague.contactId]) {
        await h.admin.update(CONTACT.set, contactId, {
          [`${CONTACT.parentCustomerAccountNav}@odata.bind`]: `/${ACCOUNT.set}(${accountId})`,
        });
      }
      // The colleague's form counts toward the buyer's lead (and the colleague's own lead).
      await post('formSubmitted', colleague.contactId);
      const buyerLead = await storedScore(h.admin, buyer.leadId);
      expect(buyerLead[LEAD_SCORE_COLUMNS.score]).toBe(25);
      expect(decodeScoreReasons(buyerLead[LEAD_SCORE_COLUMNS.scoreReasons] as string).reasons).toEqual([
        expect.objectContaining({ ruleId: 'form', points: 25, count: 1, accountCount: 1 }),
      ]);
      expect((await storedScore(h.admin, colleague.leadId))[LEAD_SCORE_COLUMNS.score]).toBe(25);
    } finally {
      await h.setModel(JSON.stringify(MODEL));
    }
  });
  it('leaves no webhook delivery failed along the way (the plug-ins ran after every write above)', async () => {
    await h.emulator.webhooks.idle();
    const deliveries = h.emulator.webhooks.deliveries();
    expect(deliveries.length).toBeGreaterThan(0);
    expect(deliveries.filter((d) => d.outcome !== 'succeeded')).toEqual([]);
  });
});
