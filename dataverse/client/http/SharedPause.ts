/**
 * The one pause shared by every caller of a client: when Dataverse answers 429 with `Retry-After`, nothing more is
 * sent to it until the pause ends — not the throttled request's retry, not the other in-flight requests' retries,
 * not new calls. Sending during the pause only extends the penalty.
 */
import type { ThrottledError } from '../../errors/ThrottledError';

export class SharedPause {
  #until = 0;
  #cause: ThrottledError | undefined;

  /** Extends the pause to `until` (never shortens it). */
  extendTo(until: number, cause: ThrottledError): void {
    if (until > this.#until) {
      this.#until = until;
      this.#cause = cause;
    }
  }

  /** When the current pause ends, or undefined when there is none at `now`. */
  endsAt(now: number): number | undefined {
    return this.#until > now ? this.#until : undefined;
  }

  /** The 429 that set the current pause. */
  get cause(): ThrottledError | undefined {
    return this.#cause;
  }
}
