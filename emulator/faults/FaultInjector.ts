/** Faults the emulator can inject, to prove callers survive a real network. */
export interface FaultSettings {
  /** Added to every Web API request before it is handled (ms). */
  readonly latencyMs: number;
  /** Share of requests answered 503 (0–1). */
  readonly serverErrorRate: number;
  /** Share of requests whose connection is reset without an answer (0–1). */
  readonly resetRate: number;
}

export const NO_FAULTS: FaultSettings = { latencyMs: 0, serverErrorRate: 0, resetRate: 0 };

export type FaultDecision = 'none' | 'serverError' | 'reset';

/** Decides per request; seeded so a test's fault sequence repeats. */
export class FaultInjector {
  #settings: FaultSettings;
  #state: number;

  constructor(settings: Partial<FaultSettings> = {}, seed = 42) {
    this.#settings = { ...NO_FAULTS, ...settings };
    this.#state = seed >>> 0 || 1;
  }

  get settings(): FaultSettings {
    return this.#settings;
  }

  configure(settings: Partial<FaultSettings>): void {
    this.#settings = { ...this.#settings, ...settings };
  }

  decide(): FaultDecision {
    const roll = this.#random();
    if (roll < this.#settings.resetRate) return 'reset';
    if (roll < this.#settings.resetRate + this.#settings.serverErrorRate) return 'serverError';
    return 'none';
  }

  /** xorshift32: small and repeatable. */
  #random(): number {
    let x = this.#state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#state = x >>> 0;
    return this.#state / 0x1_0000_0000;
  }
}
