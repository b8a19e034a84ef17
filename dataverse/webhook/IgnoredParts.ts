import { WebhookPayloadError } from './WebhookPayloadError';

/** How many set-aside parts are named; the rest are counted. A payload cannot grow a log line without bound. */
const MAX_LISTED = 20;

/**
 * The parts of a webhook body the parser set aside because their shape was not the one expected, each as the
 * WebhookPayloadError message that says where and what (`ParentContext.Stage is missing`). The parser reads leniently
 * what no plug-in uses, so a rare shape there is noted here instead of failing the delivery with 400 — for an
 * asynchronous step, a failure for good.
 */
export class IgnoredParts {
  readonly #listed: string[] = [];
  #unlisted = 0;

  add(problem: string): void {
    if (this.#listed.length < MAX_LISTED) this.#listed.push(problem);
    else this.#unlisted += 1;
  }

  /** Runs `read`; a WebhookPayloadError it throws is noted and gives undefined. Any other error passes through. */
  attempt<T>(read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof WebhookPayloadError)) throw error;
      this.add(error.message);
      return undefined;
    }
  }

  list(): readonly string[] {
    return this.#unlisted === 0 ? [...this.#listed] : [...this.#listed, `… and ${this.#unlisted} more`];
  }
}
