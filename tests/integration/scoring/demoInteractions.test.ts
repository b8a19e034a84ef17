/**
 * The demo environment with its interactions, scored by `leadlink rescore` with the default model: hot, warm and
 * cold leads, as `npm start` should show them.
 */
import { PassThrough } from 'node:stream';
import { EventEmitter } from 'node:events';
import { runRescore } from '../../../bin/commands/rescore';
import { DataverseClient } from '../../../dataverse';
import { Emulator, emulatorId } from '../../../emulator';
import { DEMO_INTERACTIONS, seedDemoInteractions } from '../../../emulator/seed/demoInteractions';
import { INTERACTION, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { LEAD } from '../../../schema/names';

describe('demo interactions', () => {
  let emulator: Emulator;
  let client: DataverseClient;

  beforeAll(async () => {
    emulator = await new Emulator({ seed: 'demo', customizations: LEADLINK_CUSTOMIZATIONS }).start();
    client = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
  });
  afterAll(async () => {
    client.close();
    await emulator.stop();
  });

  it('seeds every interaction for an existing demo contact, and nothing without the interaction table', async () => {
    // The demo seed writes them; seeding the same rows again is refused by their ids.
    expect(() => seedDemoInteractions(emulator.ctx)).toThrow(/matching key values/);
    const rows = await client.queryAll(INTERACTION.entitySet, {
      select: [INTERACTION.sourceId, `_${INTERACTION.contact}_value`],
    });
    expect(rows).toHaveLength(DEMO_INTERACTIONS.length);
    const bare = new Emulator({ seed: 'demo' });
    expect(seedDemoInteractions(bare.ctx)).toBe(0);
  });

  it('gives hot, warm and cold leads once rescored with the default model', async () => {
    const printed: string[] = [];
    const code = await runRescore(
      ['--json'],
      { DATAVERSE_URL: emulator.url },
      {
        print: (text) => printed.push(text),
        progress: new PassThrough(),
        signals: new EventEmitter(),
      },
    );
    expect(code).toBe(0);
    const grade = async (key: string) =>
      (await client.retrieve(LEAD.set, emulatorId(`lead:${key}`), { select: [LEAD_SCORE_COLUMNS.grade] }))[
        LEAD_SCORE_COLUMNS.grade
      ];
    expect(await grade('conf-nancy')).toBe('Hot');
    expect(await grade('pricing-nancy')).toBe('Hot');
    for (const key of ['conf-anne', 'demo-margaret', 'conf-michael']) expect(await grade(key)).toBe('Warm');
    for (const key of ['conf-andrew', 'conf-janet', 'conf-steven', 'conf-laura', 'orphan-linh'])
      expect(await grade(key)).toBe('Cold');
    const salesReady = await client.queryAll(LEAD.set, {
      select: [LEAD.id],
      filter: `${LEAD_SCORE_COLUMNS.salesReady} eq true`,
    });
    expect(salesReady.map((row) => row[LEAD.id]).sort()).toEqual(
      [emulatorId('lead:conf-nancy'), emulatorId('lead:pricing-nancy')].sort(),
    );
  });
});
