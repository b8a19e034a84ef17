/**
 * A secret value (client secret, private key) that cannot leak by accident: printing, logging, `JSON.stringify` or
 * `util.inspect` show `[redacted]`. Only `reveal()` gives the value, at the one place that sends it.
 */
import { inspect } from 'node:util';

const REDACTED = '[redacted]';

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return `Secret(${REDACTED})`;
  }
}
