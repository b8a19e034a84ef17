/**
 * A web page the developer has open must not write to the emulator: what a browser sends cross-site without a
 * preflight (a POST of text/plain, a form), any write carrying another origin, and any request under a name that is
 * not loopback (DNS rebinding) are refused before the body is read, and nothing is written. Tools that send JSON
 * without an Origin, and the emulator's own origin, pass; reads from anywhere pass (the page cannot read them).
 */
import { request as httpRequest } from 'node:http';
import type { Emulator } from '../../../emulator';
import { LEAD } from '../../../schema/names';
import { create, get, rowsOf, startEmulator } from './helpers/http';

let emu: Emulator;
let own: string;
const EVIL = 'http://evil.example';
const ALLOWED = 'http://127.0.0.1:65000';

beforeAll(async () => {
  emu = await startEmulator({ allowedOrigins: [ALLOWED] });
  own = emu.url;
});
afterAll(() => emu.stop());

const leadCount = async () => rowsOf(await get(emu, `${LEAD.set}?$select=${LEAD.id}`)).length;
const body = JSON.stringify({ [LEAD.lastName]: 'Cross-site', [LEAD.subject]: 'written by a web page' });

async function write(method: string, path: string, headers: Record<string, string>, text = body) {
  const response = await fetch(`${emu.apiUrl}${path}`, { method, headers, body: text });
  return { status: response.status, json: (await response.json().catch(() => undefined)) as unknown };
}

it('refuses the simple POSTs a page can send without a preflight, with or without an Origin', async () => {
  const before = await leadCount();
  for (const headers of <Record<string, string>[]>[
    { 'Content-Type': 'text/plain;charset=UTF-8', Origin: EVIL },
    { 'Content-Type': 'text/plain' },
    { 'Content-Type': 'application/x-www-form-urlencoded' },
    { 'Content-Type': 'multipart/form-data; boundary=x' },
  ]) {
    const answer = await write('POST', LEAD.set, headers);
    expect([403, 415]).toContain(answer.status);
    expect(answer.json).toMatchObject({
      error: { code: expect.any(String) as string, message: expect.any(String) as string },
    });
  }
  expect(await leadCount()).toBe(before);
});

it('refuses a write of any kind from another origin or site', async () => {
  const id = await create(emu, LEAD.set, { [LEAD.lastName]: 'Target' });
  const before = await leadCount();
  const json = { 'Content-Type': 'application/json' };
  expect((await write('POST', LEAD.set, { ...json, Origin: EVIL })).status).toBe(403);
  expect((await write('POST', LEAD.set, { ...json, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
  expect((await write('PATCH', `${LEAD.set}(${id})`, { ...json, Origin: EVIL })).status).toBe(403);
  expect((await write('DELETE', `${LEAD.set}(${id})`, { Origin: EVIL }, '')).status).toBe(403);
  const admin = await fetch(`${emu.url}/_emulator/requests`, { method: 'DELETE', headers: { Origin: EVIL } });
  expect(admin.status).toBe(403);
  expect(await leadCount()).toBe(before);
  expect((await get(emu, `${LEAD.set}(${id})?$select=${LEAD.lastName}`)).status).toBe(200);
});

it("lets through tools' JSON writes, the emulator's own origin and the origins it was told to allow", async () => {
  const before = await leadCount();
  const json = { 'Content-Type': 'application/json' };
  expect((await write('POST', LEAD.set, json)).status).toBe(204);
  expect((await write('POST', LEAD.set, { ...json, Origin: own })).status).toBe(204);
  expect((await write('POST', LEAD.set, { ...json, Origin: ALLOWED })).status).toBe(204);
  expect(await leadCount()).toBe(before + 3);
});

it('reads from another origin are answered (the page cannot read them); a name that is not loopback is refused', async () => {
  const read = await fetch(`${emu.apiUrl}${LEAD.set}?$top=1`, { headers: { Origin: EVIL } });
  expect(read.status).toBe(200);
  const rebound = await new Promise<number>((resolve, reject) => {
    const port = new URL(emu.url).port;
    const req = httpRequest(
      { host: '127.0.0.1', port, path: `/api/data/v9.2/${LEAD.set}?$top=1`, headers: { Host: `evil.example:${port}` } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
  expect(rebound).toBe(403);
});
