import { stepCounts } from '../../../emulator/webhooks/stepCounts';
import type { DeliveryRecord } from '../../../emulator/webhooks/WebhookDispatcher';

const delivery = (
  stepId: string,
  outcome: DeliveryRecord['outcome'],
  status: number,
  attempts = 1,
): DeliveryRecord => ({
  stepId,
  message: 'Create',
  table: 'lead',
  recordId: 'r',
  url: 'http://127.0.0.1/api/webhooks/dataverse',
  attempts,
  status,
  outcome,
  correlationId: 'c',
  depth: 1,
});

describe('stepCounts', () => {
  it('counts each step’s deliveries, successes, retries and the failures that stay, by status', () => {
    const counts = stepCounts([
      delivery('s1', 'succeeded', 200),
      delivery('s1', 'failed', 503, 2),
      delivery('s2', 'succeeded', 200, 2),
      delivery('s1', 'failed', 0),
      delivery('s2', 'skipped', 0, 0),
    ]);
    expect(counts).toEqual([
      {
        stepId: 's1',
        message: 'Create',
        table: 'lead',
        delivered: 3,
        succeeded: 1,
        failed: 2,
        skipped: 0,
        retried: 1,
        failedByStatus: { '503': 1, '0': 1 },
      },
      {
        stepId: 's2',
        message: 'Create',
        table: 'lead',
        delivered: 2,
        succeeded: 1,
        failed: 0,
        skipped: 1,
        retried: 1,
        failedByStatus: {},
      },
    ]);
  });
});
