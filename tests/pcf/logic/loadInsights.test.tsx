import { INTERACTION_TYPE } from '../../../schema/leadlink';
import { loadInsights } from '../../../pcf-controls/MarketingInsightsPanel/logic/loadInsights';
import { RecordNotFoundError } from '../../../pcf-controls/MarketingInsightsPanel/logic/RecordNotFoundError';
import { createFakeWebApi } from '../helpers/fakeWebApi';
import { ANA_COUNTS, IDS, createDatabase } from '../helpers/fixtures';

const NOW = new Date();

function setup() {
  const api = createFakeWebApi(createDatabase(NOW));
  return api;
}

describe('loadInsights on a lead', () => {
  it('reads the lead, its contact, their interactions and the contact’s other open leads in three requests', async () => {
    const api = setup();
    const insights = await loadInsights(api, { entity: 'lead', id: `{${IDS.hotLead.toUpperCase()}}` }, NOW);
    expect(api.calls).toHaveLength(3);
    expect(api.calls.map((call) => call.entity)).toEqual(['lead', 'leadlink_interaction', 'lead']);
    if (insights.kind !== 'lead') throw new Error('expected lead insights');
    expect(insights.lead).toMatchObject({ id: IDS.hotLead, score: 62, grade: 'A', salesReady: true, state: 'open' });
    // Version 1 of the engine's reasons JSON does not store the model's sales-ready score.
    expect(insights.lead.reasons?.salesReadyScore).toBeNull();
    expect(insights.lead.reasons?.reasons.map((reason) => reason.label)).toEqual([
      'Decision maker',
      'Clicked a marketing email',
      'Visited the pricing page',
    ]);
    expect(insights.contact).toMatchObject({
      id: IDS.ana,
      name: 'Ana Nguyen',
      marketingOnly: true,
      preferences: { doNotBulkEmail: true, doNotEmail: false, disableWebTracking: true, isMinor: false },
    });
    // Ana's 24 active interactions plus the one recorded on the lead alone; the deactivated one never shows.
    expect(insights.interactions.rowsRead).toBe(25);
    expect(insights.interactions.total90Days).toBe(ANA_COUNTS.total90 + 1);
    expect(insights.interactions.total30Days).toBe(ANA_COUNTS.total30 + 1);
    expect(insights.interactions.latest).toHaveLength(20);
    expect(insights.interactions.latest[0]?.subject).toBe('Newest: spring newsletter');
    expect(insights.interactions.latest.map((item) => item.subject)).not.toContain('Deactivated interaction');
    expect(insights.interactions.latest.map((item) => item.subject)).toContain('Lead-only form');
    // Open leads only, the current one excluded.
    expect(insights.otherLeads.map((lead) => lead.id)).toEqual([IDS.warmLead]);
  });

  it('needs only two requests for a lead without a parent contact', async () => {
    const api = setup();
    const insights = await loadInsights(api, { entity: 'lead', id: IDS.orphanLead }, NOW);
    expect(api.calls).toHaveLength(2);
    if (insights.kind !== 'lead') throw new Error('expected lead insights');
    expect(insights.contact).toBeNull();
    expect(insights.lead.scoredOn).toBeNull();
    expect(insights.lead.reasons?.status).toBe('none');
    expect(insights.interactions.rowsRead).toBe(0);
    expect(insights.otherLeads).toEqual([]);
  });

  it('reports a lead the user cannot see (no row) as not found', async () => {
    const api = setup();
    await expect(
      loadInsights(api, { entity: 'lead', id: 'b0000000-0000-4000-8000-0000000000ff' }, NOW),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(api.calls).toHaveLength(1);
  });

  it('sends nothing for an id that is not a GUID', async () => {
    const api = setup();
    await expect(loadInsights(api, { entity: 'lead', id: 'x" or 1=1' }, NOW)).rejects.toThrow('is not a GUID');
    expect(api.calls).toHaveLength(0);
  });
});

describe('loadInsights on a contact', () => {
  it('reads the contact, all its leads best first, and its interactions in three requests', async () => {
    const api = setup();
    const insights = await loadInsights(api, { entity: 'contact', id: IDS.ana }, NOW);
    expect(api.calls).toHaveLength(3);
    expect(api.calls[0]).toMatchObject({ method: 'retrieveRecord', entity: 'contact', id: IDS.ana });
    if (insights.kind !== 'contact') throw new Error('expected contact insights');
    expect(insights.contact.marketingOnly).toBe(true);
    expect(insights.leads.map((lead) => [lead.id, lead.state])).toEqual([
      [IDS.qualifiedLead, 'qualified'],
      [IDS.hotLead, 'open'],
      [IDS.warmLead, 'open'],
    ]);
    expect(insights.interactions.total90Days).toBe(ANA_COUNTS.total90);
    expect(
      insights.interactions.counts.map((row) => ({ type: row.type, last30: row.last30Days, last90: row.last90Days })),
    ).toEqual(ANA_COUNTS.byType);
  });

  it('lets the Web API’s “does not exist” error through for the panel to classify', async () => {
    const api = setup();
    await expect(
      loadInsights(api, { entity: 'contact', id: 'c0000000-0000-4000-8000-0000000000ff' }, NOW),
    ).rejects.toMatchObject({ errorCode: -2147220969 });
  });
});

describe('loadInsights on an account', () => {
  it('ranks the account’s open leads and its contacts by score, and rolls up their interactions', async () => {
    const api = setup();
    const insights = await loadInsights(api, { entity: 'account', id: IDS.account }, NOW);
    expect(api.calls).toHaveLength(3);
    if (insights.kind !== 'account') throw new Error('expected account insights');
    // Open leads through Ana and Bao, and the one linked to the account directly; unscored last.
    expect(insights.leads.map((lead) => lead.id)).toEqual([IDS.hotLead, IDS.warmLead, IDS.baoLead, IDS.accountLead]);
    expect(insights.leads[0]?.contactName).toBe('Ana Nguyen');
    expect(insights.contacts.map((entry) => [entry.contact.name, entry.bestScore, entry.leadCount])).toEqual([
      ['Ana Nguyen', 62, 2],
      ['Bao Tran', 10, 1],
    ]);
    // Ana's 24 and Bao's 2; the lead-only interaction has no contact and Chi is not in the account.
    expect(insights.interactions.rowsRead).toBe(26);
    expect(insights.interactions.latest.find((item) => item.subject === 'Bao checked in')?.contactName).toBe(
      'Bao Tran',
    );
    expect(insights.interactions.counts.find((row) => row.type === INTERACTION_TYPE.eventCheckedIn)).toEqual({
      type: INTERACTION_TYPE.eventCheckedIn,
      last30Days: 1,
      last90Days: 1,
    });
  });

  it('returns empty lists for an account with nothing yet', async () => {
    const api = setup();
    const insights = await loadInsights(api, { entity: 'account', id: IDS.emptyAccount }, NOW);
    if (insights.kind !== 'account') throw new Error('expected account insights');
    expect([insights.contacts, insights.leads, insights.interactions.latest]).toEqual([[], [], []]);
  });
});
