import type { DataverseClient } from '../../dataverse';
import { SERVICE_ENDPOINT, STEP, STEP_IMAGE } from '../webhook/registrationNames';
import { imageName, readImages } from './planImages';
import type { PlannedChange } from './PlannedChange';
import type { RegistrationItem } from './RegistrationReport';

export interface OwnedRow {
  readonly id: string;
  readonly name: string;
  /** Why the row counts as LeadLink's, for the report. */
  readonly reason: string;
}

/**
 * Deletes steps with their images, then endpoints: images first because they belong to a step, steps before the
 * endpoint they point at.
 */
export async function planDeletions(
  client: DataverseClient,
  steps: readonly OwnedRow[],
  endpoints: readonly OwnedRow[],
): Promise<PlannedChange> {
  const items: RegistrationItem[] = [];
  const writes: (() => Promise<void>)[] = [];
  for (const step of steps) {
    for (const image of await readImages(client, step.id)) {
      const id = String(image[STEP_IMAGE.id]).toLowerCase();
      items.push({
        component: 'image',
        id,
        name: imageName(step, image[STEP_IMAGE.entityAlias]),
        action: 'delete',
        details: [],
      });
      writes.push(() => client.delete(STEP_IMAGE.set, id));
    }
    items.push({ component: 'step', id: step.id, name: step.name, action: 'delete', details: [step.reason] });
    writes.push(() => client.delete(STEP.set, step.id));
  }
  for (const endpoint of endpoints) {
    items.push({
      component: 'endpoint',
      id: endpoint.id,
      name: endpoint.name,
      action: 'delete',
      details: [endpoint.reason],
    });
    writes.push(() => client.delete(SERVICE_ENDPOINT.set, endpoint.id));
  }
  return {
    items,
    apply: async () => {
      for (const write of writes) await write();
    },
  };
}
