/**
 * POST /api/segments/preview, with handler-level requests against the emulator (demo data): only the administrators'
 * key opens it (not the webhook's, not the senders'), a bad definition is 400 naming each problem, a good one answers
 * the count, the first contacts — never an excluded one — and the exclusions, and writes nothing.
 */
import { HttpRequest, InvocationContext } from '@azure/functions';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Emulator } from '../../../emulator';
import { segmentsPreview, MAX_SEGMENT_BYTES } from '../../../functions/handlers/segmentsPreview';
import { buildHttpRoutes } from '../../../functions/routes';
import type { AppServices } from '../../../functions/runtime/AppServices';
import { createAppServices } from '../../../functions/runtime/createAppServices';
import { SEGMENTS_FOLDER } from './helpers/client';

const KEY = 'segment-preview-admin-key-0123456789';
const WEBHOOK_KEY = 'segment-preview-webhook-key-Zx81Qm';
const INTAKE_KEY = 'segment-preview-intake-key-Rt50Wn';
const seedFile = readFileSync(path.join(SEGMENTS_FOLDER, 'contoso-conference-decision-makers.json'), 'utf8');

let emulator: Emulator;
let app: AppServices;
const services = () => Promise.resolve(app);

beforeAll(async () => {
  emulator = await new Emulator({ seed: 'demo' }).start();
  app = createAppServices({
    DATAVERSE_URL: emulator.url,
    LEADLINK_WEBHOOK_KEY: WEBHOOK_KEY,
    LEADLINK_INTAKE_KEY: INTAKE_KEY,
    LEADLINK_ADMIN_KEY: KEY,
  });
});
afterAll(async () => {
  app.dataverse.close();
  await emulator.stop();
});

function previewRequest(body: string, auth: { code?: string; header?: string } = { code: KEY }): HttpRequest {
  const url = new URL('http://localhost/api/segments/preview');
  if (auth.code !== undefined) url.searchParams.set('code', auth.code);
  return new HttpRequest({
    method: 'POST',
    url: url.toString(),
    headers: { 'content-type': 'application/json', ...(auth.header ? { 'x-leadlink-key': auth.header } : {}) },
    query: Object.fromEntries(url.searchParams.entries()),
    body: { string: body },
  });
}

const context = () =>
  new InvocationContext({ invocationId: 'test', functionName: 'segmentsPreview', logHandler: () => undefined });
const call = (request: HttpRequest) => segmentsPreview(request, context(), services);

it('is registered as POST segments/preview', () => {
  const route = buildHttpRoutes(services).find((r) => r.route === 'segments/preview');
  expect(route?.methods).toEqual(['POST']);
});

it("answers 401 without the administrators' key, also to the webhook's and the senders' keys, and reads nothing", async () => {
  const mark = emulator.log.mark;
  for (const auth of [{}, { code: 'wrong' }, { header: `${KEY}x` }, { code: WEBHOOK_KEY }, { header: INTAKE_KEY }]) {
    const response = await call(previewRequest(seedFile, auth));
    expect(response.status).toBe(401);
    expect(JSON.stringify(response.jsonBody)).not.toContain(KEY);
  }
  expect(emulator.log.entries(mark)).toHaveLength(0);
});

it('previews the seed example: count, contacts, and what each exclusion removed', async () => {
  const mark = emulator.log.mark;
  const response = await call(previewRequest(seedFile, { header: KEY }));
  expect(response.status).toBe(200);
  const body = response.jsonBody as Record<string, unknown>;
  expect(body.count).toBe(3);
  expect(body.countBeforeExclusions).toBe(7);
  expect((body.contacts as { fullName: string }[]).map((c) => c.fullName)).toEqual([
    'Anne Dodsworth',
    'Michael Suyama',
    'Nancy Davolio',
  ]);
  expect((body.exclusions as { id: string; removed: number }[]).map((e) => [e.id, e.removed])).toEqual([
    ['inactiveContacts', 1],
    ['doNotBulkEmail', 1],
    ['doNotEmail', 1],
    ['minorsWithoutConsent', 1],
  ]);
  expect(emulator.log.entries(mark).filter((e) => e.method !== 'GET')).toEqual([]);
});

it('answers 400 naming every bad part of a definition, and for a body that is not JSON', async () => {
  const bad = JSON.stringify({
    lead: { conditions: [{ column: 'subjet', operator: 'eq', value: 'x' }] },
    contact: { conditions: [{ column: 'accountrolecode', operator: 'eq', value: 9 }] },
    include: { doNotMail: true },
  });
  const response = await call(previewRequest(bad));
  expect(response.status).toBe(400);
  const issues = (response.jsonBody as { issues: { path: string; message: string }[] }).issues;
  expect(issues.map((i) => i.path)).toEqual([
    'include.doNotMail',
    'lead.conditions[0].column',
    'contact.conditions[0].value',
  ]);
  expect(issues[0]?.message).toMatch(/did you mean 'doNotEmail'/);
  expect(issues[2]?.message).toMatch(/9 is not an option of accountrolecode; options: 1 \(Decision Maker\)/);

  const notJson = await call(previewRequest('{"lead": '));
  expect(notJson.status).toBe(400);
  expect((notJson.jsonBody as { error: string }).error).toMatch(/^The body is not valid JSON/);
});

it('answers 413 to a body far larger than a definition', async () => {
  const response = await call(previewRequest(' '.repeat(MAX_SEGMENT_BYTES + 1)));
  expect(response.status).toBe(413);
});

it('never lists an excluded contact, even when the definition lets the excluded in; it only counts them', async () => {
  const definition = JSON.parse(seedFile) as Record<string, unknown>;
  const letIn = { inactiveContacts: true, doNotBulkEmail: true, doNotEmail: true, minorsWithoutConsent: true };
  const response = await call(previewRequest(JSON.stringify({ ...definition, include: letIn })));
  expect(response.status).toBe(200);
  const body = response.jsonBody as { count: number; contacts: { fullName: string }[]; notExcluded: string[] };
  expect(body.count).toBe(7);
  expect(body.notExcluded).toEqual(Object.keys(letIn));
  expect(body.contacts.map((c) => c.fullName)).toEqual(['Anne Dodsworth', 'Michael Suyama', 'Nancy Davolio']);
});

it('refuses a definition nested thousands deep with 400, before walking it', async () => {
  const deep = `{"lead":{"conditions":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
  const response = await call(previewRequest(deep));
  expect(response.status).toBe(400);
  expect((response.jsonBody as { error: string }).error).toMatch(/nests deeper than 64 levels/);
});

it('refuses bidirectional controls in a definition, naming the path', async () => {
  const definition = { lead: { conditions: [{ column: 'subject', operator: 'eq', value: 'Contoso \u202Eevil' }] } };
  const response = await call(previewRequest(JSON.stringify(definition)));
  expect(response.status).toBe(400);
  expect((response.jsonBody as { problems: { path: string; message: string }[] }).problems).toEqual([
    { path: 'lead.conditions[0].value', message: expect.stringContaining('U+202E') as string },
  ]);
});
