/**
 * What one read gave: its value, or why it failed — a message safe to show (no secret, no record data) and
 * Dataverse's error code when it gave one.
 */
export type Read<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly code?: string };

export const readOk = <T>(value: T): Read<T> => ({ ok: true, value });
export const readFailed = <T>(error: string, code?: string): Read<T> => ({
  ok: false,
  error,
  ...(code !== undefined ? { code } : {}),
});
