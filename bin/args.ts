import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command-line mistake: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses flags strictly: an unknown flag or a missing value is a UsageError that names it. */
export function parseFlags<T extends Options>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

/** An integer flag in a range, or a UsageError naming the flag. */
export function intFlag(
  name: string,
  value: string | undefined,
  fallback: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got '${value}'.`);
  }
  return n;
}

export function numberFlag(
  name: string,
  value: string | undefined,
  fallback: number,
  min = 0,
  max = Number.MAX_VALUE,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, got '${value}'.`);
  return n;
}

/** `--auth webhookkey|header`: how Dataverse sends the webhook key (WebhookKey as `?code=`, or an HTTP header). */
export function authKindFlag(value: string | undefined): 'webhookKey' | 'httpHeader' {
  if (value === undefined || value === 'webhookkey') return 'webhookKey';
  if (value === 'header') return 'httpHeader';
  throw new UsageError(`--auth must be 'webhookkey' or 'header', got '${value}'.`);
}
