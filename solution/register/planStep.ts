import type { DataverseClient, ODataRecord } from '../../dataverse';
import { RegistrationError } from '../errors/RegistrationError';
import { STEP, STEP_STATE } from '../webhook/registrationNames';
import { ENDPOINT_ID } from '../webhook/webhookIdentity';
import type { WebhookStep } from '../webhook/webhookSteps';
import { columnDifferences, stepBindsDiffer } from './columnDifferences';
import { changeLine } from './describeValue';
import type { PlannedChange } from './PlannedChange';
import { planImages, readImages } from './planImages';
import { eventKey, type MessageFilters } from './resolveMessageFilters';
import { retrieveOptional } from './retrieveOptional';
import { stepBinds, stepColumns } from './stepRecord';

export const STEP_COLUMNS = [
  STEP.name,
  STEP.description,
  STEP.stage,
  STEP.mode,
  STEP.rank,
  STEP.filteringAttributes,
  STEP.asyncAutoDelete,
  STEP.supportedDeployment,
  STEP.state,
  STEP.eventHandlerValue,
  STEP.messageValue,
  STEP.filterValue,
] as const;

const ENABLE_HINT = 'state: disabled (run again with --enable to enable it)';

/**
 * Creates a step or updates what differs, with its images. A new step is disabled at once and its images are added
 * before it is enabled, so no event goes out without them; an existing step keeps its state unless `enable`.
 */
export async function planStep(
  client: DataverseClient,
  step: WebhookStep,
  filters: MessageFilters,
  enable: boolean,
): Promise<PlannedChange> {
  const filter = filters.get(eventKey(step));
  if (!filter) throw new RegistrationError(`No message filter was resolved for ${eventKey(step)}.`);
  const item = { component: 'step', id: step.id, name: step.name } as const;
  const desired = stepColumns(step);
  const current = await retrieveOptional(client, STEP.set, step.id, STEP_COLUMNS);
  const setState = (state: keyof typeof STEP_STATE) => () => client.update(STEP.set, step.id, { ...STEP_STATE[state] });

  if (!current) {
    const images = planImages(client, step, []);
    const details = [
      `${step.message} of ${step.table}, stage ${step.stage}, mode ${step.mode}`,
      changeLine(STEP.filteringAttributes, null, desired[STEP.filteringAttributes]),
      enable ? 'state: enabled' : ENABLE_HINT,
    ];
    return {
      items: [{ ...item, action: 'create', details }, ...images.items],
      apply: async () => {
        await client.upsert(
          STEP.set,
          step.id,
          { ...desired, ...stepBinds(ENDPOINT_ID, filter) },
          { mode: 'createOnly' },
        );
        await setState('disabled')();
        await images.apply();
        if (enable) await setState('enabled')();
      },
    };
  }

  const changes: ODataRecord = {};
  const details: string[] = [];
  for (const difference of columnDifferences(desired, current, STEP.filteringAttributes)) {
    changes[difference.field] = difference.desired;
    details.push(changeLine(difference.field, difference.current, difference.desired));
  }
  if (stepBindsDiffer(current, ENDPOINT_ID, filter)) {
    Object.assign(changes, stepBinds(ENDPOINT_ID, filter));
    details.push(`event handler, message or table: rebound to the LeadLink endpoint, ${step.message} of ${step.table}`);
  }
  const disabled = current[STEP.state] !== STEP_STATE.enabled.statecode;
  if (enable && disabled) details.push('state: disabled → enabled');
  const images = planImages(client, step, await readImages(client, step.id));
  const fieldsChanged = Object.keys(changes).length > 0;
  const action = details.length > 0 ? 'update' : 'unchanged';
  if (!enable && disabled) details.push(ENABLE_HINT);
  return {
    items: [{ ...item, action, details }, ...images.items],
    apply: async () => {
      if (fieldsChanged) await client.update(STEP.set, step.id, changes);
      await images.apply();
      if (enable && disabled) await setState('enabled')();
    },
  };
}
