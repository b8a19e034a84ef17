import type { Emulator } from '../../../emulator';
import { LEAD } from '../../../schema/names';
import { errorOf, get, startEmulator } from './helpers/http';
import { ADMIN } from './helpers/names';

/** Injected faults, so callers can prove they survive a real network: 5xx answers and connection resets. */

let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator();
});

afterEach(() => emu.faults.configure({ serverErrorRate: 0, resetRate: 0, latencyMs: 0 }));

afterAll(() => emu.stop());

const list = () => get(emu, `${LEAD.set}?$select=${LEAD.id}`);

test('a server error rate of 1: every request is answered 503 with a Dataverse error body', async () => {
  emu.faults.configure({ serverErrorRate: 1 });
  for (let i = 0; i < 3; i++) {
    const reply = await list();
    expect(reply.status).toBe(503);
    expect(errorOf(reply).message).toBeTruthy();
  }
  emu.faults.configure({ serverErrorRate: 0 });
  expect((await list()).status).toBe(200);
});

test('a reset rate of 1: the connection closes without an answer, and the log records no status', async () => {
  emu.faults.configure({ resetRate: 1 });
  const mark = emu.log.mark;
  await expect(list()).rejects.toThrow();
  const entries = emu.log.entries(mark);
  expect(entries).toHaveLength(1);
  expect(entries[0]?.status).toBe(0);
  emu.faults.configure({ resetRate: 0 });
  expect((await list()).status).toBe(200);
});

test('half the requests failing: some fail, some succeed, and two emulators started alike fail the same requests', async () => {
  const sequence = async (target: Emulator) => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await get(target, `${LEAD.set}?$select=${LEAD.id}`)).status);
    return statuses;
  };
  const first = await startEmulator({ faults: { serverErrorRate: 0.5 } });
  const second = await startEmulator({ faults: { serverErrorRate: 0.5 } });
  try {
    const ours = await sequence(first);
    const theirs = await sequence(second);
    expect(ours).toContain(503);
    expect(ours).toContain(200);
    expect(ours.every((s) => s === 200 || s === 503)).toBe(true);
    expect(theirs).toEqual(ours);
  } finally {
    await Promise.all([first.stop(), second.stop()]);
  }
});

test('faults are set over HTTP through /_emulator/settings too', async () => {
  const patch = await fetch(`${emu.url}${ADMIN.settings}`, {
    method: 'PATCH',
    body: JSON.stringify({ faults: { serverErrorRate: 1 } }),
  });
  expect(patch.status).toBe(200);
  expect((await list()).status).toBe(503);
  const settings = (await (await fetch(`${emu.url}${ADMIN.settings}`)).json()) as {
    faults: { serverErrorRate: number };
  };
  expect(settings.faults.serverErrorRate).toBe(1);
  // The admin routes themselves are never faulted.
  const reset = await fetch(`${emu.url}${ADMIN.settings}`, {
    method: 'PATCH',
    body: JSON.stringify({ faults: { serverErrorRate: 0 } }),
  });
  expect(reset.status).toBe(200);
  expect((await list()).status).toBe(200);
});

test('bad settings are refused with a message saying what is expected', async () => {
  const reply = await fetch(`${emu.url}${ADMIN.settings}`, { method: 'PATCH', body: 'not json' });
  expect(reply.status).toBe(400);
  expect(((await reply.json()) as { error: { message: string } }).error.message).toContain('JSON');
});
