import type { ODataRecord } from '../../../dataverse';
import { MODE, STAGE } from '../../../plugins/types';
import { columnDifferences, stepBindsDiffer } from '../../register/columnDifferences';
import { describeValue, sameId } from '../../register/describeValue';
import { imageColumns } from '../../register/imageRecord';
import type { MessageFilter } from '../../register/resolveMessageFilters';
import { stepColumns } from '../../register/stepRecord';
import { SDK_MESSAGE, SDK_MESSAGE_FILTER, STEP, STEP_IMAGE, STEP_STATE } from '../../webhook/registrationNames';
import { ENDPOINT_ID } from '../../webhook/webhookIdentity';
import type { WebhookStep } from '../../webhook/webhookSteps';
import { check, type CheckResult } from '../CheckResult';
import { FIX } from '../format/fixes';
import type { Read } from '../read/Read';

const G = 'webhook';
type Rows = Read<readonly ODataRecord[]>;

export interface StepInput {
  /** The registry's steps (solution/webhook/webhookSteps). */
  readonly steps: readonly WebhookStep[];
  readonly registered: Rows;
  readonly images: Rows;
  readonly messages: Rows;
  readonly messageFilters: Rows;
  /** The command that fixes the registration. */
  readonly fix: string;
}

const STAGE_NAMES: Readonly<Record<number, string>> = {
  [STAGE.preValidation]: 'pre-validation',
  [STAGE.preOperation]: 'pre-operation',
  [STAGE.postOperation]: 'post-operation',
};
const MODE_NAMES: Readonly<Record<number, string>> = {
  [MODE.synchronous]: 'synchronous',
  [MODE.asynchronous]: 'asynchronous',
};

/**
 * Every step of every plug-in in the registry: registered, enabled, on the registry's message, table, stage and mode,
 * with its filtering attributes and images — each difference listed, as `leadlink register` would change it — and
 * LeadLink steps that left the registry.
 */
export function stepChecks(input: StepInput): CheckResult[] {
  for (const read of [input.registered, input.images, input.messages, input.messageFilters]) {
    if (!read.ok) return [check(G, 'webhook.steps', 'error', 'The registered steps cannot be read', [read.error])];
  }
  const rows = input.registered.ok ? input.registered.value : [];
  const images = input.images.ok ? input.images.value : [];
  const filters = messageFilters(input);
  const results = input.steps.map((step) =>
    stepCheck(step, rows, images, filters.get(`${step.message}|${step.table}`), input.fix),
  );
  const declared = new Set(input.steps.map((s) => s.id));
  const stale = rows.filter((r) => !declared.has(String(r[STEP.id]).toLowerCase()));
  if (stale.length > 0) {
    results.push(
      check(
        G,
        'webhook.staleSteps',
        'warn',
        `${stale.length} LeadLink step${stale.length > 1 ? 's are' : ' is'} not in the registry`,
        stale.map((r) => String(r[STEP.name] ?? r[STEP.id])),
        input.fix,
      ),
    );
  }
  return results;
}

/** `<message>|<table>` → the ids a step on that event binds, from the sdkmessage and sdkmessagefilter rows read. */
function messageFilters(input: StepInput): Map<string, MessageFilter> {
  const messages = input.messages.ok ? input.messages.value : [];
  const filters = input.messageFilters.ok ? input.messageFilters.value : [];
  const out = new Map<string, MessageFilter>();
  for (const message of messages) {
    const messageId = String(message[SDK_MESSAGE.id]).toLowerCase();
    for (const filter of filters) {
      if (!sameId(filter[SDK_MESSAGE_FILTER.messageValue], messageId)) continue;
      const key = `${String(message[SDK_MESSAGE.name])}|${String(filter[SDK_MESSAGE_FILTER.table])}`;
      out.set(key, { messageId, filterId: String(filter[SDK_MESSAGE_FILTER.id]).toLowerCase() });
    }
  }
  return out;
}

function stepCheck(
  step: WebhookStep,
  rows: readonly ODataRecord[],
  images: readonly ODataRecord[],
  filter: MessageFilter | undefined,
  fix: string,
): CheckResult {
  const id = `webhook.step.${step.id}`;
  const event = `${step.message} of ${step.table}`;
  if (!filter) {
    return check(
      G,
      id,
      'fail',
      `Step '${step.name}': Dataverse has no ${event}`,
      ['the table does not exist or does not take the message'],
      FIX.importSolution,
    );
  }
  const row = rows.find((r) => sameId(r[STEP.id], step.id));
  if (!row) return check(G, id, 'fail', `Step '${step.name}' is not registered`, [], fix);
  const problems = columnDifferences(stepColumns(step), row, STEP.filteringAttributes).map(
    (d) => `${d.field}: is ${describeValue(d.current)}, the registry says ${describeValue(d.desired)}`,
  );
  if (stepBindsDiffer(row, ENDPOINT_ID, filter)) {
    const message = (row[STEP.messageNav] as ODataRecord | null | undefined)?.[SDK_MESSAGE.name];
    const table = (row[STEP.filterNav] as ODataRecord | null | undefined)?.[SDK_MESSAGE_FILTER.table];
    const endpoint = sameId(row[STEP.eventHandlerValue], ENDPOINT_ID) ? 'the LeadLink endpoint' : 'another endpoint';
    problems.push(
      `registered on ${describeValue(message)} of ${describeValue(table)} to ${endpoint}; the registry says ${event} to the LeadLink endpoint`,
    );
  }
  problems.push(...imageProblems(step, images));
  const enabled = row[STEP.state] === STEP_STATE.enabled.statecode;
  if (!enabled) problems.unshift('disabled: Dataverse sends nothing for it');
  const summary = `${event}, ${STAGE_NAMES[step.stage] ?? step.stage}, ${MODE_NAMES[step.mode] ?? step.mode}`;
  if (problems.length > 0) {
    const title =
      !enabled && problems.length === 1
        ? `Step '${step.name}' is disabled`
        : `Step '${step.name}' differs from the registry`;
    return check(G, id, 'fail', title, problems, fix);
  }
  return check(G, id, 'pass', `Step '${step.name}': enabled, ${summary}`);
}

function imageProblems(step: WebhookStep, images: readonly ODataRecord[]): string[] {
  const mine = images.filter((r) => sameId(r[STEP_IMAGE.stepValue], step.id));
  const problems: string[] = [];
  for (const image of step.images) {
    const row = mine.find((r) => sameId(r[STEP_IMAGE.id], image.id));
    if (!row) {
      problems.push(`image '${image.alias}' is missing`);
      continue;
    }
    for (const d of columnDifferences(imageColumns(image), row, STEP_IMAGE.attributes)) {
      problems.push(
        `image '${image.alias}' ${d.field}: is ${describeValue(d.current)}, the registry says ${describeValue(d.desired)}`,
      );
    }
  }
  const declared = new Set(step.images.map((i) => i.id));
  for (const row of mine) {
    if (!declared.has(String(row[STEP_IMAGE.id]).toLowerCase())) {
      problems.push(`image '${describeValue(row[STEP_IMAGE.entityAlias])}' is not in the registry`);
    }
  }
  return problems;
}
