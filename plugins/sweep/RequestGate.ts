import { SweepInterruptedError } from './errors/SweepInterruptedError';

/**
 * Passed before every Dataverse request the sweep sends: once the stop signal is raised, the next request is not
 * sent. A request already in flight runs to its end, so every request either happened whole or not at all — each is
 * atomic in Dataverse (a `$batch` part, a CreateMultiple) — and a rerun starts from a consistent state.
 */
export class RequestGate {
  constructor(private readonly signal: AbortSignal | undefined) {}

  get stopped(): boolean {
    return this.signal?.aborted === true;
  }

  pass(): void {
    if (this.stopped) throw new SweepInterruptedError();
  }
}
