/**
 * POST /api/segments/preview with long `in` lists, against the emulator: a 600-value list, whose queries are too long
 * for a GET's URL, is previewed through `$batch` (it used to answer 500); a list whose query would pass 65,536
 * characters even there is refused with 400 before any query.
 */
import { HttpRequest, InvocationContext } from '@azure/functions';
import { Emulator } from '../../../emulator';
import { segmentsPreview } from '../../../functions/handlers/segmentsPreview';
import type { AppServices } from '../../../functions/runtime/AppServices';
import { createAppServices } from '../../../functions/runtime/createAppServices';

const WEBHOOK_KEY = 'segment-large-queries-webhook-Qx84Lm2Vt';
/** Segment previews are for administrators: their key, not the webhook's. */
const KEY = 'segment-large-queries-admin-Hb61Rz9Kw';

let emulator: Emulator;
let app: AppServices;

beforeAll(async () => {
  emulator = await new Emulator({ seed: 'demo' }).start();
  app = createAppServices({
    DATAVERSE_URL: emulator.url,
    LEADLINK_WEBHOOK_KEY: WEBHOOK_KEY,
    LEADLINK_ADMIN_KEY: KEY,
  });
});
afterAll(async () => {
  app.dataverse.close();
  await emulator.stop();
});

async function preview(definition: unknown) {
  const request = new HttpRequest({
    method: 'POST',
    url: `http://localhost/api/segments/preview?code=${KEY}`,
    headers: { 'content-type': 'application/json' },
    query: { code: KEY },
    body: { string: JSON.stringify(definition) },
  });
  const context = new InvocationContext({
    invocationId: 'test',
    functionName: 'segmentsPreview',
    logHandler: () => {},
  });
  return segmentsPreview(request, context, () => Promise.resolve(app));
}

it('previews a segment with a 600-value in list through $batch, with the same numbers as a short list', async () => {
  const condition = (value: string[]) => ({ lead: { conditions: [{ column: 'subject', operator: 'in', value }] } });
  const short = await preview(condition(['Contoso Ltd Conference']));
  expect(short.status).toBe(200);
  const topics = ['Contoso Ltd Conference', ...Array.from({ length: 599 }, (_, i) => `Unused topic number ${i}`)];
  const mark = emulator.log.mark;
  const long = await preview(condition(topics));
  expect(long.status).toBe(200);
  const numbers = (body: unknown) => {
    const { count, countBeforeExclusions, contacts, exclusions } = body as Record<string, unknown>;
    return { count, countBeforeExclusions, contacts, exclusions };
  };
  expect(numbers(long.jsonBody)).toEqual(numbers(short.jsonBody));
  expect((long.jsonBody as { countBeforeExclusions: number }).countBeforeExclusions).toBeGreaterThan(0);
  // The segment's queries, not the metadata reads that check its columns.
  const requests = emulator.log.entries(mark).filter((entry) => !entry.path.startsWith('EntityDefinitions'));
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.every((entry) => entry.method === 'POST' && entry.path === '$batch')).toBe(true);
});

it('refuses with 400, querying nothing, a list whose query would not fit in a URL even in $batch', async () => {
  const values = Array.from({ length: 3_500 }, (_, i) => `topic-${String(i).padStart(6, '0')}`);
  const mark = emulator.log.mark;
  const response = await preview({ lead: { conditions: [{ column: 'subject', operator: 'in', value: values }] } });
  expect(response.status).toBe(400);
  expect((response.jsonBody as { issues: unknown[] }).issues).toEqual([
    {
      path: '(definition)',
      message: expect.stringMatching(
        /^its query would take [\d,]+ characters in a URL, and Dataverse takes at most 65,536; use fewer or shorter values in its lists$/,
      ),
    },
  ]);
  expect(emulator.log.entries(mark).filter((entry) => !entry.path.startsWith('EntityDefinitions'))).toEqual([]);
});
