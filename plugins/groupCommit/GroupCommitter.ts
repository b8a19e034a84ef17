import { systemClock, type Clock } from './Clock';
import { nextStep } from './groupDecision';
import type { GroupCommitSettings } from './GroupCommitSettings';

/** One event's own outcome within its group. */
export type Settled<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

/** Commits a group: one outcome per item, in the items' order. A throw is every item's failure. */
export type CommitGroup<T, R> = (items: readonly T[]) => Promise<readonly Settled<R>[]>;

interface Waiting<T, R> {
  readonly item: T;
  readonly resolve: (value: R) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Gathers the events of one process into groups and commits each group at once, answering every caller with its own
 * outcome (groupDecision.ts says when a group starts). A lone event starts its group of one within `submit`, before
 * any timer. Groups may overlap only when a group fills or waits its longest while another runs.
 */
export class GroupCommitter<T, R> {
  readonly #waiting: Waiting<T, R>[] = [];
  readonly #arrivals: number[] = [];
  #running = 0;
  #lastActivity: number | undefined;
  #activityBefore: number | undefined;
  #timer: { readonly at: number; readonly cancel: () => void } | undefined;

  constructor(
    private readonly commit: CommitGroup<T, R>,
    readonly settings: GroupCommitSettings,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Events waiting for their group to start. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Groups being committed. */
  get running(): number {
    return this.#running;
  }

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const now = this.clock.now();
      if (this.#waiting.length === 0) this.#activityBefore = this.#lastActivity;
      this.#waiting.push({ item, resolve, reject });
      this.#arrivals.push(now);
      this.#lastActivity = now;
      this.#decide();
    });
  }

  #decide(): void {
    for (;;) {
      const now = this.clock.now();
      const step = nextStep(
        { running: this.#running, waiting: this.#arrivals, activityBefore: this.#activityBefore },
        this.settings,
        now,
      );
      if (step.kind === 'start') {
        this.#start(now);
        continue;
      }
      if (step.kind === 'idle') this.#cancelTimer();
      else if (this.#timer?.at !== step.until) {
        this.#cancelTimer();
        const at = step.until;
        this.#timer = {
          at,
          cancel: this.clock.after(at - now, () => {
            this.#timer = undefined;
            this.#decide();
          }),
        };
      }
      return;
    }
  }

  #start(now: number): void {
    const members = this.#waiting.splice(0, this.settings.maxSize);
    this.#arrivals.splice(0, members.length);
    // Those left over (more than a group holds) start the next group: what came before them is this one.
    this.#activityBefore = now;
    this.#running++;
    void this.#run(members);
  }

  async #run(members: readonly Waiting<T, R>[]): Promise<void> {
    try {
      const results = await this.commit(members.map((m) => m.item));
      members.forEach((member, index) => {
        const result = results[index];
        if (result === undefined) member.reject(new Error('The group commit returned no outcome for this event'));
        else if (result.ok) member.resolve(result.value);
        else member.reject(result.error);
      });
    } catch (error) {
      for (const member of members) member.reject(error);
    } finally {
      this.#running--;
      this.#lastActivity = this.clock.now();
      this.#decide();
    }
  }

  #cancelTimer(): void {
    this.#timer?.cancel();
    this.#timer = undefined;
  }
}
