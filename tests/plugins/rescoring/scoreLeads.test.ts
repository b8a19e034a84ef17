import type { LeadForScoring } from '../../../plugins/rescoring';
import { scoreLeads } from '../../../plugins/rescoring';
import { DEFAULT_SCORING_MODEL, type ScoringModel } from '../../../plugins/scoring';
import { INTERACTION, INTERACTION_TYPE, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';

const NOW = new Date('2026-05-10T12:00:00Z');
const MODEL: ScoringModel = {
  ...DEFAULT_SCORING_MODEL,
  rules: [{ id: 'form', label: 'Form', interactionType: 'formSubmitted', points: 30, frequency: 'each' }],
  fieldRules: [],
  decay: undefined,
  salesReadyScore: 60,
};
const ACCOUNT = 'bbbbbbbb-0000-0000-0000-000000000001';

function lead(n: number, contactId: string | undefined, extra: Record<string, unknown> = {}): LeadForScoring {
  const leadId = `aaaaaaaa-0000-0000-0000-00000000000${n}`;
  return {
    leadId,
    lead: { leadid: leadId, _parentcontactid_value: contactId ?? null, ...extra },
    contactId,
    contact: contactId ? { contactid: contactId } : null,
    accountId: ACCOUNT,
    account: { accountid: ACCOUNT },
    accountRead: false,
  };
}

const form = (id: string, contactId: string) => ({
  [INTERACTION.id]: id,
  [`_${INTERACTION.contact}_value`]: contactId,
  [INTERACTION.type]: INTERACTION_TYPE.formSubmitted,
  [INTERACTION.occurredOn]: '2026-05-01T10:00:00Z',
});

const ANN = 'cccccccc-0000-0000-0000-000000000001';
const BOB = 'cccccccc-0000-0000-0000-000000000002';
const interactions = {
  byContact: new Map([
    [ANN, [form('i1', ANN), form('i2', ANN)]],
    [BOB, [form('i3', BOB)]],
  ]),
  byAccount: new Map([[ACCOUNT, [form('i1', ANN), form('i2', ANN), form('i3', BOB)]]]),
};

describe('scoreLeads', () => {
  it("scores each lead from its own contact's interactions, and writes only what changed", () => {
    const [ann, bob, orphan] = scoreLeads(MODEL, [lead(1, ANN), lead(2, BOB), lead(3, undefined)], interactions, NOW);
    expect(ann?.result).toMatchObject({ score: 60, salesReady: true, becameSalesReady: true });
    expect(ann?.update).toMatchObject({ leadid: ann?.leadId, [LEAD_SCORE_COLUMNS.score]: 60 });
    expect(bob?.result.score).toBe(30);
    expect(orphan?.result.score).toBe(0);
    // Stored as scored already: nothing to write.
    const stored = {
      [LEAD_SCORE_COLUMNS.score]: 0,
      [LEAD_SCORE_COLUMNS.grade]: 'Cold',
      [LEAD_SCORE_COLUMNS.scoreReasons]: '{"v":1,"r":[],"s":60}',
    };
    const [again] = scoreLeads(MODEL, [lead(3, undefined, stored)], interactions, NOW);
    expect(again?.update).toBeNull();
  });

  it("counts the account's other contacts only for an account-based model", () => {
    const [bob] = scoreLeads({ ...MODEL, accountBased: true }, [lead(2, BOB)], interactions, NOW);
    expect(bob?.result.score).toBe(90);
    expect(bob?.result.reasons).toEqual([expect.objectContaining({ count: 3, accountCount: 2 })]);
  });

  it('makes a task only when the model asks for one and the lead is handed over now', () => {
    expect(scoreLeads(MODEL, [lead(1, ANN)], interactions, NOW)[0]?.task).toBeUndefined();
    const withTask = { ...MODEL, createTaskWhenSalesReady: true };
    expect(scoreLeads(withTask, [lead(1, ANN)], interactions, NOW)[0]?.task).toMatchObject({
      leadId: lead(1, ANN).leadId,
    });
    const already = lead(1, ANN, { [LEAD_SCORE_COLUMNS.salesReady]: true });
    expect(scoreLeads(withTask, [already], interactions, NOW)[0]?.task).toBeUndefined();
  });
});
