/**
 * Rescoring a set of loaded leads: read their interactions (a few queries for the whole set), score them with the
 * engine, create the sales-ready tasks, then write the leads that changed in bulk. Tasks go first: should the lead
 * write fail, the next run hands the lead over again and finds its task already there (same id); should a task fail,
 * its lead is not written, so the next run hands it over again — a lead written first with its task lost would
 * never get its task.
 */
import type { ScoringModel } from '../scoring';
import type { LeadForScoring } from './load/LeadForScoring';
import { interactionWindow } from './load/interactionWindow';
import { readAccounts } from './load/readAccounts';
import { readAccountInteractions, readContactInteractions } from './load/readInteractions';
import type { RescoreContext } from './RescoreContext';
import type { RescoreFailure, RescoreSummary } from './RescoreSummary';
import { scoreLeads } from './score/scoreLeads';
import { createSalesReadyTasks } from './write/createSalesReadyTasks';
import { writeLeadUpdates } from './write/writeLeadUpdates';

export async function rescoreLoadedLeads(
  context: RescoreContext,
  model: ScoringModel,
  loaded: readonly LeadForScoring[],
): Promise<RescoreSummary> {
  const now = context.now();
  const client = context.dataverse;
  const leads = await readAccounts(client, model, loaded);
  const window = interactionWindow(model, now);
  const contactIds = defined(leads.map((lead) => lead.contactId));
  const accountIds = model.accountBased ? defined(leads.map((lead) => lead.accountId)) : [];
  const byContact = await readContactInteractions(client, model, window, contactIds);
  const byAccount = await readAccountInteractions(client, model, window, accountIds);
  const scorings = scoreLeads(model, leads, { byContact, byAccount }, now);

  const failures: RescoreFailure[] = [];
  const tasks = scorings.flatMap((scoring) => (scoring.task ? [scoring.task] : []));
  const taskOutcomes = await createSalesReadyTasks(client, tasks);
  for (const outcome of taskOutcomes) {
    if (outcome.outcome === 'failed') {
      failures.push({
        leadId: outcome.task.leadId,
        what: 'task',
        message: outcome.error.message,
        retryable: outcome.retryable,
        error: outcome.error,
      });
    }
  }
  // A lead whose task could not be made is left as it was, so the next run hands it over (and makes the task) again.
  const taskless = new Set(
    taskOutcomes.flatMap((outcome) => (outcome.outcome === 'failed' ? [outcome.task.leadId] : [])),
  );
  const changes = scorings.filter((scoring) => scoring.update !== null && !taskless.has(scoring.leadId));
  const written = await writeLeadUpdates(
    client,
    changes.map((scoring) => scoring.update ?? {}),
  );
  let changed = 0;
  let becameSalesReady = 0;
  written.forEach((outcome, index) => {
    const scoring = changes[index];
    if (outcome.ok) {
      changed += 1;
      if (scoring?.result.becameSalesReady) becameSalesReady += 1;
    } else {
      failures.push({
        leadId: scoring?.leadId ?? '',
        what: 'lead',
        message: outcome.error.message,
        retryable: outcome.retryable,
        error: outcome.error,
      });
    }
  });
  return {
    scored: scorings.length,
    changed,
    becameSalesReady,
    tasksCreated: taskOutcomes.filter((outcome) => outcome.outcome === 'created').length,
    tasksExisting: taskOutcomes.filter((outcome) => outcome.outcome === 'existed').length,
    failures,
  };
}

function defined(ids: readonly (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}
