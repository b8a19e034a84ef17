import type { BatchItem, BatchResult } from '../../dataverse';
import { DataverseError } from '../../dataverse';
import { entityPath } from '../../dataverse/client/odata/entityPath';
import { LEAD } from '../../schema/names';
import type { LeadRow } from '../identity';
import { linkOperations, type LinkContact } from '../identityContacts';
import { runInParallel } from './runInParallel';
import type { SweepClient } from './SweepClient';
import { MAX_RECORDS_PER_REQUEST, type WriteContext } from './WriteContext';

/** One lead's link with what goes with it: one change set. */
export interface LinkUnit {
  readonly lead: LeadRow;
  readonly contactId: string;
  readonly contact: LinkContact;
}

/**
 * - `linked`: the change set committed: the lead has this parent contact (and the contact was made, or got the
 *   lead's opt-outs);
 * - `changed`: the lead changed since it was read (a webhook linked it, a user edited, qualified or deleted it), the
 *   contact to make exists meanwhile, or the one to link to is gone: nothing was written; the lead is read again;
 * - `failed`: Dataverse refused the write.
 */
export type UnitOutcome =
  { readonly kind: 'linked' } | { readonly kind: 'changed' } | { readonly kind: 'failed'; readonly error: unknown };

/**
 * Writes the units, each lead's change set (linkOperations: create-or-tighten with the guarded link) atomic on its
 * own, up to 1,000 operations a `$batch` with continue-on-error, several batches at once. A contact is therefore never
 * made without the link that needs it, so a run stopped anywhere, or a lead qualified, deleted or linked by hand
 * meanwhile, leaves no contact that no lead points at.
 */
export async function writeLinks(
  client: SweepClient,
  units: readonly LinkUnit[],
  context: WriteContext,
  onChunk: (outcomes: readonly (readonly [LinkUnit, UnitOutcome])[]) => void,
): Promise<void> {
  const tasks = chunkByOperations(units).map((run) => async () => onChunk(await writeChunk(client, run, context)));
  await runInParallel(tasks, context.concurrency);
}

/** The operations of a unit's change set: the link, and the contact's create or opt-outs when there are any. */
export function unitOperations(unit: LinkUnit): number {
  return 'create' in unit.contact || Object.keys(unit.contact.optOuts).length > 0 ? 2 : 1;
}

/** Runs of units, in order, each within one `$batch`'s operations. */
function chunkByOperations(units: readonly LinkUnit[]): LinkUnit[][] {
  const out: LinkUnit[][] = [];
  let current: LinkUnit[] = [];
  let operations = 0;
  for (const unit of units) {
    const size = unitOperations(unit);
    if (operations + size > MAX_RECORDS_PER_REQUEST) {
      out.push(current);
      current = [];
      operations = 0;
    }
    current.push(unit);
    operations += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

async function writeChunk(
  client: SweepClient,
  units: readonly LinkUnit[],
  context: WriteContext,
): Promise<(readonly [LinkUnit, UnitOutcome])[]> {
  const guarded = units.filter((unit) => etagOf(unit.lead) !== undefined);
  const items: BatchItem[] = guarded.map((unit) => ({
    changeSet: linkOperations(unit.lead.leadid, etagOf(unit.lead) ?? '', unit.contactId, unit.contact),
  }));
  let results: readonly BatchResult[] = [];
  if (items.length > 0) {
    context.gate.pass();
    results = await client.batch(items, { continueOnError: true });
  }
  const outcomes = new Map<LinkUnit, UnitOutcome>();
  let index = 0;
  guarded.forEach((unit, position) => {
    const size = (items[position] as { changeSet: readonly unknown[] }).changeSet.length;
    const own = results.slice(index, index + size);
    index += size;
    outcomes.set(unit, outcomeOf(own));
  });
  return units.map((unit) => [unit, outcomes.get(unit) ?? { kind: 'failed', error: noEtag(unit.lead) }] as const);
}

function outcomeOf(results: readonly BatchResult[]): UnitOutcome {
  if (results.length > 0 && results.every((r) => r.executed && r.error === undefined)) return { kind: 'linked' };
  const failure = results.find((r) => r.error !== undefined);
  // 412: the lead's ETag no longer matches, or the contact to create exists. 404: the lead or the contact went away.
  if (failure?.status === 412 || failure?.status === 404) return { kind: 'changed' };
  return { kind: 'failed', error: failure?.error ?? new Error('Dataverse did not run the link') };
}

function etagOf(lead: LeadRow): string | undefined {
  const etag = lead['@odata.etag'];
  return typeof etag === 'string' && etag !== '' ? etag : undefined;
}

function noEtag(lead: LeadRow): DataverseError {
  return new DataverseError({
    method: 'GET',
    url: entityPath(LEAD.set, lead.leadid),
    summary: 'The lead was read without an @odata.etag to guard its link with; it was not written',
  });
}
