import type { Emulator, RequestLogEntry } from '../../../emulator';
import { LEAD } from '../../../schema/names';
import { buildBatch } from './helpers/batch';
import { get, post, send, startEmulator } from './helpers/http';
import { ADMIN } from './helpers/names';

/** The request log that tests and benchmarks count: method, path, status, duration; readable in process and over HTTP. */

let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator();
});

afterAll(() => emu.stop());

async function logSince(mark: number): Promise<{ mark: number; value: RequestLogEntry[] }> {
  const reply = await fetch(`${emu.url}${ADMIN.requests}?since=${mark}`);
  expect(reply.status).toBe(200);
  return (await reply.json()) as { mark: number; value: RequestLogEntry[] };
}

test('each Web API request is logged once with method, path and query, and status', async () => {
  const mark = emu.log.mark;
  await get(emu, `${LEAD.set}?$select=${LEAD.subject}`);
  await post(emu, LEAD.set, { [LEAD.subject]: 'Logged' });
  await get(emu, 'nosuchset');
  const { value } = await logSince(mark);
  expect(value.map((e) => [e.method, e.path, e.status])).toEqual([
    ['GET', `${LEAD.set}?$select=${LEAD.subject}`, 200],
    ['POST', LEAD.set, 204],
    ['GET', 'nosuchset', 404],
  ]);
  for (const entry of value) {
    expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    expect(entry.seq).toBeGreaterThan(mark);
  }
  expect(emu.log.entries(mark)).toEqual(value);
});

test('a $batch is one request, carrying the number of operations inside', async () => {
  const mark = emu.log.mark;
  const { contentType, body } = buildBatch([
    { method: 'POST', url: `/api/data/v9.2/${LEAD.set}`, body: { [LEAD.subject]: 'b1' } },
    {
      changeSet: [
        { method: 'POST', url: `/api/data/v9.2/${LEAD.set}`, body: { [LEAD.subject]: 'b2' }, contentId: '1' },
      ],
    },
  ]);
  await send(emu, 'POST', '$batch', { body, headers: { 'Content-Type': contentType } });
  const { value } = await logSince(mark);
  expect(value).toHaveLength(1);
  expect(value[0]).toMatchObject({ method: 'POST', path: '$batch', status: 200, operations: 2 });
});

test('the admin routes are not logged, and the mark tells where the log is', async () => {
  const before = await logSince(0);
  const again = await logSince(0);
  expect(again.value).toHaveLength(before.value.length);
  expect(again.mark).toBe(emu.log.mark);
});

test('DELETE /_emulator/requests empties the log', async () => {
  await get(emu, LEAD.set);
  expect((await fetch(`${emu.url}${ADMIN.requests}`, { method: 'DELETE' })).status).toBe(204);
  expect((await logSince(0)).value).toEqual([]);
  await get(emu, LEAD.set);
  expect((await logSince(0)).value).toHaveLength(1);
});
