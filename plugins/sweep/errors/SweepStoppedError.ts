import type { SweepSummary } from '../SweepSummary';

/**
 * A request failed in a way that stops the run (Dataverse unavailable, throttled past the retry budget). Every write
 * made before it is whole, so running the sweep again resumes; `summary` says how far this run got.
 */
export class SweepStoppedError extends Error {
  override name = 'SweepStoppedError';

  constructor(
    readonly summary: SweepSummary,
    override readonly cause: unknown,
  ) {
    super(
      `The sweep stopped: ${cause instanceof Error ? cause.message : String(cause)} — running it again resumes where it stopped.`,
    );
  }
}
