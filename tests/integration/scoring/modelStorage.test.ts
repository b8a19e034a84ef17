/**
 * Where the scoring model lives, over HTTP against the emulator: the shipped default as a web resource named by
 * leadlink_ScoringModelWebResource, a model far larger than an environment variable uploaded (checked first,
 * published, named), read by the functions with a short cache that keeps the last valid model, and its labels per
 * language carried into the stored reasons.
 */
import { DataverseClient } from '../../../dataverse';
import { Emulator } from '../../../emulator';
import { importEnvironmentVariables } from '../../../bin/start/importEnvironmentVariables';
import { importWebResources } from '../../../bin/start/importWebResources';
import type { PluginLogger } from '../../../plugins/Plugin';
import {
  DEFAULT_SCORING_MODEL,
  decodeScoreReasons,
  ENV_VAR_VALUE_MAX_LENGTH,
  ScoringModelError,
} from '../../../plugins/scoring';
import {
  DEFAULT_UPLOAD_NAME,
  ModelUploadError,
  ScoringModelReader,
  uploadScoringModel,
} from '../../../plugins/scoringModel';
import { DataverseEnvironmentSettings } from '../../../plugins/settings/DataverseEnvironmentSettings';
import { ENV_VARS } from '../../../schema/environmentVariables';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { DEFAULT_MODEL_WEB_RESOURCE } from '../../../schema/webResources';
import { setEnvironmentVariable } from '../../support/registerSteps';
import { storeModelText } from '../../support/scoringModel';
import { LARGE_MODEL, LARGE_MODEL_TEXT } from './helpers/largeModel';
import { createPeople } from './helpers/people';
import { ScoringHarness } from './helpers/ScoringHarness';

const clientOf = (emulator: Emulator) =>
  DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });

/** A reader as a new function app process has it, with its own clock. */
function freshReader(client: DataverseClient, clock: () => number = Date.now): ScoringModelReader {
  return new ScoringModelReader(client, new DataverseEnvironmentSettings(client, clock, 0), clock);
}

function recordingLog(): PluginLogger & { readonly lines: { event: string; fields: Record<string, unknown> }[] } {
  const lines: { event: string; fields: Record<string, unknown> }[] = [];
  const push = (event: string, fields: Readonly<Record<string, unknown>> = {}) => lines.push({ event, fields });
  return { lines, info: push, warn: push, error: push };
}

