/**
 * `leadlink segment` against the emulator (demo data): a readable preview with a small table, JSON on request, the
 * flags as an alternative to a file, `create` twice making one list, and errors that name the bad part.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../../../bin/args';
import { runSegment } from '../../../bin/commands/segment';
import { Emulator } from '../../../emulator';
import { LIST } from '../../../plugins/segments';
import { get, rowsOf } from '../emulator/helpers/http';
import { SEGMENTS_FOLDER } from './helpers/client';

const SEED_FILE = path.join(SEGMENTS_FOLDER, 'contoso-conference-decision-makers.json');

let emu: Emulator;
beforeAll(async () => {
  emu = await new Emulator({ seed: 'demo' }).start();
});
afterAll(() => emu.stop());

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSegment(
    argv,
    { DATAVERSE_URL: emu.url },
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

it('prints a readable preview: the count, a table of contacts, and the exclusions', async () => {
  const { code, out } = await run('preview', SEED_FILE);
  expect(code).toBe(0);
  const lines = out.split('\n');
  expect(lines[0]).toBe('Segment "Contoso Ltd Conference decision makers": 3 contacts (7 before exclusions)');
  expect(out).toMatch(/^ {2}# {2}Name {12}Email$/m);
  expect(out).toMatch(/^ {2}1 {2}Anne Dodsworth {2}anne\.dodsworth@contoso\.example\.com$/m);
  expect(out).toMatch(/^ {2}3 {2}Nancy Davolio {3}nancy\.davolio@contoso\.example\.com$/m);
  expect(out).toMatch(/^ {2}contacts who do not allow bulk email \(donotbulkemail = true\) +1 +1$/m);
  expect(out).toMatch(/minors without parental consent .* +1 +1$/m);
});

it('prints JSON with --json, and takes flags instead of a file', async () => {
  const json = await run('preview', SEED_FILE, '--json');
  expect(JSON.parse(json.out)).toMatchObject({ count: 3, countBeforeExclusions: 7 });
  const flags = await run(
    'preview',
    '--lead',
    'subject=Contoso Ltd Conference',
    '--contact',
    'accountrolecode=Decision Maker',
    '--include',
    'doNotBulkEmail',
    '--json',
  );
  const preview = JSON.parse(flags.out) as { count: number; contacts: { fullName: string }[]; notExcluded: string[] };
  expect(preview.contacts.map((c) => c.fullName)).toEqual([
    'Anne Dodsworth',
    'Janet Leverling',
    'Michael Suyama',
    'Nancy Davolio',
  ]);
  expect(preview.notExcluded).toEqual(['doNotBulkEmail']);
});

it('names the file and every bad part of a definition', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'leadlink-segment-'));
  const file = path.join(dir, 'bad.json');
  writeFileSync(
    file,
    JSON.stringify({
      lead: { conditions: [{ column: 'subject', operator: 'equals', value: 'x' }] },
      contact: { type: 'xor', conditions: [] },
    }),
  );
  const { code, err } = await run('preview', file);
  expect(code).toBe(1);
  expect(err).toContain(`${file}: The segment definition is not valid:`);
  expect(err).toMatch(/- lead\.conditions\[0\]\.operator: 'equals' is not a FetchXML operator/);
  expect(err).toMatch(/- contact\.type: expected "and" or "or", got "xor"/);

  const fromFlags = await run('preview', '--lead', 'subjet=Contoso');
  expect(fromFlags.err).toMatch(
    /The flags: .*--lead "subjet=Contoso": 'subjet' is not a column of lead \(close names: subject\)/s,
  );

  const notJson = path.join(dir, 'broken.json');
  writeFileSync(notJson, '{"lead": ');
  expect((await run('preview', notJson)).err).toMatch(/\(file\): not valid JSON/);
});

it('rejects command-line mistakes with a usage error', async () => {
  await expect(run('show', SEED_FILE)).rejects.toThrow(UsageError);
  await expect(run('preview')).rejects.toThrow(/give a segment FILE/);
  await expect(run('preview', SEED_FILE, '--lead', 'subject=x')).rejects.toThrow(/not both/);
  await expect(run('preview', SEED_FILE, '--static')).rejects.toThrow(/--static goes with create/);
  await expect(run('preview', path.join(SEGMENTS_FOLDER, 'no-such.json'))).rejects.toThrow(/no such file/);
});

it('creates the list once: a second create finds it, and says so', async () => {
  const first = await run('create', SEED_FILE, '--name', 'CLI conference list');
  expect(first.code).toBe(0);
  expect(first.out).toMatch(/^Created the dynamic marketing list "CLI conference list" \([0-9a-f-]{36}\)\.$/);
  const second = await run('create', SEED_FILE, '--name', 'CLI conference list');
  expect(second.out).toMatch(/^Found the dynamic marketing list "CLI conference list" .* already current\.$/);
  const lists = rowsOf(await get(emu, `${LIST.set}?$filter=${LIST.name} eq 'CLI conference list'`));
  expect(lists).toHaveLength(1);

  const asStatic = await run('create', SEED_FILE, '--name', 'CLI static list', '--static');
  expect(asStatic.out).toMatch(/Members: 3 \(added 3, removed 0\)\.$/);
  const wrongType = await run('create', SEED_FILE, '--name', 'CLI static list');
  expect(wrongType.code).toBe(1);
  expect(wrongType.err).toMatch(/is static; Dataverse fixes a list's type/);
});
