/**
 * The bulk writer against the emulator: CreateMultiple / UpdateMultiple in one request when they can be used, and
 * per-record `$batch` when not — a table without the messages, or one bad record in a chunk — so the good records
 * are written and the bad one reports Dataverse's own error. A deleted record is never re-created by an update.
 */
import { DataverseClient } from '../../../dataverse';
import { Emulator } from '../../../emulator';
import { createRecords, updateRecords, type BulkTable } from '../../../plugins/rescoring';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { CONTACT, LEAD, TASK } from '../../../schema/names';

const LEADS: BulkTable = { entitySet: LEAD.set, logicalName: LEAD.table, primaryId: LEAD.id };
const TASKS: BulkTable = { entitySet: TASK.set, logicalName: TASK.table, primaryId: 'activityid' };

describe('bulk writes', () => {
  let emulator: Emulator;
  let client: DataverseClient;
  const requests = (mark: number) => emulator.log.entries(mark).map((e) => `${e.method} ${e.path.split('?')[0] ?? ''}`);

  beforeAll(async () => {
    emulator = await new Emulator({ seed: 'empty', customizations: LEADLINK_CUSTOMIZATIONS }).start();
    client = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
  });
  afterAll(async () => {
    client.close();
    await emulator.stop();
  });

  it('creates in chunks of CreateMultiple, reporting progress', async () => {
    const mark = emulator.log.mark;
    const progress: number[] = [];
    const records = Array.from({ length: 25 }, (_, i) => ({ [LEAD.lastName]: `Bulk ${i}`, [LEAD.subject]: 'Bulk' }));
    const outcomes = await createRecords(client, LEADS, records, {
      chunkSize: 10,
      onProgress: (done) => progress.push(done),
    });
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(progress).toEqual([10, 20, 25]);
    expect(requests(mark)).toEqual(new Array(3).fill('POST leads/Microsoft.Dynamics.CRM.CreateMultiple'));
  });

  it('falls back to $batch for a table without the bulk messages, and stays there', async () => {
    const mark = emulator.log.mark;
    const outcomes = await createRecords(
      client,
      TASKS,
      Array.from({ length: 4 }, (_, i) => ({ [TASK.subject]: `Call ${i}` })),
      { chunkSize: 2 },
    );
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, true, true]);
    expect(requests(mark)).toEqual(['POST tasks/Microsoft.Dynamics.CRM.CreateMultiple', 'POST $batch', 'POST $batch']);
    const ids = outcomes.map((outcome) => (outcome.ok ? outcome.id : ''));
    const stored = await client.queryAll(TASK.set, { select: [TASK.subject] });
    expect(stored.map((row) => row['activityid']).sort()).toEqual([...ids].sort());
  });

  it('writes the good records of a chunk one by one when one record is bad, and never re-creates a deleted one', async () => {
    const [a, b, c] = await client.createMultiple(CONTACT.set, CONTACT.table, [
      { [CONTACT.lastName]: 'A' },
      { [CONTACT.lastName]: 'B' },
      { [CONTACT.lastName]: 'C' },
    ]);
    await client.delete(CONTACT.set, b ?? '');
    const mark = emulator.log.mark;
    const outcomes = await updateRecords(
      client,
      { entitySet: CONTACT.set, logicalName: CONTACT.table, primaryId: CONTACT.id },
      [
        { [CONTACT.id]: a, [CONTACT.jobTitle]: 'Buyer' },
        { [CONTACT.id]: b, [CONTACT.jobTitle]: 'Buyer' },
        { [CONTACT.id]: c, [CONTACT.jobTitle]: 'Buyer' },
      ],
    );
    expect(requests(mark)).toEqual(['POST contacts/Microsoft.Dynamics.CRM.UpdateMultiple', 'POST $batch']);
    expect(outcomes[0]).toEqual({ ok: true, id: a });
    expect(outcomes[2]).toEqual({ ok: true, id: c });
    expect(outcomes[1]).toMatchObject({ ok: false, retryable: false, error: { status: 404 } });
    expect((await client.retrieve(CONTACT.set, c ?? ''))[CONTACT.jobTitle]).toBe('Buyer');
    expect((await client.queryAll(CONTACT.set, { select: [CONTACT.id] })).map((row) => row[CONTACT.id])).not.toContain(
      b,
    );
  });
});
