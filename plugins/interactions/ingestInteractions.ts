/**
 * The intake: validates every item, drops those already written (same source id, from an earlier call or earlier in
 * this request), checks that the contacts and leads they name exist — an interaction of a contact merged into
 * another is recorded for the active master, one of a deactivated contact is refused — and writes the rest in bulk. Every item gets
 * an outcome; a bad item never stops the good ones, and each interaction is written whole or not at all.
 * Idempotent: posting the same items again writes nothing new. Two calls racing with the same source id are settled
 * by the alternate key on leadlink_sourceid: the loser's create fails with 412 and the item reports `existing`.
 */
import type { DataverseClient } from '../../dataverse';
import { INTERACTION } from '../../schema/leadlink';
import { LEAD } from '../../schema/names';
import { resolveActiveContacts } from '../identityContacts';
import { createRecords, isDuplicateKey, type BulkTable } from '../rescoring';
import { existingIds, existingSourceIds } from './findExisting';
import type { IntakeItemResult, IntakeResult } from './IntakeResult';
import type { InteractionInput } from './InteractionInput';
import { MAX_PROBLEMS_PER_REQUEST } from './limits';
import { toInteractionRecord } from './toInteractionRecord';
import { validateInteraction } from './validateInteraction';

export const INTERACTION_BULK_TABLE: BulkTable = {
  entitySet: INTERACTION.entitySet,
  logicalName: INTERACTION.table,
  primaryId: INTERACTION.id,
};

const NOT_LISTED = `not valid; its problems are not listed, as this answer already lists ${MAX_PROBLEMS_PER_REQUEST}: fix those and post again`;

interface Accepted {
  readonly index: number;
  readonly input: InteractionInput;
  /** Set when the contact named had been merged: `input.contactId` is then its active master. */
  readonly merged?: true;
}

export async function ingestInteractions(
  client: DataverseClient,
  items: readonly unknown[],
  now: Date,
): Promise<IntakeResult> {
  const results: Results = items.map(() => undefined);
  const valid: Accepted[] = [];
  let listed = 0;
  items.forEach((raw, index) => {
    const checked = validateInteraction(raw, now);
    if (checked.ok) {
      valid.push({ index, input: checked.value });
      return;
    }
    // The answer stays short however many bad items a request holds: past the budget, items only say they are bad.
    const errors = listed < MAX_PROBLEMS_PER_REQUEST ? checked.errors : [NOT_LISTED];
    listed += checked.errors.length;
    results[index] = { index, ...sourceIdOf(raw), status: 'invalid', errors };
  });
  const unique = withoutRepeats(valid, results);
  const fresh = await withoutWritten(client, unique, results);
  const writable = await withExistingReferences(client, fresh, results);
  await write(client, writable, results);
  return summarize(items.length, results, valid);
}

type Results = (IntakeItemResult | undefined)[];

/** The first item with a source id wins; later ones in the same request are duplicates of it. */
function withoutRepeats(items: readonly Accepted[], results: Results): Accepted[] {
  const firstBySource = new Map<string, number>();
  return items.filter((item) => {
    const key = item.input.sourceId.toLowerCase();
    const first = firstBySource.get(key);
    if (first === undefined) firstBySource.set(key, item.index);
    else
      results[item.index] = {
        index: item.index,
        sourceId: item.input.sourceId,
        status: 'duplicate',
        duplicateOf: first,
      };
    return first === undefined;
  });
}

/** Items whose source id an earlier call wrote are `existing`, with that interaction's id. */
async function withoutWritten(
  client: DataverseClient,
  items: readonly Accepted[],
  results: Results,
): Promise<Accepted[]> {
  if (items.length === 0) return [];
  const existing = await existingSourceIds(
    client,
    items.map((item) => item.input.sourceId),
  );
  return items.filter((item) => {
    const id = existing.get(item.input.sourceId.toLowerCase());
    if (id !== undefined)
      results[item.index] = { index: item.index, sourceId: item.input.sourceId, status: 'existing', id };
    return id === undefined;
  });
}

