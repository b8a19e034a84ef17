/**
 * `leadlink rescore` against the emulator: pages through every open lead with progress, writes only what changed,
 * stops cleanly on Ctrl-C with a resume point, picks up from it, and refuses a bad model before writing anything.
 */
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { runRescore, type RescoreIo } from '../../../bin/commands/rescore';
import { UsageError } from '../../../bin/args';
import { INTERACTION, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { LEAD } from '../../../schema/names';
import { DEFAULT_SCORING_MODEL } from '../../../plugins/scoring';
import { createPeople, interactionRow, interactionsFor } from './helpers/people';
import { ScoringHarness } from './helpers/ScoringHarness';

interface Captured {
  readonly io: RescoreIo;
  readonly printed: string[];
  readonly progress: () => string;
  readonly signals: EventEmitter;
}

function capture(): Captured {
  const printed: string[] = [];
  const stream = new PassThrough();
  let progress = '';
  stream.on('data', (chunk: Buffer) => (progress += chunk.toString('utf8')));
  const signals = new EventEmitter();
  return {
    io: { print: (text) => printed.push(text), progress: stream, signals },
    printed,
    progress: () => progress,
    signals,
  };
}

describe('leadlink rescore', () => {
  let h: ScoringHarness;
  let env: Record<string, string>;
  const scoredLeads = async () =>
    (await h.admin.queryAll(LEAD.set, { select: [LEAD.id], filter: `${LEAD_SCORE_COLUMNS.scoredOn} ne null` })).length;

  beforeAll(async () => {
    h = await ScoringHarness.start();
    env = { DATAVERSE_URL: h.emulator.url };
    // 1,200 leads: three pages of 500. Their contacts' interactions go straight into Dataverse (no plug-in runs).
    for (let batch = 0; batch < 3; batch += 1) {
      const people = await createPeople(h.admin, 400, `Batch ${batch}`);
      const items = interactionsFor(people, 2, new Date(), `cli-${batch}`);
      await h.admin.createMultiple(INTERACTION.entitySet, INTERACTION.table, items.map(interactionRow));
    }
  });
  afterAll(() => h.stop());

  it('refuses a bad scoring model with the validator message and writes nothing', async () => {
    await h.setModel('{"rules": []');
    try {
      await expect(runRescore([], env, capture().io)).rejects.toThrow(
        /^web resource 'leadlink_\/scoring\/model\.json': The scoring model is not valid:\n- not valid JSON at line 1, column 13/,
      );
      expect(await scoredLeads()).toBe(0);
    } finally {
      await h.setModel(JSON.stringify(DEFAULT_SCORING_MODEL));
    }
  });

  it('stops after the page in progress on Ctrl-C and resumes from where it stopped', async () => {
    const first = capture();
    const running = runRescore(['--json'], env, first.io);
    first.signals.emit('SIGINT');
    expect(await running).toBe(130);
    const stopped = JSON.parse(first.printed.join('\n')) as {
      completed: boolean;
      scored: number;
      changed: number;
      lastLeadId: string;
    };
    expect(stopped).toMatchObject({ completed: false, scored: 500, changed: 500 });
    expect(await scoredLeads()).toBe(500);
    expect(first.progress()).toBe('rescored 500/1200 open leads\n');

    const rest = capture();
    expect(await runRescore(['--after', stopped.lastLeadId], env, rest.io)).toBe(0);
    expect(rest.printed.join('\n')).toMatch(/^Rescored 700 open lead\(s\): 700 changed, /);
    expect(rest.progress()).toBe('rescored 500 open leads\nrescored 700 open leads\n');
    expect(await scoredLeads()).toBe(1200);
  });

  it('rescores everything again without writing a lead whose score did not change', async () => {
    const mark = h.emulator.log.mark;
    const again = capture();
    expect(await runRescore(['--json'], env, again.io)).toBe(0);
    expect(JSON.parse(again.printed.join('\n'))).toMatchObject({ completed: true, scored: 1200, failures: [] });
    expect(again.progress()).toBe(
      'rescored 500/1200 open leads\nrescored 1000/1200 open leads\nrescored 1200/1200 open leads\n',
    );
    // The clock moved by a second or so: decay may tip a rounding here and there, nothing more.
    const summary = JSON.parse(again.printed.join('\n')) as { changed: number };
    expect(summary.changed).toBeLessThanOrEqual(5);
    // Three pages, each one lead query and a few interaction queries, and at most one bulk write.
    expect(h.emulator.log.entries(mark).length).toBeLessThanOrEqual(40);
  });

  it('says what is wrong with its flags', async () => {
    await expect(runRescore(['--after', 'lead-7'], env, capture().io)).rejects.toThrow(UsageError);
    await expect(runRescore(['--after', 'lead-7'], env, capture().io)).rejects.toThrow(
      "--after must be a lead id (a GUID), got 'lead-7'.",
    );
    await expect(runRescore(['--jsn'], env, capture().io)).rejects.toThrow(/--jsn/);
  });
});
