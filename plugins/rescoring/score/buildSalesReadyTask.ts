/**
 * The task for the lead's owner when a lead is handed to sales (when the model asks for it). Its id is a UUID v5 of
 * the lead and the hand-over, created with `If-None-Match: *`, so a retried webhook, an overlapping rescore or a
 * second instance creates it once: the first hand-over is one id, each hand-over after a return to marketing is
 * keyed by the score the lead was returned at. (Two returns at the very same score share a task.)
 */
import { v5 as uuidv5 } from 'uuid';
import { LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { LEAD, LOOKUP_LOGICAL_NAME_ANNOTATION, OWNER_ENTITY_SETS, TASK } from '../../../schema/names';
import type { ScoreResult, ScoringModel, WebApiRecord } from '../../scoring';
import type { SalesReadyTask } from './SalesReadyTask';

/** The namespace of sales-ready task ids (any fixed UUID; this one is LeadLink's for tasks). */
export const SALES_READY_TASK_NAMESPACE = '9b0f3c52-8d7e-4a61-b4d2-5e7c1a9f0d38';

/** task.subject holds 200 characters, task.description 2,000 (task table reference). */
const SUBJECT_MAX = 200;
const DESCRIPTION_MAX = 2000;

export function salesReadyTaskId(leadId: string, lead: WebApiRecord): string {
  const returned = lead[LEAD_SCORE_COLUMNS.returnedToMarketing] === true;
  const baseline = asNumber(lead[LEAD_SCORE_COLUMNS.returnedAtScore]) ?? asNumber(lead[LEAD_SCORE_COLUMNS.score]) ?? 0;
  const handOver = returned ? `after-return-at:${baseline}` : 'first';
  return uuidv5(`sales-ready:${leadId.toLowerCase()}:${handOver}`, SALES_READY_TASK_NAMESPACE);
}

export function buildSalesReadyTask(
  model: ScoringModel,
  leadId: string,
  lead: WebApiRecord,
  result: ScoreResult,
): SalesReadyTask {
  const name = text(lead[LEAD.fullName]) ?? text(lead[LEAD.subject]) ?? leadId;
  const reasons = result.reasons.map((reason) => {
    const last = reason.lastOccurredOn === null ? '' : `, last on ${reason.lastOccurredOn.slice(0, 10)}`;
    const times = reason.lastOccurredOn === null ? '' : ` (${reason.count}×${last})`;
    return `- ${reason.label}: ${reason.points > 0 ? '+' : ''}${reason.points}${times}`;
  });
  const description = [
    `${name} scored ${result.score} (${result.grade}), at or above the sales-ready score of ${model.salesReadyScore}.`,
    'Why:',
    ...reasons,
  ].join('\n');
  const record: Record<string, unknown> = {
    [TASK.subject]: `Sales-ready lead: ${name}`.slice(0, SUBJECT_MAX),
    [TASK.description]: description.slice(0, DESCRIPTION_MAX),
    [`${TASK.regardingLeadNav}@odata.bind`]: `/${LEAD.set}(${leadId})`,
  };
  const ownerBind = ownerBinding(lead);
  if (ownerBind !== undefined) record[`${TASK.ownerNav}@odata.bind`] = ownerBind;
  return { taskId: salesReadyTaskId(leadId, lead), leadId, record };
}

/** The lead's owner as a bind: a user or a team, as the lookup's annotation says. */
function ownerBinding(lead: WebApiRecord): string | undefined {
  const owner = text(lead[LEAD.ownerValue]);
  const table = lead[`${LEAD.ownerValue}@${LOOKUP_LOGICAL_NAME_ANNOTATION}`];
  const set = isOwnerTable(table) ? OWNER_ENTITY_SETS[table] : undefined;
  return owner === undefined || set === undefined ? undefined : `/${set}(${owner})`;
}

function isOwnerTable(value: unknown): value is keyof typeof OWNER_ENTITY_SETS {
  return typeof value === 'string' && Object.hasOwn(OWNER_ENTITY_SETS, value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