/** Writes in bulk; a create that lost a race with another call for the same source id reports `existing`. */
async function write(client: DataverseClient, items: readonly Accepted[], results: Results): Promise<void> {
  const outcomes = await createRecords(
    client,
    INTERACTION_BULK_TABLE,
    items.map((item) => toInteractionRecord(item.input)),
  );
  const raced: Accepted[] = [];
  items.forEach((item, position) => {
    const outcome = outcomes[position];
    const base = {
      index: item.index,
      sourceId: item.input.sourceId,
      ...(item.merged ? { contactId: item.input.contactId } : {}),
    };
    if (outcome?.ok) results[item.index] = { ...base, status: 'created', id: outcome.id };
    else if (outcome !== undefined && isDuplicateKey(outcome.error)) raced.push(item);
    else {
      const errors = [outcome?.error.message ?? 'Dataverse gave no answer for this item'];
      results[item.index] = { ...base, status: 'failed', errors, retryable: outcome?.retryable ?? true };
    }
  });
  if (raced.length === 0) return;
  const settled = await existingSourceIds(
    client,
    raced.map((item) => item.input.sourceId),
  );
  for (const item of raced) {
    const id = settled.get(item.input.sourceId.toLowerCase());
    results[item.index] = {
      index: item.index,
      sourceId: item.input.sourceId,
      status: 'existing',
      ...(id ? { id } : {}),
    };
  }
}

/**
 * Items whose contact or lead does not exist, or whose contact is inactive, are invalid, with the reason; an item
 * whose contact was merged is rewritten to the active master. The rest can be written.
 */
async function withExistingReferences(
  client: DataverseClient,
  items: readonly Accepted[],
  results: Results,
): Promise<Accepted[]> {
  if (items.length === 0) return [];
  const contacts = await resolveActiveContacts(
    client,
    items.map((item) => item.input.contactId),
  );
  const leadIds = items.flatMap((item) => (item.input.leadId === undefined ? [] : [item.input.leadId]));
  const leads = leadIds.length === 0 ? new Set<string>() : await existingIds(client, LEAD.set, LEAD.id, leadIds);
  return items.flatMap((item) => {
    const errors: string[] = [];
    const contact = contacts.get(item.input.contactId);
    if (contact === undefined || contact.kind === 'missing')
      errors.push(`contactId: no contact ${item.input.contactId} exists`);
    else if (contact.kind === 'inactive')
      errors.push(
        `contactId: contact ${item.input.contactId} is inactive (deactivated, not merged into an active contact); interactions are recorded for active contacts only`,
      );
    if (item.input.leadId !== undefined && !leads.has(item.input.leadId)) {
      errors.push(`leadId: no lead ${item.input.leadId} exists`);
    }
    if (errors.length > 0 || contact === undefined) {
      results[item.index] = { index: item.index, sourceId: item.input.sourceId, status: 'invalid', errors };
      return [];
    }
    return contact.kind === 'merged'
      ? [{ ...item, merged: true, input: { ...item.input, contactId: contact.contactId } }]
      : [item];
  });
}

function summarize(received: number, results: Results, valid: readonly Accepted[]): IntakeResult {
  const items = results.map(
    (result, index): IntakeItemResult =>
      result ?? { index, status: 'failed', errors: ['not processed'], retryable: true },
  );
  const count = (status: IntakeItemResult['status']) => items.filter((item) => item.status === status).length;
  const accepted = new Set(['created', 'existing', 'duplicate']);
  const contactIds = [
    ...new Set(
      valid
        .filter((item) => accepted.has(items[item.index]?.status ?? ''))
        .map((item) => items[item.index]?.contactId ?? item.input.contactId),
    ),
  ];
  return {
    received,
    created: count('created'),
    existing: count('existing'),
    duplicate: count('duplicate'),
    invalid: count('invalid'),
    failed: count('failed'),
    items,
    contactIds,
  };
}

function sourceIdOf(raw: unknown): { sourceId?: string } {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['sourceId'] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? { sourceId: value.trim().slice(0, 200) } : {};
}
