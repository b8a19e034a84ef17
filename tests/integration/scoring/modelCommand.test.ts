/**
 * `leadlink model validate|upload|download` against the emulator: a file is checked with every problem named, an
 * upload says what it did (and changes nothing for a bad model), a download writes the model in force.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runModel } from '../../../bin/commands/model';
import { importEnvironmentVariables } from '../../../bin/start/importEnvironmentVariables';
import { importWebResources } from '../../../bin/start/importWebResources';
import { UsageError } from '../../../bin/args';
import { DataverseClient } from '../../../dataverse';
import { Emulator } from '../../../emulator';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { LARGE_MODEL, LARGE_MODEL_TEXT } from './helpers/largeModel';

let emulator: Emulator;
let admin: DataverseClient;
let folder: string;
let env: { DATAVERSE_URL: string };

beforeAll(async () => {
  emulator = await new Emulator({ seed: 'empty', customizations: LEADLINK_CUSTOMIZATIONS }).start();
  admin = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
  await importWebResources(admin);
  await importEnvironmentVariables(admin);
  env = { DATAVERSE_URL: emulator.url };
  folder = mkdtempSync(join(tmpdir(), 'leadlink-model-'));
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  admin.close();
  await emulator.stop();
});

function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runModel(
    argv,
    env,
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

it('validates a file: a summary when valid, every problem when not', async () => {
  const good = await run('validate', file('good.json', LARGE_MODEL_TEXT));
  expect(good.code).toBe(0);
  expect(good.out).toMatch(
    /good\.json: valid\. 48 behaviour rules, 2 field rules, 3 grades; sales-ready at 60; labels in 1033, 1028, 1066, 1031\. \d+ characters: too long for leadlink_ScoringModel \(at most 2000\); fine for a web resource\./,
  );
  const bad = await run('validate', file('bad.json', '{"rules": [], "grades": [{"name": "All", "min": 5}]}'));
  expect(bad.code).toBe(1);
  expect(bad.err).toBe(
    `${join(folder, 'bad.json')}: The scoring model is not valid:\n- salesReadyScore: is required\n- grades: the lowest grade, All, starts at 5, so scores 0–4 have no grade`,
  );
});

it('uploads: a dry run writes nothing, then the model is written, published and named', async () => {
  const path = file('model.json', LARGE_MODEL_TEXT);
  const mark = emulator.log.mark;
  const dry = await run('upload', path, '--dry-run');
  expect(dry.code).toBe(0);
  expect(dry.out.split('\n')[0]).toBe(
    "Would be: web resource 'leadlink_/scoring/model.json' created; leadlink_ScoringModelWebResource set to 'leadlink_/scoring/model.json'.",
  );
  expect(emulator.log.entries(mark).every((entry) => entry.method === 'GET')).toBe(true);
  const done = await run('upload', path);
  expect(done.code).toBe(0);
  expect(done.out).toContain(
    "web resource 'leadlink_/scoring/model.json' created and published; leadlink_ScoringModelWebResource set to 'leadlink_/scoring/model.json'.",
  );
  expect(done.out).toContain('The functions use it within a minute.');
});

it('refuses to upload a bad model and changes nothing', async () => {
  const mark = emulator.log.mark;
  const refused = await run('upload', file('worse.json', JSON.stringify({ ...LARGE_MODEL, grades: [] })));
  expect(refused.code).toBe(1);
  expect(refused.err).toMatch(/worse\.json: The scoring model is not valid:\n- grades: must not be empty/);
  expect(emulator.log.entries(mark)).toEqual([]);
});

it('downloads the model in force', async () => {
  const target = join(folder, 'in-force.json');
  const result = await run('download', target);
  expect(result.code).toBe(0);
  expect(readFileSync(target, 'utf8')).toBe(LARGE_MODEL_TEXT);
  expect(result.err).toBe(
    `The model in force is the web resource 'leadlink_/scoring/model.json'; written to ${target}.`,
  );
});

it('says what is wrong with the command line', async () => {
  await expect(run('validate')).rejects.toThrow(UsageError);
  await expect(run('validate', join(folder, 'nope.json'))).rejects.toThrow(/no such file/);
  await expect(run('fetch')).rejects.toThrow(/unknown action 'fetch'/);
  await expect(run('download', '--dry-run')).rejects.toThrow(/--name and --dry-run go with upload/);
});
