/**
 * Ctrl-C stops the backfill between two requests; running it again finishes the job. Whatever request the stop
 * comes after — a page read, the match reads, the change sets of the leads that make a contact, those of the leads
 * that follow one — the two runs end where one uninterrupted run ends, with no duplicate contact, and the stopped run
 * leaves no contact that no lead points at.
 */
import { syntheticLeads } from '../../../bench/backfill/syntheticLeads';
import { runSweep, type SweepSummary } from '../../../plugins/sweep';
import { endState, ghosts, orphans, sharedEmails, type EndState } from './helpers/endState';
import { addUser, clientAs, importData, settingsOf, startSweepEmulator, switchLinking } from './helpers/sweepEmulator';

const data = syntheticLeads({
  leads: 1200,
  existingContacts: 150,
  matchShare: 0.15,
  sharedShare: 0.25,
  noEmailShare: 0.05,
  seed: 11,
});
const PAGE = 300;

async function freshEmulator() {
  const env = await startSweepEmulator();
  await switchLinking(env.admin, true);
  await importData(env.admin, data);
  return env;
}

describe('interrupted backfill', () => {
  let expected: EndState;
  let wholeRequests: number;

  beforeAll(async () => {
    const { emulator, admin } = await freshEmulator();
    try {
      const mark = emulator.log.mark;
      await runSweep(admin, settingsOf(admin), { pageSize: PAGE, concurrency: 1 });
      wholeRequests = emulator.log.entries(mark).length;
      expected = endState(emulator);
      expect(orphans(expected)).toEqual([]);
    } finally {
      admin.close();
      await emulator.stop();
    }
  });

  it.each([
    [2, 'leads?'], // a page of orphan leads read
    [3, '$batch'], // the page's match reads
    [4, '$batch'], // contacts made with their first leads; the leads that share them not linked yet
    [5, '$batch'], // the page's leads that share a new contact linked
    [8, '$batch'], // on the second page
    [10, 'leads?'], // the third page read, the second page done
  ])('stopped after request %i (%s), then run again: the same end state as one run', async (stopAfter, lastPath) => {
    expect(stopAfter).toBeLessThan(wholeRequests);
    const { emulator, admin } = await freshEmulator();
    const stop = new AbortController();
    let sent = 0;
    const user = await addUser(admin, 'backfill');
    const client = clientAs(emulator, user, {
      observer: {
        onRequest: () => {
          sent += 1;
          // Ctrl-C while this request is in flight: it completes, the next one is never sent.
          if (sent === stopAfter) stop.abort();
        },
      },
    });
    try {
      const first: SweepSummary = await runSweep(client, settingsOf(client), {
        pageSize: PAGE,
        concurrency: 1,
        signal: stop.signal,
      });
      expect(first.interrupted).toBe(true);
      expect(sent).toBe(stopAfter);
      const mine = emulator.log.entries().filter((e) => e.user === user);
      expect(mine).toHaveLength(stopAfter);
      expect(mine[mine.length - 1]?.path.startsWith(lastPath)).toBe(true);
      const between = endState(emulator);
      expect(orphans(between).length).toBeGreaterThan(0);
      expect(sharedEmails(between)).toEqual([]);
      expect(ghosts(between)).toEqual([]);

      const second = await runSweep(client, settingsOf(client), { pageSize: PAGE, concurrency: 1 });
      expect(second.interrupted).toBe(false);
      expect(second.failed).toEqual([]);
      expect(endState(emulator)).toEqual(expected);
      expect(first.created + second.created).toBe(Object.keys(expected.contacts).length - data.contacts.length);
    } finally {
      client.close();
      admin.close();
      await emulator.stop();
    }
  });
});