describe('an environment with the solution imported', () => {
  let emulator: Emulator;
  let client: DataverseClient;
  beforeAll(async () => {
    emulator = await new Emulator({ seed: 'empty', customizations: LEADLINK_CUSTOMIZATIONS }).start();
    client = clientOf(emulator);
    await importWebResources(client);
    await importEnvironmentVariables(client);
  });
  afterAll(async () => {
    client.close();
    await emulator.stop();
  });

  it('reads the shipped default model from its web resource', async () => {
    const loaded = await freshReader(client).load();
    expect(loaded).toEqual({
      model: DEFAULT_SCORING_MODEL,
      source: `web resource '${DEFAULT_MODEL_WEB_RESOURCE.name}'`,
    });
  });

  it('refuses to upload a model with problems, naming every one, before any request', async () => {
    const mark = emulator.log.mark;
    const bad = JSON.stringify({
      ...LARGE_MODEL,
      salesReadyScore: 0,
      rules: [...LARGE_MODEL.rules, LARGE_MODEL.rules[0]],
    });
    const attempt = uploadScoringModel(client, bad, { source: 'model.json' });
    await expect(attempt).rejects.toThrow(ScoringModelError);
    await expect(uploadScoringModel(client, bad, { source: 'model.json' })).rejects.toThrow(
      'model.json: The scoring model is not valid:\n- salesReadyScore: must be greater than 0\n- rules[48].id: "email-opened" is already the id of rules[0]',
    );
    await expect(uploadScoringModel(client, LARGE_MODEL_TEXT, { name: 'no prefix.json' })).rejects.toThrow(
      ModelUploadError,
    );
    expect(emulator.log.entries(mark)).toEqual([]);
  });

  it('uploads a model far over 2,000 characters: created, published, named, then read', async () => {
    expect(LARGE_MODEL_TEXT.length).toBeGreaterThan(5 * ENV_VAR_VALUE_MAX_LENGTH);
    const dry = await uploadScoringModel(client, LARGE_MODEL_TEXT, { dryRun: true });
    expect(dry).toMatchObject({ webResource: 'created', variable: 'set', published: false, dryRun: true });
    const report = await uploadScoringModel(client, LARGE_MODEL_TEXT);
    expect(report).toMatchObject({
      name: DEFAULT_UPLOAD_NAME,
      webResource: 'created',
      published: true,
      variable: 'set',
      inlineOverride: false,
      dryRun: false,
    });
    // As Dataverse holds it: a Script web resource whose content is the file in Base64.
    const [row] = await client.queryAll('webresourceset', {
      select: ['content', 'webresourcetype'],
      filter: `name eq '${DEFAULT_UPLOAD_NAME}'`,
    });
    expect(row?.webresourcetype).toBe(3);
    expect(Buffer.from(String(row?.content), 'base64').toString('utf8')).toBe(LARGE_MODEL_TEXT);
    const loaded = await freshReader(client).load();
    expect(loaded.source).toBe(`web resource '${DEFAULT_UPLOAD_NAME}'`);
    expect(loaded.model.rules).toHaveLength(48);
    expect(loaded.model.languages).toEqual([1033, 1028, 1066, 1031]);
  });

  it('writes nothing when the same model is uploaded again, and updates and publishes a changed one', async () => {
    const mark = emulator.log.mark;
    expect(await uploadScoringModel(client, LARGE_MODEL_TEXT)).toMatchObject({
      webResource: 'unchanged',
      variable: 'unchanged',
      published: false,
    });
    expect(emulator.log.entries(mark).every((entry) => entry.method === 'GET')).toBe(true);
    const changed = JSON.stringify({ ...LARGE_MODEL, salesReadyScore: 55 });
    expect(await uploadScoringModel(client, changed)).toMatchObject({ webResource: 'updated', published: true });
    expect((await freshReader(client).load()).model.salesReadyScore).toBe(55);
    await uploadScoringModel(client, LARGE_MODEL_TEXT);
  });

  it('reads the web resource at most once a minute, and again after', async () => {
    let now = 1_000_000;
    const reader = freshReader(client, () => now);
    const reads = (since: number) =>
      emulator.log.entries(since).filter((entry) => entry.path.startsWith('webresourceset')).length;
    const mark = emulator.log.mark;
    await reader.load();
    await reader.load();
    expect(reads(mark)).toBe(1);
    now += 60_001;
    await reader.load();
    expect(reads(mark)).toBe(2);
  });

  it('keeps the last valid model when the web resource is saved invalid, logging why; a new process refuses it', async () => {
    const reader = freshReader(client);
    expect((await reader.load()).model.rules).toHaveLength(48);
    await storeModelText(client, '{"rules": [], "grades": [], "salesReadyScore": 60}');
    reader.invalidate();
    const log = recordingLog();
    const kept = await reader.load(log);
    expect(kept.model.rules).toHaveLength(48);
    expect(log.lines).toEqual([
      {
        event: 'scoring.model.invalid',
        fields: {
          source: `web resource '${DEFAULT_UPLOAD_NAME}'`,
          problems: ['grades: must not be empty'],
          more: 0,
          keeping: `web resource '${DEFAULT_UPLOAD_NAME}'`,
        },
      },
    ]);
    await expect(freshReader(client).load()).rejects.toThrow(
      `web resource '${DEFAULT_UPLOAD_NAME}': The scoring model is not valid:\n- grades: must not be empty`,
    );
    await uploadScoringModel(client, LARGE_MODEL_TEXT);
  });

  it('says so when the variable names a web resource that does not exist', async () => {
    await setEnvironmentVariable(client, ENV_VARS.scoringModelWebResource, 'leadlink_/scoring/missing.json');
    try {
      await expect(freshReader(client).load()).rejects.toThrow(
        "web resource 'leadlink_/scoring/missing.json': The scoring model is not valid:\n- there is no web resource with this name",
      );
    } finally {
      await setEnvironmentVariable(client, ENV_VARS.scoringModelWebResource, DEFAULT_UPLOAD_NAME);
    }
  });

  it('lets an inline leadlink_ScoringModel value win, and says so on upload', async () => {
    const inline = JSON.stringify({ rules: [], grades: [{ name: 'All', min: 0 }], salesReadyScore: 10 });
    await setEnvironmentVariable(client, ENV_VARS.scoringModel, inline);
    try {
      const loaded = await freshReader(client).load();
      expect([loaded.source, loaded.model.salesReadyScore]).toEqual([ENV_VARS.scoringModel, 10]);
      expect((await uploadScoringModel(client, LARGE_MODEL_TEXT)).inlineOverride).toBe(true);
    } finally {
      await setEnvironmentVariable(client, ENV_VARS.scoringModel, '');
    }
    expect((await freshReader(client).load()).source).toBe(`web resource '${DEFAULT_UPLOAD_NAME}'`);
  });
});

