import { runInParallel } from '../../../plugins/sweep/runInParallel';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('runInParallel', () => {
  it('never runs more than the limit at once and runs every task', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    const tasks = Array.from({ length: 10 }, (_, i) => async () => {
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
      done.push(i);
    });
    await runInParallel(tasks, 3);
    expect(most).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('starts nothing after a failure, waits for the tasks in flight, then throws the first error', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const tasks = Array.from({ length: 6 }, (_, i) => async () => {
      started.push(i);
      if (i === 1) throw new Error('task 1 failed');
      await tick();
      await tick();
      finished.push(i);
    });
    await expect(runInParallel(tasks, 2)).rejects.toThrow('task 1 failed');
    // Task 0 was in flight when task 1 failed: it finished; task 2 may have started before the failure was seen.
    expect(finished).toContain(0);
    expect(started.length).toBeLessThanOrEqual(3);
  });
});
