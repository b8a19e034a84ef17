import type { Plugin, PluginResult } from '../../../plugins/Plugin';
import { IMAGE_TYPE, MODE, STAGE } from '../../../plugins/types';
import type { RemoteExecutionContext } from '../../../dataverse/webhook';

/** Fixed step ids of the fixture plug-ins. */
export const FIXTURE_STEP_IDS = {
  leadCreated: '5b0f6a51-6e0c-4c55-9a38-2f3f7c1d0a01',
  leadUpdated: '5b0f6a51-6e0c-4c55-9a38-2f3f7c1d0a02',
  interactionCreated: '5b0f6a51-6e0c-4c55-9a38-2f3f7c1d0a03',
} as const;

/** What the fixture plug-ins saw, in order. */
export interface FixtureRun {
  readonly plugin: string;
  readonly message: string;
  readonly table: string;
  readonly recordId: string;
}

/** Three plug-ins shaped like LeadLink's: lead Create with a post image, lead Update with filters and a pre image, interaction Create. */
export function fixturePlugins(runs: FixtureRun[] = []): Plugin[] {
  const handle =
    (plugin: string) =>
    async (context: RemoteExecutionContext): Promise<PluginResult> => {
      runs.push({
        plugin,
        message: context.messageName,
        table: context.primaryEntityName,
        recordId: context.primaryEntityId,
      });
      return { outcome: 'done', detail: 'recorded' };
    };
  return [
    {
      name: 'fixture-lead-created',
      description: 'Fixture: runs on every new lead.',
      steps: [
        {
          message: 'Create',
          table: 'lead',
          stage: STAGE.postOperation,
          mode: MODE.asynchronous,
          filteringAttributes: [],
          images: [
            {
              alias: 'PostImage',
              type: IMAGE_TYPE.post,
              attributes: ['subject', 'emailaddress1'],
              messagePropertyName: 'Id',
            },
          ],
          stepId: FIXTURE_STEP_IDS.leadCreated,
        },
      ],
      handle: handle('fixture-lead-created'),
    },
    {
      name: 'fixture-lead-updated',
      description: 'Fixture: runs when a lead changes parent contact or state.',
      steps: [
        {
          message: 'Update',
          table: 'lead',
          stage: STAGE.postOperation,
          mode: MODE.asynchronous,
          filteringAttributes: ['statecode', 'parentcontactid'],
          images: [
            { alias: 'PreImage', type: IMAGE_TYPE.pre, attributes: ['parentcontactid'], messagePropertyName: 'Target' },
          ],
          stepId: FIXTURE_STEP_IDS.leadUpdated,
        },
      ],
      handle: handle('fixture-lead-updated'),
    },
    {
      name: 'fixture-interaction-created',
      description: 'Fixture: runs on every new interaction.',
      steps: [
        {
          message: 'Create',
          table: 'leadlink_interaction',
          stage: STAGE.postOperation,
          mode: MODE.asynchronous,
          filteringAttributes: [],
          images: [],
          stepId: FIXTURE_STEP_IDS.interactionCreated,
        },
      ],
      handle: handle('fixture-interaction-created'),
    },
  ];
}
