/**
 * Runs the tasks with at most `limit` at once, in order of start. After the first failure no new task starts; the
 * ones running are awaited (so nothing is left in flight) and then the first error is thrown.
 */
export async function runInParallel(tasks: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < tasks.length) {
      const task = tasks[next++];
      if (!task) continue;
      try {
        await task();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  if (failure !== undefined) throw failure.error;
}
