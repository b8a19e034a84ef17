import { buildSalesReadyTask } from '../../../plugins/rescoring/score/buildSalesReadyTask';
import { salesReadyTaskId } from '../../../plugins/rescoring';
import { DEFAULT_SCORING_MODEL, scoreLead } from '../../../plugins/scoring';
import { INTERACTION, INTERACTION_TYPE, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';

const NOW = new Date('2026-05-10T12:00:00Z');
const LEAD_ID = 'aaaaaaaa-0000-0000-0000-000000000001';
const OWNER = 'dddddddd-0000-0000-0000-000000000001';
const ANNOTATION = '_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname';

const lead = {
  leadid: LEAD_ID,
  fullname: 'Nancy Davolio',
  subject: 'Pricing',
  _ownerid_value: OWNER,
  [ANNOTATION]: 'systemuser',
};
const { decay: _decay, ...withoutDecay } = DEFAULT_SCORING_MODEL;
const interaction = (n: number, type: number) => ({
  [INTERACTION.id]: `i${n}`,
  [INTERACTION.type]: type,
  [INTERACTION.occurredOn]: `2026-05-0${n}T10:00:00Z`,
});
const result = scoreLead({
  model: withoutDecay,
  lead,
  contact: { contactid: 'c', accountrolecode: 1 },
  interactions: [
    ...[1, 2, 3].map((n) => interaction(n, INTERACTION_TYPE.eventCheckedIn)),
    interaction(4, INTERACTION_TYPE.formSubmitted),
  ],
  now: NOW,
});

describe('salesReadyTaskId', () => {
  it('is the same for the same hand-over, whatever the case of the lead id', () => {
    expect(salesReadyTaskId(LEAD_ID, {})).toBe(
      salesReadyTaskId(LEAD_ID.toUpperCase(), { [LEAD_SCORE_COLUMNS.score]: 12 }),
    );
  });

  it('differs for a hand-over after a return, keyed by the score the lead was returned at', () => {
    const first = salesReadyTaskId(LEAD_ID, {});
    const returned = (at: number) =>
      salesReadyTaskId(LEAD_ID, {
        [LEAD_SCORE_COLUMNS.returnedToMarketing]: true,
        [LEAD_SCORE_COLUMNS.returnedAtScore]: at,
      });
    expect(returned(70)).not.toBe(first);
    expect(returned(70)).not.toBe(returned(90));
    // Without a recorded baseline the stored score stands in, as decideSalesReady does.
    expect(
      salesReadyTaskId(LEAD_ID, { [LEAD_SCORE_COLUMNS.returnedToMarketing]: true, [LEAD_SCORE_COLUMNS.score]: 70 }),
    ).toBe(returned(70));
    expect(salesReadyTaskId('bbbbbbbb-0000-0000-0000-000000000001', {})).not.toBe(first);
  });
});

describe('buildSalesReadyTask', () => {
  it("addresses the task to the lead's owner, regarding the lead, and explains the score", () => {
    const task = buildSalesReadyTask(DEFAULT_SCORING_MODEL, LEAD_ID, lead, result);
    expect(task.taskId).toBe(salesReadyTaskId(LEAD_ID, lead));
    expect(task.record).toEqual({
      subject: 'Sales-ready lead: Nancy Davolio',
      description: [
        'Nancy Davolio scored 70 (Hot), at or above the sales-ready score of 60.',
        'Why:',
        '- Attended an event: +40 (3×, last on 2026-05-03)',
        '- Decision maker: +15',
        '- Submitted a form: +15 (1×, last on 2026-05-04)',
      ].join('\n'),
      'regardingobjectid_lead_task@odata.bind': `/leads(${LEAD_ID})`,
      'ownerid@odata.bind': `/systemusers(${OWNER})`,
    });
  });

  it('binds a team owner to teams, and leaves the owner out when the lookup says nothing of its table', () => {
    expect(
      buildSalesReadyTask(DEFAULT_SCORING_MODEL, LEAD_ID, { ...lead, [ANNOTATION]: 'team' }, result).record[
        'ownerid@odata.bind'
      ],
    ).toBe(`/teams(${OWNER})`);
    const { [ANNOTATION]: _dropped, ...unannotated } = lead;
    expect(buildSalesReadyTask(DEFAULT_SCORING_MODEL, LEAD_ID, unannotated, result).record).not.toHaveProperty(
      'ownerid@odata.bind',
    );
  });

  it('names the lead by its topic or id when it has no name, within the subject length', () => {
    expect(
      buildSalesReadyTask(DEFAULT_SCORING_MODEL, LEAD_ID, { leadid: LEAD_ID, subject: 'Pricing' }, result).record[
        'subject'
      ],
    ).toBe('Sales-ready lead: Pricing');
    expect(buildSalesReadyTask(DEFAULT_SCORING_MODEL, LEAD_ID, { leadid: LEAD_ID }, result).record['subject']).toBe(
      `Sales-ready lead: ${LEAD_ID}`,
    );
    const long = buildSalesReadyTask(DEFAULT_SCORING_MODEL, LEAD_ID, { fullname: 'n'.repeat(300) }, result);
    expect(String(long.record['subject'])).toHaveLength(200);
  });
});
