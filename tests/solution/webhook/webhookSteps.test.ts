import type { Plugin } from '../../../plugins/Plugin';
import type { StepRegistration } from '../../../plugins/types';
import { StepDeclarationError } from '../../../solution/errors/StepDeclarationError';
import { imageId } from '../../../solution/webhook/webhookIdentity';
import { webhookSteps } from '../../../solution/webhook/webhookSteps';
import { FIXTURE_STEP_IDS, fixturePlugins } from '../helpers/fixturePlugins';

const base: StepRegistration = {
  message: 'Update',
  table: 'lead',
  stage: 40,
  mode: 1,
  filteringAttributes: [],
  images: [],
  stepId: '11111111-2222-4333-8444-555555555555',
};

function withStep(step: Partial<StepRegistration>, name = 'bad-plugin'): Plugin[] {
  return [{ ...(fixturePlugins()[0] as Plugin), name, steps: [{ ...base, ...step }] }];
}

describe('webhookSteps', () => {
  it('derives names, sorted column lists and image ids from the registry', () => {
    const steps = webhookSteps(fixturePlugins());
    expect(steps.map((s) => s.name)).toEqual([
      'LeadLink: fixture-lead-created: Create of lead',
      'LeadLink: fixture-lead-updated: Update of lead',
      'LeadLink: fixture-interaction-created: Create of leadlink_interaction',
    ]);
    const updated = steps[1];
    expect(updated?.filteringAttributes).toEqual(['parentcontactid', 'statecode']);
    expect(steps[0]?.images).toEqual([
      {
        id: imageId(FIXTURE_STEP_IDS.leadCreated, 'PostImage'),
        alias: 'PostImage',
        type: 1,
        messagePropertyName: 'Id',
        attributes: ['emailaddress1', 'subject'],
      },
    ]);
    // Ids are stable: the same input gives the same image id, another alias another one.
    expect(imageId(FIXTURE_STEP_IDS.leadCreated, 'PostImage')).toBe(
      imageId(FIXTURE_STEP_IDS.leadCreated.toUpperCase(), 'PostImage'),
    );
    expect(imageId(FIXTURE_STEP_IDS.leadCreated, 'PreImage')).not.toBe(
      imageId(FIXTURE_STEP_IDS.leadCreated, 'PostImage'),
    );
  });

  it.each<[string, Partial<StepRegistration>, string]>([
    ['a stepId that is not a GUID', { stepId: 'step-1' }, "stepId 'step-1' is not a GUID"],
    ['a stepId in upper case', { stepId: '11111111-2222-4333-8444-55555555555A' }, 'must be written in lower case'],
    [
      'an asynchronous pre-operation step',
      { stage: 20 },
      'asynchronous steps can only be registered at post-operation',
    ],
    [
      'filtering attributes on Create',
      { message: 'Create', filteringAttributes: ['subject'] },
      'filtering attributes apply to Update steps only',
    ],
    [
      'a bad column name',
      { filteringAttributes: ['Subject Line'] },
      "filtering attribute 'Subject Line' is not a column logical name",
    ],
    [
      'a pre image on Create',
      { message: 'Create', images: [{ alias: 'Pre', type: 0, attributes: [], messagePropertyName: 'Id' }] },
      'a Create step can only have a post image',
    ],
    [
      'a post image on Delete',
      { message: 'Delete', images: [{ alias: 'Post', type: 1, attributes: [], messagePropertyName: 'Target' }] },
      'a Delete step can only have a pre image',
    ],
    [
      'the wrong image property',
      { images: [{ alias: 'Pre', type: 0, attributes: [], messagePropertyName: 'Id' }] },
      "must take messagePropertyName 'Target' for Update",
    ],
    [
      'two images with one alias',
      {
        images: [
          { alias: 'Pre', type: 0, attributes: [], messagePropertyName: 'Target' },
          { alias: 'Pre', type: 2, attributes: [], messagePropertyName: 'Target' },
        ],
      },
      "two images have the alias 'Pre'",
    ],
  ])('refuses %s, naming the plug-in', (_what, step, message) => {
    expect(() => webhookSteps(withStep(step))).toThrow(StepDeclarationError);
    expect(() => webhookSteps(withStep(step))).toThrow(`Plug-in 'bad-plugin': `);
    expect(() => webhookSteps(withStep(step))).toThrow(message);
  });

  it('refuses two steps with one id, and a plug-in name that is not kebab-case', () => {
    const twice = [...withStep({}, 'first'), ...withStep({}, 'second')];
    expect(() => webhookSteps(twice)).toThrow(
      "Plug-in 'second': stepId 11111111-2222-4333-8444-555555555555 is already used by a step of 'first'",
    );
    expect(() => webhookSteps(withStep({}, 'Bad Name'))).toThrow('must be kebab-case');
  });
});
