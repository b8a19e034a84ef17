/**
 * Resolves once `clock()` has reached `until`. Timers may fire a millisecond early against the clock they are
 * compared with, so it checks and sleeps again instead of trusting a single timer. Rejects with the signal's reason
 * when aborted.
 */
export async function sleepUntil(until: number, clock: () => number = Date.now, signal?: AbortSignal): Promise<void> {
  for (let remaining = until - clock(); remaining > 0; remaining = until - clock()) {
    await sleep(remaining, signal);
  }
  signal?.throwIfAborted();
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
