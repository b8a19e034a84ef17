import type { DataverseClient, ODataRecord } from '../../dataverse';
import { STEP_IMAGE } from '../webhook/registrationNames';
import type { WebhookStep } from '../webhook/webhookSteps';
import { columnDifferences } from './columnDifferences';
import { changeLine, describeValue } from './describeValue';
import { imageColumns, imageCreateBody } from './imageRecord';
import type { PlannedChange } from './PlannedChange';
import type { RegistrationItem } from './RegistrationReport';

export const IMAGE_COLUMNS = [
  STEP_IMAGE.id,
  STEP_IMAGE.name,
  STEP_IMAGE.entityAlias,
  STEP_IMAGE.imageType,
  STEP_IMAGE.messagePropertyName,
  STEP_IMAGE.attributes,
] as const;

/** The images registered on a step now. */
export function readImages(client: DataverseClient, stepId: string): Promise<ODataRecord[]> {
  return client.queryAll(STEP_IMAGE.set, { select: IMAGE_COLUMNS, filter: `${STEP_IMAGE.stepValue} eq ${stepId}` });
}

export function imageName(step: Pick<WebhookStep, 'name'>, alias: unknown): string {
  return `${step.name} / ${describeValue(alias)}`;
}

/**
 * Brings a step's images to the registry's: deletes images that are not declared (first, so an alias is free again),
 * updates changed ones, creates missing ones. `current` is empty for a step that does not exist yet.
 */
export function planImages(client: DataverseClient, step: WebhookStep, current: readonly ODataRecord[]): PlannedChange {
  const items: RegistrationItem[] = [];
  const writes: (() => Promise<unknown>)[] = [];
  const desiredIds = new Set(step.images.map((i) => i.id));
  for (const row of current) {
    const id = String(row[STEP_IMAGE.id]).toLowerCase();
    if (desiredIds.has(id)) continue;
    items.push({
      component: 'image',
      id,
      name: imageName(step, row[STEP_IMAGE.entityAlias]),
      action: 'delete',
      details: ['not in the registry'],
    });
    writes.push(() => client.delete(STEP_IMAGE.set, id));
  }
  for (const image of step.images) {
    const row = current.find((r) => String(r[STEP_IMAGE.id]).toLowerCase() === image.id);
    const item = { component: 'image', id: image.id, name: imageName(step, image.alias) } as const;
    const desired = imageColumns(image);
    if (!row) {
      const details = [changeLine(STEP_IMAGE.attributes, null, desired[STEP_IMAGE.attributes] ?? 'all columns')];
      items.push({ ...item, action: 'create', details });
      writes.push(() =>
        client.upsert(STEP_IMAGE.set, image.id, imageCreateBody(image, step.id), { mode: 'createOnly' }),
      );
      continue;
    }
    const changes: ODataRecord = {};
    const details: string[] = [];
    for (const difference of columnDifferences(desired, row, STEP_IMAGE.attributes)) {
      changes[difference.field] = difference.desired;
      details.push(changeLine(difference.field, difference.current, difference.desired));
    }
    items.push({ ...item, action: details.length > 0 ? 'update' : 'unchanged', details });
    if (details.length > 0) writes.push(() => client.update(STEP_IMAGE.set, image.id, changes));
  }
  return {
    items,
    apply: async () => {
      for (const write of writes) await write();
    },
  };
}
