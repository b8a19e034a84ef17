import type { Clock } from '../../plugins/groupCommit';

/**
 * A clock a test moves by hand: `now` starts at the real time and moves only with `advance`, which runs the calls
 * that fall due, in order. Nothing waits on a real timer.
 */
export class ManualClock implements Clock {
  #now = Date.now();
  #timers: { at: number; run: () => void; id: number }[] = [];
  #nextId = 0;

  now(): number {
    return this.#now;
  }

  after(ms: number, run: () => void): () => void {
    const id = this.#nextId++;
    this.#timers.push({ at: this.#now + Math.max(0, ms), run, id });
    return () => {
      this.#timers = this.#timers.filter((timer) => timer.id !== id);
    };
  }

  /** Calls waiting for a time to come. */
  get pending(): number {
    return this.#timers.length;
  }

  /** Moves time on by `ms`, running each call that falls due on the way. */
  advance(ms: number): void {
    const until = this.#now + ms;
    for (;;) {
      const due = this.#timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.#timers = this.#timers.filter((t) => t !== due);
      this.#now = Math.max(this.#now, due.at);
      due.run();
    }
    this.#now = until;
  }
}
