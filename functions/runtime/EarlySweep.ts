import { systemClock, type Clock, type Deferral, type Deferrals } from '../../plugins/groupCommit';
import type { PluginLogger } from '../../plugins/Plugin';
import type { DeferredLeads } from '../../plugins/sweep';

/** Past Retry-After, a little more: the throttling window has slid on by the time the sweep sends its first request. */
const AFTER_RETRY_MS = 1_000;
/** When Dataverse gave no Retry-After: a minute, as a throttled user waits at most a few (api-limits). */
const WITHOUT_RETRY_AFTER_MS = 60_000;
/** Lead ids kept for the summary's count; beyond, deferrals are still counted and swept, not listed. */
const MAX_KEPT = 100_000;

/**
 * This instance's taker of throttled work: the webhooks defer to it (they answer 2xx, so no system job fails), it
 * keeps the deferred orphan leads and starts the sweep early, once the longest Retry-After heard has passed, rather
 * than at the next timer run. One sweep at a time; deferrals during a run start another after it. The sweep links
 * every orphan lead, deferred or not; its summary says how many of the deferred ones it linked, and a sweep that went
 * through every orphan lead settles them (plugins/sweep/runSweep.ts).
 */
export class EarlySweep implements Deferrals, DeferredLeads {
  readonly #waiting = new Set<string>();
  /** Events deferred since the last start, all plug-ins. */
  #events = 0;
  #startAt: number | undefined;
  #cancel: (() => void) | undefined;
  #running = false;
  #stopped = false;

  constructor(
    private readonly sweep: (deferred: DeferredLeads) => Promise<unknown>,
    private readonly log: PluginLogger,
    private readonly clock: Clock = systemClock,
  ) {}

  defer(deferral: Deferral): void {
    for (const leadId of deferral.leadsToLink)
      if (this.#waiting.size < MAX_KEPT) this.#waiting.add(leadId.toLowerCase());
    this.#events += deferral.leadsToLink.length + deferral.otherEvents;
    const wait = (deferral.retryAfterMs ?? WITHOUT_RETRY_AFTER_MS) + AFTER_RETRY_MS;
    this.#startAt = Math.max(this.#startAt ?? 0, this.clock.now() + wait);
    if (!this.#running) this.#schedule();
  }

  waiting(): ReadonlySet<string> {
    return this.#waiting;
  }

  settle(leadIds: ReadonlySet<string>): void {
    for (const leadId of leadIds) this.#waiting.delete(leadId);
  }

  /** When the early sweep is due (epoch ms), if one is. */
  get dueAt(): number | undefined {
    return this.#startAt;
  }

  /** No more early sweeps (the process is shutting down, or a test is done). */
  stop(): void {
    this.#stopped = true;
    this.#cancel?.();
    this.#cancel = undefined;
  }

  #schedule(): void {
    if (this.#stopped || this.#startAt === undefined) return;
    this.#cancel?.();
    this.#cancel = this.clock.after(this.#startAt - this.clock.now(), () => void this.#run());
  }

  async #run(): Promise<void> {
    this.#cancel = undefined;
    this.#startAt = undefined;
    this.#running = true;
    this.log.info('sweep.early-start', {
      reason: 'webhooks deferred work under throttling',
      deferredEvents: this.#events,
      deferredLeads: this.#waiting.size,
    });
    this.#events = 0;
    try {
      await this.sweep(this);
    } catch (error) {
      // sweepAndLog logged it; the next deferral or timer run sweeps again.
      this.log.warn('sweep.early-failed', { error: (error as Error).message });
    } finally {
      this.#running = false;
      this.#schedule();
    }
  }
}
