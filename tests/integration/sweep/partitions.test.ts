/**
 * Two processes share one backfill with --partition 0/2 and 1/2, at the same time: together they reach the end state
 * of one whole run, and neither ever names a lead of the other's share — not in a query, a write or an answer.
 */
import { syntheticLeads } from '../../../bench/backfill/syntheticLeads';
import { countOrphanLeads, partitionBounds, runSweep, type Partition } from '../../../plugins/sweep';
import { endState, orphans, sharedEmails } from './helpers/endState';
import { startRecordingProxy } from './helpers/recordingProxy';
import { addUser, clientAs, importData, settingsOf, startSweepEmulator, switchLinking } from './helpers/sweepEmulator';

const data = syntheticLeads({
  leads: 2400,
  existingContacts: 300,
  matchShare: 0.15,
  sharedShare: 0.2,
  noEmailShare: 0.03,
  seed: 7,
});
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Membership as the emulator evaluates the range filter: it compares GUIDs as text. */
function inShare(id: string, partition: Partition): boolean {
  const { lower, upper } = partitionBounds(partition);
  const text = id.toLowerCase();
  return (lower === undefined || text >= lower) && (upper === undefined || text < upper);
}

async function wholeRun() {
  const { emulator, admin } = await startSweepEmulator();
  try {
    await switchLinking(admin, true);
    await importData(admin, data);
    await runSweep(admin, settingsOf(admin), { pageSize: 500 });
    return endState(emulator);
  } finally {
    admin.close();
    await emulator.stop();
  }
}

describe('partitions', () => {
  it('two partitions at once reach the state of one run, and each touches only its own leads', async () => {
    const expected = await wholeRun();
    const { emulator, admin } = await startSweepEmulator();
    const shares: Partition[] = [
      { index: 0, count: 2 },
      { index: 1, count: 2 },
    ];
    const proxies = await Promise.all(shares.map(() => startRecordingProxy(emulator.url)));
    try {
      await switchLinking(admin, true);
      await importData(admin, data);
      const users = await Promise.all(shares.map((p) => addUser(admin, `sweep-${p.index}`)));
      const clients = shares.map((_, i) => clientAs(emulator, users[i] ?? '', { url: proxies[i]?.url }));
      // The progress bar's total: one aggregate per share, with the same bounds as the sweep's query.
      const totals = await Promise.all(shares.map((p) => countOrphanLeads(admin, p)));
      expect(totals).toEqual(shares.map((p) => data.leads.filter((l) => inShare(String(l.leadid), p)).length));
      const summaries = await Promise.all(
        shares.map((partition, i) => {
          const client = clients[i];
          if (!client) throw new Error('no client');
          return runSweep(client, settingsOf(client), { partition, pageSize: 500 });
        }),
      );
      clients.forEach((c) => c.close());

      const actual = endState(emulator);
      expect(orphans(actual)).toEqual([]);
      expect(sharedEmails(actual)).toEqual([]);
      expect(actual).toEqual(expected);
      expect(summaries.map((s) => s.failed)).toEqual([[], []]);
      expect(summaries[0]?.scanned).toBe(
        data.leads.filter((l) => inShare(String(l.leadid), shares[0] as Partition)).length,
      );
      expect((summaries[0]?.scanned ?? 0) + (summaries[1]?.scanned ?? 0)).toBe(data.leads.length);

      const leadIds = new Set(data.leads.map((l) => String(l.leadid)));
      shares.forEach((partition, i) => {
        const exchanges = proxies[i]?.exchanges ?? [];
        const named = exchanges.flatMap((e) =>
          [e.url, e.requestBody, e.responseBody].flatMap((text) =>
            (text.match(GUID) ?? []).map((g) => g.toLowerCase()),
          ),
        );
        const leadsNamed = named.filter((id) => leadIds.has(id));
        expect(leadsNamed.length).toBeGreaterThan(1000);
        expect(leadsNamed.filter((id) => !inShare(id, partition))).toEqual([]);
        // The emulator's log agrees: every query on leads by this partition's user carries its range.
        const { lower, upper } = partitionBounds(partition);
        const leadQueries = emulator.log
          .entries()
          .filter((e) => e.user === users[i] && e.method === 'GET' && e.path.startsWith('leads'));
        expect(leadQueries.length).toBeGreaterThan(0);
        for (const entry of leadQueries) {
          const query = decodeURIComponent(entry.path);
          if (lower) expect(query).toContain(`leadid ge ${lower}`);
          if (upper) expect(query).toContain(`leadid lt ${upper}`);
        }
        // Every lead this partition's user wrote is one of its own.
        const written = [...emulator.store.rows('lead')].filter((row) => {
          const by = row.values.modifiedby;
          return by && typeof by === 'object' && 'id' in by && by.id === users[i];
        });
        expect(written.length).toBe(summaries[i]?.linked);
        expect(written.filter((row) => !inShare(row.id, partition))).toEqual([]);
      });
    } finally {
      await Promise.all(proxies.map((p) => p.close()));
      admin.close();
      await emulator.stop();
    }
  });
});
