/**
 * `leadlink backfill` against the emulator: the JSON summary, the dry run's words, --force-on's warning, the exit
 * codes, Ctrl-C between requests, and flags that are wrong.
 */
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { runBackfill, type BackfillIo } from '../../../bin/commands/backfill';
import { UsageError } from '../../../bin/args';
import type { DataverseClient } from '../../../dataverse';
import type { Emulator } from '../../../emulator';
import { LEAD } from '../../../schema/names';
import { endState, orphans } from './helpers/endState';
import { TITLE_TOO_LONG_FOR_CONTACT, WITH_LONGER_LEAD_TITLE } from './helpers/refusedRecord';
import { createAll, startSweepEmulator, switchLinking } from './helpers/sweepEmulator';

interface Captured {
  readonly io: BackfillIo;
  readonly out: string[];
  readonly err: string[];
  readonly signals: EventEmitter;
}

function capture(): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const signals = new EventEmitter();
  const io: BackfillIo = {
    print: (text) => out.push(text),
    stderr: new Writable({
      write(chunk: Buffer, _encoding, done) {
        err.push(chunk.toString());
        done();
      },
    }),
    signals: {
      on: (event, listener) => signals.on(event, listener),
      off: (event, listener) => signals.off(event, listener),
    },
    exit: () => {
      throw new Error('exit was not expected');
    },
  };
  return { io, out, err, signals };
}

const leads = Array.from({ length: 40 }, (_, i) => ({
  [LEAD.lastName]: `Lead ${i}`,
  [LEAD.email]: `lead${i % 30}@contoso.com`,
}));

describe('leadlink backfill', () => {
  let emulator: Emulator;
  let admin: DataverseClient;
  let env: Record<string, string>;

  beforeEach(async () => {
    ({ emulator, admin } = await startSweepEmulator({ customizations: WITH_LONGER_LEAD_TITLE }));
    env = { DATAVERSE_URL: emulator.url };
    await createAll(admin, LEAD.set, LEAD.table, leads);
  });

  afterEach(async () => {
    admin.close();
    await emulator.stop();
  });

  it('--json prints one summary object with the counts, the requests and the time; exit 0', async () => {
    await switchLinking(admin, true);
    const { io, out } = capture();
    const mark = emulator.log.mark;
    expect(await runBackfill(['--json'], env, io)).toBe(0);
    expect(out).toHaveLength(1);
    const summary = JSON.parse(out[0] ?? '') as Record<string, unknown>;
    expect(summary).toMatchObject({
      scanned: 40,
      matched: 0,
      created: 30,
      linked: 40,
      flagsCleared: 0,
      failed: [],
      dryRun: false,
    });
    expect(summary.requests).toBe(emulator.log.entries(mark).length);
    expect(typeof summary.seconds).toBe('number');
    expect(orphans(endState(emulator))).toEqual([]);
  });

  it('--dry-run says what it would do and sends only GETs', async () => {
    await switchLinking(admin, true);
    const { io, out } = capture();
    const mark = emulator.log.mark;
    expect(await runBackfill(['--dry-run', '--partition', '0/1', '--concurrency', '2'], env, io)).toBe(0);
    expect(out.join('\n')).toContain('Dry run (partition 0/1): nothing was written. A real run would:');
    expect(out.join('\n')).toContain('Link: 40 lead(s), 0 of them to contacts that exist already');
    expect(emulator.log.entries(mark).filter((e) => e.method !== 'GET')).toEqual([]);
    expect(orphans(endState(emulator))).toHaveLength(40);
  });

  it('with the switch off links nothing and says how to force it; --force-on warns and links', async () => {
    const off = capture();
    expect(await runBackfill([], env, off.io)).toBe(0);
    expect(off.out.join('\n')).toContain('Use --force-on to link them anyway');
    expect(orphans(endState(emulator))).toHaveLength(40);

    const forced = capture();
    expect(await runBackfill(['--force-on', '--limit', '25'], env, forced.io)).toBe(0);
    expect(forced.err.join('')).toContain('WARNING: --force-on');
    expect(forced.out.join('\n')).toContain('--force-on linked leads anyway');
    expect(orphans(endState(emulator))).toHaveLength(15);
  });

  it('Ctrl-C stops between requests with exit 130; the next run finishes', async () => {
    await switchLinking(admin, true);
    const first = capture();
    const running = runBackfill(['--json'], env, first.io);
    first.signals.emit('SIGINT');
    expect(await running).toBe(130);
    expect(first.err.join('')).toContain('Stopping after the requests in flight');
    expect(JSON.parse(first.out[0] ?? '')).toMatchObject({ interrupted: true });

    const second = capture();
    expect(await runBackfill(['--json'], env, second.io)).toBe(0);
    expect(orphans(endState(emulator))).toEqual([]);
  });

  it('exits 3 when some records failed, after doing the rest', async () => {
    await switchLinking(admin, true);
    // The lead's Job Title does not fit the contact's column (helpers/refusedRecord.ts).
    await createAll(admin, LEAD.set, LEAD.table, [
      { [LEAD.lastName]: 'Yilmaz', [LEAD.email]: 'ilknur@example.com', [LEAD.jobTitle]: TITLE_TOO_LONG_FOR_CONTACT },
    ]);
    const { io, out } = capture();
    expect(await runBackfill([], env, io)).toBe(3);
    expect(out.join('\n')).toContain('Failed: 1 record(s); the rest went on:');
    expect(orphans(endState(emulator))).toHaveLength(1);
  });

  it.each([
    [['--partition', '2/2'], /--partition: The partition index i in i\/n must be from 0 to 1/],
    [['--concurrency', '0'], /--concurrency must be a whole number from 1 to 52, got '0'/],
    [['--limit', 'many'], /--limit must be a whole number from 1/],
    [['--force'], /Unknown option '--force'/],
    [['now'], /unexpected argument 'now'/],
  ])('refuses %j with a usage error that names the problem', async (argv, message) => {
    const { io } = capture();
    const error = await runBackfill(argv, env, io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });

  it('names DATAVERSE_URL when it is missing', async () => {
    const { io } = capture();
    await expect(runBackfill([], {}, io)).rejects.toThrow(/DATAVERSE_URL/);
  });
});
