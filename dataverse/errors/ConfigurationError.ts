/**
 * A setting is missing or wrong. `variable` names the environment variable; the message says what is wrong and
 * never repeats a secret value.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';

  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
  }
}
