import { createOrphanLeadContactPlugin, POST_IMAGE } from '../../../plugins/orphanLeadContact';
import { BudgetExceededError } from '../../../plugins/common';
import { PLUGINS, pluginsFor } from '../../../plugins/registry';
import { recordingServices } from './helpers/pluginServices';
import { contactRef, webhookEvent } from './helpers/webhookEvents';

const ON = { leadlink_OrphanLeadContactCreation: true };
const orphanCreate = () =>
  webhookEvent({ message: 'Create', target: { lastname: 'Silva', emailaddress1: 'ana@example.com', statecode: 0 } });

describe('orphan-lead-contact: decisions made before any request', () => {
  it('is in the registry for lead Create and lead Update, post-operation and asynchronous', () => {
    const plugin = PLUGINS.find((p) => p.name === 'orphan-lead-contact');
    expect(plugin).toBeDefined();
    for (const message of ['Create', 'Update']) {
      expect(pluginsFor(PLUGINS, { message, table: 'lead', stage: 40 }).map((m) => m.plugin)).toContain(plugin);
    }
    const update = plugin?.steps.find((s) => s.message === 'Update');
    expect(update).toMatchObject({ mode: 1, filteringAttributes: ['parentcontactid', 'emailaddress1'] });
    expect(update?.images).toEqual([
      {
        alias: POST_IMAGE,
        type: 1,
        attributes: ['parentcontactid', 'emailaddress1', 'statecode'],
        messagePropertyName: 'Target',
      },
    ]);
  });

  it('while switched off: nothing, no request, and it says so in its answer and log', async () => {
    const r = recordingServices();
    const result = await createOrphanLeadContactPlugin().handle(orphanCreate(), r.services);
    r.close();
    expect(result).toEqual({
      outcome: 'nothing-to-do',
      detail:
        'Contact creation for orphan leads is off (environment variable leadlink_OrphanLeadContactCreation); nothing written.',
    });
    expect(r.settingsRead).toEqual(['leadlink_OrphanLeadContactCreation']);
    expect(r.requests).toEqual([]);
    expect(r.logged).toEqual(['orphan-lead-contact.switched-off']);
  });

  it('its own link write (an Update carrying the new parentcontactid) ends on the payload: no request, not even settings', async () => {
    const r = recordingServices({ flags: ON });
    const result = await createOrphanLeadContactPlugin().handle(
      webhookEvent({ message: 'Update', target: { parentcontactid: contactRef() } }),
      r.services,
    );
    r.close();
    expect(result.outcome).toBe('nothing-to-do');
    expect(r.requests).toEqual([]);
    expect(r.settingsRead).toEqual([]);
  });

  it('ignores another step’s delivery of a lead Update (statecode only)', async () => {
    const r = recordingServices({ flags: ON });
    const result = await createOrphanLeadContactPlugin().handle(
      webhookEvent({ message: 'Update', target: { statecode: 0, statuscode: 1 } }),
      r.services,
    );
    r.close();
    expect(result).toEqual({
      outcome: 'nothing-to-do',
      detail: expect.stringMatching(/^Not an event of this plug-in/),
    });
    expect(r.requests).toEqual([]);
  });

  it('with no time left, throws BudgetExceededError before sending anything', async () => {
    const r = recordingServices({ flags: ON, deadlineInMs: -1 });
    await expect(createOrphanLeadContactPlugin().handle(orphanCreate(), r.services)).rejects.toBeInstanceOf(
      BudgetExceededError,
    );
    r.close();
    expect(r.requests).toEqual([]);
  });
});
