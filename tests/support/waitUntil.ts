/**
 * Waits for a condition instead of a fixed time: checks it every few milliseconds and resolves as soon as it holds.
 * The limit is generous on purpose — a slow, busy machine only makes the wait longer — and reaching it is an error that
 * says what was awaited.
 */
export const GENEROUS_WAIT_MS = 60_000;

export async function waitUntil(
  condition: () => boolean,
  what: string,
  limitMs: number = GENEROUS_WAIT_MS,
): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > limitMs) throw new Error(`Gave up after ${limitMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
