import { setTimeout as sleep } from 'node:timers/promises';
import type { BatchOperation, CallOptions } from '../../dataverse';
import { buildQuery } from '../../dataverse/client/odata/buildQuery';
import { CONTACT } from '../../schema/names';
import { contactFromLead, LEAD_IDENTITY_SELECT, type ContactMatchingStrategy, type LeadRow } from '../identity';
import { conflictBackoffMs, whyLeave, type LinkResult } from '../orphanLeadContact/linkOrphanLead';
import type { PluginLogger } from '../Plugin';
import {
  BulkMessages,
  linkLeads,
  matchQueries,
  matchReadsFrom,
  RequestGate,
  rowsOfResult,
  WHOLE,
  type LeadOutcome,
  type LeadPlan,
  type PrefetchedReads,
  type SweepClient,
} from '../sweep';
import type { Settled } from './GroupCommitter';
import { leadRowsOf, leadsByIdUrls } from './leadReads';

/** One orphan-lead event of a group: the lead, and the e-mail its payload showed (linkOrphanLead's hint). */
export interface LinkRequest {
  readonly leadId: string;
  /** null: the payload showed none; undefined: it did not say. */
  readonly email: string | null | undefined;
}

export interface GroupLinkDependencies {
  readonly client: SweepClient;
  readonly strategy: ContactMatchingStrategy;
  /** Options for the next call (what is left of the earliest answer owed); throws BudgetExceededError past it. */
  readonly call: () => CallOptions;
  readonly log: PluginLogger | undefined;
  /** Waits before reading again after leads changed under the write; a timer by default. */
  readonly pause?: (ms: number) => Promise<void>;
}

/**
 * Links a group's orphan leads with the sweep's code (plugins/sweep/linkLeads.ts): the leads, fresh with their ETags,
 * and the candidates and identity contacts of the e-mails their payloads showed, in one `$batch`; then every lead's
 * change set (its new contact or its opt-outs, with the link guarded by its ETag) in one `$batch` — two requests for
 * the group, as the webhook spends for one lead. A lead that changed under the write is read again and tried again,
 * with a growing pause, while the time lasts. Each request gets its own lead's result; a failure reaches only the
 * leads it left undone (what was linked before it stays linked).
 */
export async function linkLeadGroup(
  requests: readonly LinkRequest[],
  deps: GroupLinkDependencies,
): Promise<Settled<LinkResult>[]> {
  const outcomes = new Map<string, Settled<LinkResult>>();
  const settle = (leadId: string, result: Settled<LinkResult>) => outcomes.set(leadId.toLowerCase(), result);
  try {
    const { leads, prefetched } = await readGroup(requests, deps);
    const toLink: LeadRow[] = [];
    for (const leadId of uniqueIds(requests)) {
      const lead = leads.get(leadId);
      const skip = lead === undefined ? 'The lead no longer exists.' : whyLeave(lead);
      if (skip !== undefined) settle(leadId, { ok: true, value: { kind: 'nothing-to-do', reason: skip } });
      else if (lead) toLink.push(lead);
    }
    const context = {
      client: deps.client,
      strategy: deps.strategy,
      write: { gate: new RequestGate(undefined), concurrency: 1, bulk: new BulkMessages() },
      dryRun: false,
      partition: WHOLE,
      log: deps.log,
    };
    const pause = deps.pause ?? ((ms: number) => sleep(ms));
    await linkLeads(
      context,
      toLink,
      new Set(),
      {
        rounds: Number.POSITIVE_INFINITY,
        pause: (round) => pause(conflictBackoffMs(round)),
        prefetched,
        oneWrite: true,
      },
      (ended) => {
        for (const outcome of ended) settle(outcome.leadId, resultOf(outcome));
      },
    );
  } catch (error) {
    // What was settled stays so; the others share the failure (the webhook answers 503, or defers to the sweep).
    for (const leadId of uniqueIds(requests)) if (!outcomes.has(leadId)) settle(leadId, { ok: false, error });
  }
  const answered = new Set<string>();
  return requests.map((request) => {
    const leadId = request.leadId.toLowerCase();
    const outcome = outcomes.get(leadId) ?? { ok: false, error: new Error('The group ended without this lead') };
    // Dataverse may deliver one event twice: the first copy in the group tells what was done, the others nothing.
    if (answered.has(leadId) && outcome.ok && outcome.value.kind !== 'nothing-to-do') return DUPLICATE;
    answered.add(leadId);
    return outcome;
  });
}

