/**
 * The interaction plug-in called directly with a RemoteExecutionContext, against the emulator: it takes the contact
 * from the Target, reads the interaction when Dataverse dropped the Target (payload over 256 KB), has nothing to do
 * for a vanished interaction, and fails loudly on a bad scoring model.
 */
import { DataverseClient } from '../../../dataverse';
import type { RemoteExecutionContext } from '../../../dataverse/webhook';
import { Emulator } from '../../../emulator';
import { interactionScoredPlugin } from '../../../plugins/interactionScored';
import { systemClock } from '../../../plugins/groupCommit';
import type { PluginServices } from '../../../plugins/Plugin';
import { DataverseEnvironmentSettings } from '../../../plugins/settings/DataverseEnvironmentSettings';
import { DEFAULT_SCORING_MODEL, ScoringModelError } from '../../../plugins/scoring';
import { ENV_VARS } from '../../../schema/environmentVariables';
import { INTERACTION, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { LEAD } from '../../../schema/names';
import { setEnvironmentVariable } from '../../support/registerSteps';
import { createPeople, interactionRow, interactionsFor, type Person } from './helpers/people';

const NOW = new Date('2026-05-10T12:00:00Z');

function context(interactionId: string, target: RemoteExecutionContext['target']): RemoteExecutionContext {
  return {
    messageName: 'Create',
    primaryEntityName: INTERACTION.table,
    primaryEntityId: interactionId,
    stage: 40,
    mode: 1,
    depth: 1,
    correlationId: '00000000-0000-0000-0000-000000000001',
    requestId: null,
    operationId: '00000000-0000-0000-0000-000000000002',
    organizationId: '00000000-0000-0000-0000-000000000003',
    organizationName: 'test',
    userId: '00000000-0000-0000-0000-000000000004',
    initiatingUserId: '00000000-0000-0000-0000-000000000004',
    businessUnitId: '00000000-0000-0000-0000-000000000005',
    operationCreatedOn: NOW,
    isInTransaction: false,
    ...(target ? { target } : {}),
    inputParameters: {},
    outputParameters: {},
    sharedVariables: {},
    preEntityImages: {},
    postEntityImages: {},
    sizeExceeded: target === undefined,
  };
}

describe('interaction-scored plug-in', () => {
  let emulator: Emulator;
  let client: DataverseClient;
  let services: PluginServices;
  let people: Person[];

  beforeAll(async () => {
    emulator = await new Emulator({ seed: 'empty', customizations: LEADLINK_CUSTOMIZATIONS }).start();
    client = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
    const silent = { info() {}, warn() {}, error() {} };
    services = {
      dataverse: client,
      settings: new DataverseEnvironmentSettings(client, Date.now, 0),
      log: silent,
      now: () => NOW,
      deadline: Date.now() + 45_000,
    };
    people = await createPeople(client, 2);
  });
  afterAll(async () => {
    client.close();
    await emulator.stop();
  });

  const write = async (person: Person, prefix: string) => {
    const [item] = interactionsFor([person], 1, NOW, prefix);
    if (!item) throw new Error('no item');
    return client.create(INTERACTION.entitySet, { ...interactionRow(item), [INTERACTION.type]: 742100003 });
  };
  const score = async (person: Person) => (await client.retrieve(LEAD.set, person.leadId))[LEAD_SCORE_COLUMNS.score];

  it("rescores the Target's contact's leads", async () => {
    const [ann] = people as [Person];
    const id = await write(ann, 'target');
    const target = {
      kind: 'entity' as const,
      logicalName: INTERACTION.table,
      id,
      attributes: {
        [INTERACTION.contact]: { kind: 'reference' as const, id: ann.contactId.toUpperCase(), logicalName: 'contact' },
      },
      formattedValues: {},
      keyAttributes: {},
    };
    const result = await interactionScoredPlugin.handle(context(id, target), services);
    expect(result).toMatchObject({ outcome: 'done', counts: { scored: 1, changed: 1 } });
    expect(await score(ann)).toBeGreaterThan(0);
    // Once more: the same result, nothing written.
    expect(await interactionScoredPlugin.handle(context(id, target), services)).toMatchObject({
      outcome: 'nothing-to-do',
      counts: { changed: 0 },
    });
  });

  it('reads the interaction by id when the Target was dropped for size', async () => {
    const [, bob] = people as [Person, Person];
    const id = await write(bob, 'big');
    const result = await interactionScoredPlugin.handle(context(id, undefined), services);
    expect(result).toMatchObject({ outcome: 'done', counts: { scored: 1, changed: 1 } });
    expect(await score(bob)).toBeGreaterThan(0);
  });

  it('has nothing to do when the interaction is gone', async () => {
    const result = await interactionScoredPlugin.handle(
      context('00000000-0000-0000-0000-0000000000ff', undefined),
      services,
    );
    expect(result).toEqual({
      outcome: 'nothing-to-do',
      detail: 'The interaction has no contact (or no longer exists).',
    });
  });

  it('rescores interactions that arrive together as one group: each answered, every lead rescored, fewer requests', async () => {
    const crowd = await createPeople(client, 12, 'Group webinar');
    const targetOf = (person: Person, id: string) => ({
      kind: 'entity' as const,
      logicalName: INTERACTION.table,
      id,
      attributes: {
        [INTERACTION.contact]: { kind: 'reference' as const, id: person.contactId, logicalName: 'contact' },
      },
      formattedValues: {},
      keyAttributes: {},
    });
    const ids = await Promise.all(crowd.map((person, i) => write(person, `group-${i}`)));
    // All at once: the first runs alone, at once; the others wait behind it and go as one group.
    const grouped: PluginServices = {
      ...services,
      grouping: { settings: { maxSize: 100, maxWaitMs: 50 }, clock: systemClock },
    };
    const mark = emulator.log.mark;
    const results = await Promise.all(
      crowd.map((person, i) =>
        interactionScoredPlugin.handle(context(ids[i] ?? '', targetOf(person, ids[i] ?? '')), grouped),
      ),
    );
    const groupedRequests = emulator.log.entries(mark).length;
    expect(results.every((r) => r.outcome === 'done')).toBe(true);
    for (const person of crowd) expect(await score(person)).toBeGreaterThan(0);
    // The same work one interaction at a time costs each interaction's reads and writes again.
    const more = await Promise.all(crowd.map((person, i) => write(person, `alone-${i}`)));
    const aloneMark = emulator.log.mark;
    for (const [i, person] of crowd.entries()) {
      await interactionScoredPlugin.handle(context(more[i] ?? '', targetOf(person, more[i] ?? '')), services);
    }
    const aloneRequests = emulator.log.entries(aloneMark).length;
    expect(groupedRequests * 3).toBeLessThan(aloneRequests);
  });

  it('fails with the validator message when the scoring model is not valid and none was valid before', async () => {
    const [ann] = people as [Person];
    await setEnvironmentVariable(
      client,
      ENV_VARS.scoringModel,
      JSON.stringify({ ...DEFAULT_SCORING_MODEL, rules: 'all of them' }),
    );
    const id = await write(ann, 'bad-model');
    const before = await client.retrieve(LEAD.set, ann.leadId);
    // A new process: its model reader has no valid model to keep.
    const fresh: PluginServices = { ...services, settings: new DataverseEnvironmentSettings(client, Date.now, 0) };
    const run = interactionScoredPlugin.handle(context(id, undefined), fresh);
    await expect(run).rejects.toThrow(ScoringModelError);
    await expect(interactionScoredPlugin.handle(context(id, undefined), fresh)).rejects.toThrow(
      'leadlink_ScoringModel: The scoring model is not valid:\n- rules: must be a list',
    );
    expect(await client.retrieve(LEAD.set, ann.leadId)).toEqual(before);
  });
});
