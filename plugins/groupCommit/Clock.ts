/** Time for the committer: what it is now, and a call after a while. Tests drive both by hand. */
export interface Clock {
  now(): number;
  /** Calls `run` once, `ms` from now; the returned function cancels it. */
  after(ms: number, run: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  after: (ms, run) => {
    const timer = setTimeout(run, Math.max(0, ms));
    return () => clearTimeout(timer);
  },
};