describe('an environment without the solution', () => {
  it('scores with the built-in default, and refuses an upload, writing nothing', async () => {
    const emulator = await new Emulator({ seed: 'empty', customizations: LEADLINK_CUSTOMIZATIONS }).start();
    const client = clientOf(emulator);
    try {
      expect(await freshReader(client).load()).toEqual({
        model: DEFAULT_SCORING_MODEL,
        source: 'built-in default (the LeadLink solution is not imported)',
      });
      const mark = emulator.log.mark;
      await expect(uploadScoringModel(client, LARGE_MODEL_TEXT)).rejects.toThrow(
        'leadlink_ScoringModelWebResource is not in this environment: import the LeadLink solution first. Nothing was uploaded.',
      );
      expect(emulator.log.entries(mark).every((entry) => entry.method === 'GET')).toBe(true);
    } finally {
      client.close();
      await emulator.stop();
    }
  });
});

describe('the functions with an uploaded model', () => {
  it('store each reason with its label in every language of the model', async () => {
    const h = await ScoringHarness.start();
    try {
      await h.setModel(LARGE_MODEL_TEXT);
      const [person] = await createPeople(h.admin, 1, 'Multilingual');
      if (!person) throw new Error('no person');
      const answer = await h.post('interactions', {
        interactions: [
          {
            sourceId: 'ml-1',
            contactId: person.contactId,
            type: 'websiteVisited',
            occurredOn: new Date(h.now.getTime() - 3_600_000).toISOString(),
            url: 'https://contoso.example.com/pricing',
            campaign: 'Spring Expo',
          },
        ],
      });
      expect(answer.status).toBe(200);
      const lead = await h.admin.retrieve('leads', person.leadId, { select: [LEAD_SCORE_COLUMNS.scoreReasons] });
      const { reasons } = decodeScoreReasons(String(lead[LEAD_SCORE_COLUMNS.scoreReasons]));
      expect(reasons.find((r) => r.ruleId === 'visit-pricing-0')).toMatchObject({
        label: 'Visited the pricing page during Spring Expo',
        translations: {
          1028: '在 Spring Expo 期間造訪了 pricing 頁面',
          1066: 'Đã xem trang pricing trong Spring Expo',
          1031: 'Hat die Seite pricing während Spring Expo besucht',
        },
      });
    } finally {
      await h.stop();
    }
  });
});
