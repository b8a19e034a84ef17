import { GroupCommitter, type Settled } from '../../../plugins/groupCommit';
import { ManualClock } from '../../support/manualClock';

/** A commit the test ends by hand, recording each group it was given. */
function controlledCommit() {
  const groups: string[][] = [];
  const pending: ((results: readonly Settled<string>[]) => void)[] = [];
  const commit = (items: readonly string[]) => {
    groups.push([...items]);
    return new Promise<readonly Settled<string>[]>((resolve) => pending.push(resolve));
  };
  /** Ends the oldest running group, answering each item with its own outcome. */
  const finish = async (
    answer: (item: string) => Settled<string> = (item) => ({ ok: true, value: `done ${item}` }),
  ) => {
    const group = groups[groups.length - pending.length];
    pending.shift()?.((group ?? []).map(answer));
    await flush();
  };
  return { commit, groups, finish, running: () => pending.length };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
const settings = { maxSize: 3, maxWaitMs: 1_000 };

describe('GroupCommitter', () => {
  it('commits a lone event within submit, before any timer', () => {
    const clock = new ManualClock();
    const c = controlledCommit();
    const committer = new GroupCommitter(c.commit, settings, clock);
    void committer.submit('a');
    expect(c.groups).toEqual([['a']]);
    expect(clock.pending).toBe(0);
  });

  it('answers each caller with its own outcome, failures included', async () => {
    const clock = new ManualClock();
    const c = controlledCommit();
    const committer = new GroupCommitter(c.commit, settings, clock);
    const first = committer.submit('a');
    const b = committer.submit('b');
    const d = committer.submit('d').then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await c.finish();
    expect(await first).toBe('done a');
    // b and d came while a's group ran: they form the next group once their burst is over.
    clock.advance(1_000);
    expect(c.groups).toEqual([['a'], ['b', 'd']]);
    await c.finish((item) => (item === 'd' ? { ok: false, error: new Error('refused d') } : { ok: true, value: item }));
    expect(await b).toBe('b');
    expect(await d).toBe('refused d');
  });

  it('groups the events that arrive while a group runs, and starts them when their burst is over', async () => {
    const clock = new ManualClock();
    const c = controlledCommit();
    const committer = new GroupCommitter(c.commit, settings, clock);
    void committer.submit('a');
    clock.advance(10);
    void committer.submit('b');
    clock.advance(10);
    void committer.submit('c');
    expect(c.groups).toEqual([['a']]);
    await c.finish();
    // The group ended 80 ms after c came: one gap after c, not yet.
    clock.advance(80);
    expect(c.groups).toEqual([['a']]);
    clock.advance(20);
    expect(c.groups).toEqual([['a'], ['b', 'c']]);
    expect(committer.waiting).toBe(0);
  });

  it('starts a full group at once, and the rest as the next group', () => {
    const clock = new ManualClock();
    const c = controlledCommit();
    const committer = new GroupCommitter(c.commit, settings, clock);
    void committer.submit('a'); // alone, at once
    for (const item of ['b', 'c', 'd', 'e']) void committer.submit(item);
    expect(c.groups).toEqual([['a'], ['b', 'c', 'd']]);
    expect(committer.waiting).toBe(1);
    expect(committer.running).toBe(2);
  });

  it('starts a group whose first event has waited the longest wait, even while another group runs', () => {
    const clock = new ManualClock();
    const c = controlledCommit();
    const committer = new GroupCommitter(c.commit, settings, clock);
    void committer.submit('a');
    void committer.submit('b');
    clock.advance(999);
    expect(c.groups).toEqual([['a']]);
    clock.advance(1);
    expect(c.groups).toEqual([['a'], ['b']]);
  });

  it('rejects every caller of a group whose commit throws', async () => {
    const clock = new ManualClock();
    const committer = new GroupCommitter<string, string>(
      () => Promise.reject(new Error('Dataverse down')),
      settings,
      clock,
    );
    await expect(committer.submit('a')).rejects.toThrow('Dataverse down');
    expect(committer.running).toBe(0);
  });

  it('runs an event that comes after a quiet while at once again', async () => {
    const clock = new ManualClock();
    const c = controlledCommit();
    const committer = new GroupCommitter(c.commit, settings, clock);
    void committer.submit('a');
    await c.finish();
    clock.advance(5_000);
    void committer.submit('b');
    expect(c.groups).toEqual([['a'], ['b']]);
  });
});
