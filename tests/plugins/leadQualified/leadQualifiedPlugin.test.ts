import { LEAD_QUALIFIED_STEPS, leadQualified, QUALIFIED_POST_IMAGE } from '../../../plugins/leadQualified';
import { BudgetExceededError } from '../../../plugins/common';
import { PLUGINS } from '../../../plugins/registry';
import { recordingServices } from '../orphanLeadContact/helpers/pluginServices';
import { contactRef, IDS, webhookEvent } from '../orphanLeadContact/helpers/webhookEvents';

const stateUpdate = (statecode: number, parent: ReturnType<typeof contactRef> | null = contactRef()) =>
  webhookEvent({
    message: 'Update',
    target: { statecode, statuscode: statecode === 1 ? 3 : statecode === 2 ? 4 : 1 },
    postImages: { [QUALIFIED_POST_IMAGE]: { statecode, ...(parent ? { parentcontactid: parent } : {}) } },
  });

async function run(event: ReturnType<typeof webhookEvent>, deadlineInMs?: number) {
  const r = recordingServices({ deadlineInMs });
  try {
    return { result: await leadQualified.handle(event, r.services), requests: r.requests };
  } finally {
    r.close();
  }
}

describe('lead-qualified: decisions made before any request', () => {
  it('is in the registry: lead Update filtered to statecode with a post image, opportunity Create, QualifyLead', () => {
    expect(PLUGINS).toContain(leadQualified);
    expect(LEAD_QUALIFIED_STEPS.map((s) => `${s.message} ${s.table} ${s.filteringAttributes.join(',')}`)).toEqual([
      'Update lead statecode',
      'Create opportunity ',
      'QualifyLead lead ',
    ]);
    expect(LEAD_QUALIFIED_STEPS[2]).toMatchObject({ stage: 40, mode: 1, images: [] });
    expect(LEAD_QUALIFIED_STEPS[0]?.images[0]).toMatchObject({
      alias: QUALIFIED_POST_IMAGE,
      attributes: ['parentcontactid', 'statecode'],
    });
  });

  it('disqualifying or reopening leaves the flag, with no request', async () => {
    for (const state of [2, 0]) {
      const { result, requests } = await run(stateUpdate(state));
      expect(result).toEqual({
        outcome: 'nothing-to-do',
        detail: expect.stringMatching(/not qualified.*the flag stays/),
      });
      expect(requests).toEqual([]);
    }
  });

  it('a qualified lead without a parent contact: nothing, no request', async () => {
    const { result, requests } = await run(stateUpdate(1, null));
    expect(result).toEqual({ outcome: 'nothing-to-do', detail: 'The qualified lead has no parent contact.' });
    expect(requests).toEqual([]);
  });

  it('ignores the orphan step’s delivery (an e-mail change) and an opportunity without an originating lead', async () => {
    const emailChange = await run(webhookEvent({ message: 'Update', target: { emailaddress1: 'x@example.com' } }));
    expect(emailChange.result.detail).toMatch(/^Not an event of this plug-in/);
    const walkIn = await run(
      webhookEvent({ message: 'Create', table: 'opportunity', recordId: IDS.opportunity, target: { name: 'Walk-in' } }),
    );
    expect(walkIn.result).toEqual({ outcome: 'nothing-to-do', detail: 'The opportunity has no originating lead.' });
    expect([...emailChange.requests, ...walkIn.requests]).toEqual([]);
  });

  it('a qualification with no time left throws BudgetExceededError before sending anything', async () => {
    const r = recordingServices({ deadlineInMs: -1 });
    await expect(leadQualified.handle(stateUpdate(1), r.services)).rejects.toBeInstanceOf(BudgetExceededError);
    r.close();
    expect(r.requests).toEqual([]);
  });
});