const DUPLICATE: Settled<LinkResult> = {
  ok: true,
  value: { kind: 'nothing-to-do', reason: 'Another delivery of this event in the same group linked the lead.' },
};

function resultOf(outcome: LeadOutcome): Settled<LinkResult> {
  switch (outcome.kind) {
    case 'linked':
      return { ok: true, value: linkedAs(outcome.plan) };
    case 'left-alone':
      return {
        ok: true,
        value: {
          kind: 'nothing-to-do',
          reason: 'The lead got a parent contact, or was closed or deleted, meanwhile; nothing written.',
        },
      };
    case 'retry-later':
      return { ok: false, error: new Error('The lead changed under every attempt') };
    case 'failed':
      return { ok: false, error: outcome.error };
  }
}

/** The plan that linked a lead, told as the webhook tells a link (linkOrphanLead.ts). */
function linkedAs(plan: LeadPlan): LinkResult {
  const optOutsApplied = plan.kind === 'create' ? [] : Object.keys(plan.optOuts);
  const linked = { contactId: plan.contactId, optOutsApplied, attempts: 1 };
  switch (plan.kind) {
    case 'create':
      return { kind: 'created', generation: plan.generation, ...linked };
    case 'match':
      return { kind: 'linked-existing', ...linked };
    case 'identity':
      return { kind: plan.via === 'master' ? 'linked-master' : 'linked-twin', ...linked };
    case 'follow':
      // The contact another lead of the group made for the same identity, in the same `$batch`.
      return { kind: 'linked-twin', ...linked };
  }
}

/**
 * The group's leads (any state: why one is left alone is worth saying) and the match reads of the e-mails the
 * payloads showed, in one `$batch`. A lead whose e-mail differs from its payload's is matched by what it holds now:
 * linkLeads reads what was not prefetched.
 */
async function readGroup(
  requests: readonly LinkRequest[],
  deps: GroupLinkDependencies,
): Promise<{ leads: Map<string, LeadRow>; prefetched: PrefetchedReads }> {
  const hinted = requests.flatMap((r) =>
    r.email === undefined ? [] : [{ leadid: r.leadId.toLowerCase(), emailaddress1: r.email } as LeadRow],
  );
  const keys = unique(hinted.map((lead) => deps.strategy.keyOf(lead)));
  const firstIds = unique(hinted.map((lead) => contactFromLead(lead).contactId));
  const leadQueries = leadsByIdUrls(uniqueIds(requests), { select: LEAD_IDENTITY_SELECT });
  const queries = matchQueries(deps.strategy, keys, firstIds);
  const operations: BatchOperation[] = [
    ...leadQueries.map((url): BatchOperation => ({ method: 'GET', url })),
    ...queries.map((q): BatchOperation => ({ method: 'GET', url: CONTACT.set + buildQuery(q.options) })),
  ];
  const results = await deps.client.batch(operations, {}, deps.call());
  const leads = new Map<string, LeadRow>();
  leadQueries.forEach((url, index) => {
    for (const row of leadRowsOf<LeadRow>(results[index], url)) leads.set(row.leadid.toLowerCase(), row);
  });
  const gate = new RequestGate(undefined);
  const rows = [];
  for (const [index, query] of queries.entries()) {
    const url = CONTACT.set + buildQuery(query.options);
    rows.push(await rowsOfResult(deps.client, results[leadQueries.length + index], url, gate));
  }
  return { leads, prefetched: matchReadsFrom(queries, rows, firstIds) };
}

function uniqueIds(requests: readonly LinkRequest[]): string[] {
  return unique(requests.map((r) => r.leadId.toLowerCase()));
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}
