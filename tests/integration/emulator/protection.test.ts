import type { Emulator } from '../../../emulator';
import { LEAD } from '../../../schema/names';
import { errorOf, get, startEmulator, type Reply } from './helpers/http';
import { ADMIN, CODE } from './helpers/names';

/**
 * Service protection ("Service protection API limits"): per user, over a sliding window, a request-count limit, an
 * execution-time limit and a concurrency limit, each refused with 429, `Retry-After` and its own code. The limits
 * are set small here; the defaults are Dataverse's (6,000 requests / 1,200 s per 300 s, 52 concurrent).
 */

const list = (emu: Emulator, headers: Record<string, string> = {}) =>
  get(emu, `${LEAD.set}?$select=${LEAD.id}`, headers);

function tokenFor(oid: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part({ oid })}.`;
}

function retryAfterSeconds(reply: Reply): number {
  const header = reply.headers.get('retry-after');
  expect(header).toMatch(/^\d+$/);
  return Number(header);
}

describe('the number of requests', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ limits: { requests: 3, windowMs: 60_000 } });
  });
  afterAll(() => emu.stop());

  test('once crossed: 429, code 0x80072322, the limit in the message, Retry-After within the window', async () => {
    for (let i = 0; i < 3; i++) expect((await list(emu)).status).toBe(200);
    const refused = await list(emu);
    expect(refused.status).toBe(429);
    expect(errorOf(refused)).toEqual({
      code: CODE.requestsLimit,
      message: 'Number of requests exceeded the limit of 3 over time window of 60 seconds.',
    });
    const seconds = retryAfterSeconds(refused);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
  });

  test('the limit is per user: another caller is still served', async () => {
    expect((await list(emu)).status).toBe(429);
    expect(
      (await list(emu, { Authorization: `Bearer ${tokenFor('22222222-3333-4444-5555-666666666666')}` })).status,
    ).toBe(200);
  });

  test('raising the limit through /_emulator/settings serves the user again', async () => {
    const reply = await fetch(`${emu.url}${ADMIN.settings}`, {
      method: 'PATCH',
      body: JSON.stringify({ limits: { requests: 100 } }),
    });
    expect(reply.status).toBe(200);
    expect(((await reply.json()) as { limits: { requests: number } }).limits.requests).toBe(100);
    expect((await list(emu)).status).toBe(200);
  });
});

describe('concurrency', () => {
  let emu: Emulator;
  beforeAll(async () => {
    // Each request is held 5 s, so the parallel requests overlap however slowly this machine sends them.
    emu = await startEmulator({ limits: { concurrent: 2 }, faults: { latencyMs: 5_000 } });
  });
  afterAll(() => emu.stop());

  test('requests beyond the concurrent limit are refused at once with 0x80072326 and Retry-After', async () => {
    const replies = await Promise.all(Array.from({ length: 5 }, () => list(emu)));
    const refused = replies.filter((r) => r.status === 429);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(2);
    expect(refused).toHaveLength(3);
    for (const reply of refused) {
      expect(errorOf(reply)).toEqual({
        code: CODE.concurrencyLimit,
        message: 'Number of concurrent requests exceeded the limit of 2.',
      });
      expect(retryAfterSeconds(reply)).toBeGreaterThanOrEqual(1);
    }
  });

  test('once the running requests finish, new ones are served', async () => {
    emu.faults.configure({ latencyMs: 0 });
    expect((await list(emu)).status).toBe(200);
  });
});

describe('execution time', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ limits: { executionMs: 50, windowMs: 60_000 }, faults: { latencyMs: 80 } });
  });
  afterAll(() => emu.stop());

  test('once the combined execution time is spent: 429 with 0x80072321', async () => {
    expect((await list(emu)).status).toBe(200);
    const refused = await list(emu);
    expect(refused.status).toBe(429);
    const error = errorOf(refused);
    expect(error.code).toBe('0x80072321');
    expect(error.message).toContain(
      'Combined execution time of incoming requests exceeded limit of 50 milliseconds over time window of 60 seconds.',
    );
    expect(retryAfterSeconds(refused)).toBeGreaterThanOrEqual(1);
  });
});
