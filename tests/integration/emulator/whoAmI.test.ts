import type { Emulator } from '../../../emulator';
import { PLATFORM_IDS } from '../../../emulator';
import { errorOf, get, objectOf, send, startEmulator } from './helpers/http';
import { CODE } from './helpers/names';

/** WhoAmI, the function a health check calls ("Use Web API functions"; "Troubleshoot Web API client errors"). */

let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator();
});

afterAll(() => emu.stop());

/** A JWT whose payload carries an `oid` claim; the emulator reads who is calling from it (it does not verify). */
function tokenFor(oid: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ oid })}.`;
}

test('GET WhoAmI names the calling user, its business unit and the organization', async () => {
  const reply = await get(emu, 'WhoAmI');
  expect(reply.status).toBe(200);
  const body = objectOf(reply);
  expect(body).toEqual({
    '@odata.context': `${emu.apiUrl}$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse`,
    BusinessUnitId: PLATFORM_IDS.businessUnit,
    UserId: PLATFORM_IDS.integrationUser,
    OrganizationId: PLATFORM_IDS.organization,
  });
});

test('the function call form WhoAmI() answers the same', async () => {
  const body = objectOf(await get(emu, 'WhoAmI()'));
  expect(body.UserId).toBe(PLATFORM_IDS.integrationUser);
});

test('the user is the oid of the bearer token when one is sent', async () => {
  const oid = '11111111-2222-3333-4444-555555555555';
  const body = objectOf(await get(emu, 'WhoAmI', { Authorization: `Bearer ${tokenFor(oid)}` }));
  expect(body.UserId).toBe(oid);
});

test('POST to the function: 404 "No HTTP resource was found" with an empty code', async () => {
  const reply = await send(emu, 'POST', 'WhoAmI', { body: {} });
  expect(reply.status).toBe(404);
  expect(errorOf(reply)).toEqual({
    code: '',
    message: `No HTTP resource was found that matches the request URI '${emu.apiUrl}WhoAmI'.`,
  });
});

test('an unknown function is a resource not found', async () => {
  const reply = await get(emu, 'WhoAreYou');
  expect(reply.status).toBe(404);
  expect(errorOf(reply)).toEqual({
    code: CODE.resourceNotFound,
    message: "Resource not found for the segment 'WhoAreYou'.",
  });
});
