import type { Emulator } from '../../../emulator';
import { LEAD } from '../../../schema/names';
import { errorOf, get, objectOf, post, patch, create, send, startEmulator } from './helpers/http';
import { CODE } from './helpers/names';

/**
 * Bad requests get the status and the `{"error":{"code","message"}}` body Dataverse gives, and change nothing
 * ("Troubleshoot Dataverse Web API client errors"; the Web service error codes).
 */

let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator();
});

afterAll(() => emu.stop());

const leadCount = async () =>
  Number(objectOf(await get(emu, `${LEAD.set}?$select=${LEAD.id}&$count=true`))['@odata.count']);
const PAYLOAD_PREFIX = `Error identified in Payload provided by the user for Entity :'${LEAD.set}'`;

test('an unknown column in $select: 400 naming the property and the type', async () => {
  const reply = await get(emu, `${LEAD.set}?$select=${LEAD.subject},Subject`);
  expect(reply.status).toBe(400);
  expect(errorOf(reply)).toEqual({
    code: CODE.queryProperty,
    message: "Could not find a property named 'Subject' on type 'Microsoft.Dynamics.CRM.lead'.",
  });
});

test('an unknown column in a POST body: 400 0x80048d19, and no row is created', async () => {
  const count = await leadCount();
  const reply = await post(emu, LEAD.set, { [LEAD.subject]: 'Typo', nosuchcolumn: 1 });
  expect(reply.status).toBe(400);
  const error = errorOf(reply);
  expect(error.code).toBe(CODE.payload);
  expect(error.message.startsWith(PAYLOAD_PREFIX)).toBe(true);
  expect(error.message).toContain("Invalid property 'nosuchcolumn' was found in entity 'Microsoft.Dynamics.CRM.lead'.");
  expect(error.message).toContain("The property 'nosuchcolumn' does not exist on type 'Microsoft.Dynamics.CRM.lead'.");
  expect(await leadCount()).toBe(count);
});

test('an unknown column in a PATCH body leaves the row as it was', async () => {
  const id = await create(emu, LEAD.set, { [LEAD.subject]: 'Stays' });
  const reply = await patch(emu, `${LEAD.set}(${id})`, { [LEAD.subject]: 'Changed', nosuchcolumn: 'x' });
  expect(reply.status).toBe(400);
  expect(errorOf(reply).code).toBe(CODE.payload);
  expect(objectOf(await get(emu, `${LEAD.set}(${id})?$select=${LEAD.subject}`))[LEAD.subject]).toBe('Stays');
});

test('a bind through a name that is not a navigation property: the undeclared-property payload error', async () => {
  const reply = await post(emu, LEAD.set, {
    [`${LEAD.parentContactValue}@odata.bind`]: '/contacts(00000000-0000-0000-0000-000000000001)',
  });
  expect(reply.status).toBe(400);
  const error = errorOf(reply);
  expect(error.code).toBe(CODE.payload);
  expect(error.message).toContain(
    `An undeclared property '${LEAD.parentContactValue}' which only has property annotations in the payload`,
  );
});

test('a value of the wrong type: 400 naming the literal and the expected type', async () => {
  const reply = await post(emu, LEAD.set, { [LEAD.subject]: 42 });
  expect(reply.status).toBe(400);
  const error = errorOf(reply);
  expect(error.code).toBe(CODE.payload);
  expect(error.message).toContain("Cannot convert the literal '42' to the expected type 'Edm.String'.");
});

test('an unknown entity set: 404 "Resource not found for the segment"', async () => {
  const reply = await get(emu, 'Leads');
  expect(reply.status).toBe(404);
  expect(errorOf(reply)).toEqual({
    code: CODE.resourceNotFound,
    message: "Resource not found for the segment 'Leads'.",
  });
});

test('a string longer than its column: 400 validation error with the column, table and limit', async () => {
  const count = await leadCount();
  const reply = await post(emu, LEAD.set, { [LEAD.subject]: 'x'.repeat(301) });
  expect(reply.status).toBe(400);
  expect(errorOf(reply)).toEqual({
    code: CODE.validation,
    message:
      "A validation error occurred.  The length of the 'subject' attribute of the 'lead' entity exceeded the maximum allowed length of '300'.",
  });
  expect(await leadCount()).toBe(count);
  // Exactly at the limit is fine.
  expect((await post(emu, LEAD.set, { [LEAD.subject]: 'x'.repeat(300) })).status).toBe(204);
});

test('a body that is not JSON: 400 payload error', async () => {
  const reply = await send(emu, 'POST', LEAD.set, {
    body: '{"subject": ',
    headers: { 'Content-Type': 'application/json' },
  });
  expect(reply.status).toBe(400);
  expect(errorOf(reply).code).toBe(CODE.payload);
});

test('a read of a row that does not exist: 404 "Does Not Exist"', async () => {
  const id = '00000000-0000-0000-0000-00000000abcd';
  const reply = await get(emu, `${LEAD.set}(${id})`);
  expect(reply.status).toBe(404);
  expect(errorOf(reply)).toEqual({ code: CODE.recordNotFound, message: `lead With Id = ${id} Does Not Exist` });
});
