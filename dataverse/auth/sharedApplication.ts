/**
 * One msal application per credential per process: an application owns the token cache, so a second instance would
 * fetch a second token and defeat the cache. The same registry holds the single-flight token getters. Keys hold
 * hashes, never secrets.
 */
import { createHash } from 'node:crypto';

const applications = new Map<string, unknown>();

export function sharedApplication<T>(key: string, create: () => T): T {
  const existing = applications.get(key);
  if (existing !== undefined) return existing as T;
  const created = create();
  applications.set(key, created);
  return created;
}

export function fingerprint(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
