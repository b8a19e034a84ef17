/**
 * Turns interaction rows (Web API shape, leadlink_interaction) into what the rules need, dropping those that cannot
 * count: no valid date, or dated after `now`. The result is in a fixed order (oldest first, then by id) so that
 * floating-point sums come out the same whatever order the rows arrived in.
 */
import { INTERACTION } from '../../../schema/leadlink';
import { INTERACTION_CONTACT_VALUE } from './platformColumns';
import type { WebApiRecord } from './WebApiRecord';

export interface ScoredInteraction {
  readonly id: string | undefined;
  readonly contactId: string | undefined;
  readonly type: number | undefined;
  readonly occurredMs: number;
  readonly url: unknown;
  readonly campaign: unknown;
  /** From another contact of the lead's account (account-based scoring). */
  readonly fromAccount: boolean;
}

export function readInteractions(
  rows: readonly WebApiRecord[],
  nowMs: number,
  fromAccount: boolean,
): ScoredInteraction[] {
  const interactions: ScoredInteraction[] = [];
  for (const row of rows) {
    const occurredMs = toMs(row[INTERACTION.occurredOn]);
    if (occurredMs === undefined || occurredMs > nowMs) continue;
    const type = row[INTERACTION.type];
    interactions.push({
      id: asGuid(row[INTERACTION.id]),
      contactId: asGuid(row[INTERACTION_CONTACT_VALUE]),
      type: typeof type === 'number' ? type : undefined,
      occurredMs,
      url: row[INTERACTION.url],
      campaign: row[INTERACTION.campaign],
      fromAccount,
    });
  }
  return interactions;
}

export function byOccurrence(a: ScoredInteraction, b: ScoredInteraction): number {
  if (a.occurredMs !== b.occurredMs) return a.occurredMs - b.occurredMs;
  const left = a.id ?? '';
  const right = b.id ?? '';
  return left < right ? -1 : left > right ? 1 : 0;
}

function toMs(value: unknown): number | undefined {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/** GUIDs compare case-insensitively. */
export function asGuid(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value.toLowerCase() : undefined;
}
