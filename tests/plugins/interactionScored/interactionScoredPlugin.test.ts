import { interactionScoredPlugin } from '../../../plugins/interactionScored';
import { PLUGINS, pluginsFor } from '../../../plugins/registry';
import { MODE, STAGE } from '../../../plugins/types';

describe('the interaction-scored plug-in', () => {
  it('is registered for Create of leadlink_interaction, post-operation and asynchronous', () => {
    expect(interactionScoredPlugin.steps).toEqual([
      expect.objectContaining({
        message: 'Create',
        table: 'leadlink_interaction',
        stage: STAGE.postOperation,
        mode: MODE.asynchronous,
        filteringAttributes: [],
      }),
    ]);
  });

  it('is in the registry, so the webhook dispatches interaction creates to it', () => {
    expect(PLUGINS).toContain(interactionScoredPlugin);
    const matched = pluginsFor(PLUGINS, { message: 'Create', table: 'leadlink_interaction', stage: 40 });
    expect(matched.map((m) => m.plugin.name)).toEqual(['interaction-scored']);
    expect(pluginsFor(PLUGINS, { message: 'Update', table: 'leadlink_interaction', stage: 40 })).toEqual([]);
  });

  it('has a step id of its own', () => {
    const ids = PLUGINS.flatMap((plugin) => plugin.steps.map((step) => step.stepId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(interactionScoredPlugin.steps[0]?.stepId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });
});
