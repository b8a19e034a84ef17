import type { Emulator } from '../../../emulator';
import { CONTACT, LEAD } from '../../../schema/names';
import {
  buildBatch,
  jsonOf,
  parseBatchResponse,
  type BatchAnswer,
  type BatchItem,
  type PartAnswer,
} from './helpers/batch';
import { get, objectOf, PREFER, rowsOf, send, startEmulator, type Reply } from './helpers/http';
import { CODE } from './helpers/names';

/**
 * `$batch` as the Web API runs it ("Execute batch operations using the Web API"): parts in order, change sets atomic
 * with `$n` Content-ID references, the first failure stopping the batch with an outer 400 unless
 * `Prefer: odata.continue-on-error`, which answers every part with an outer 200.
 */

let emu: Emulator;
const ROOT = '/api/data/v9.2/';

beforeAll(async () => {
  emu = await startEmulator();
});

afterAll(() => emu.stop());

async function runBatch(
  items: readonly BatchItem[],
  prefer?: string,
): Promise<{ reply: Reply; answers: BatchAnswer[] }> {
  const { contentType, body } = buildBatch(items);
  const reply = await send(emu, 'POST', '$batch', {
    body,
    headers: { 'Content-Type': contentType, ...(prefer ? { Prefer: prefer } : {}) },
  });
  const responseType = reply.headers.get('content-type') ?? '';
  expect(responseType).toMatch(/^multipart\/mixed; boundary=/);
  return { reply, answers: parseBatchResponse(responseType, reply.text) };
}

const part = (answer: BatchAnswer | undefined): PartAnswer => {
  if (answer?.kind !== 'part') throw new Error(`expected a single part, got ${JSON.stringify(answer)}`);
  return answer;
};
const changeSet = (answer: BatchAnswer | undefined): readonly PartAnswer[] => {
  if (answer?.kind !== 'changeset') throw new Error(`expected a change set, got ${JSON.stringify(answer)}`);
  return answer.parts;
};

const createLead = (lastName: string, extra: Record<string, unknown> = {}, contentId?: string) => ({
  method: 'POST',
  url: `${ROOT}${LEAD.set}`,
  body: { [LEAD.lastName]: lastName, ...extra },
  ...(contentId !== undefined ? { contentId } : {}),
});
const tooLong = { [LEAD.subject]: 'x'.repeat(301) };
const leadsNamed = async (lastName: string) =>
  rowsOf(
    await get(
      emu,
      `${LEAD.set}?$select=${LEAD.lastName}&$filter=${encodeURIComponent(`${LEAD.lastName} eq '${lastName}'`)}`,
    ),
  );
const contactsNamed = async (lastName: string) =>
  rowsOf(
    await get(
      emu,
      `${CONTACT.set}?$select=${CONTACT.lastName}&$filter=${encodeURIComponent(`${CONTACT.lastName} eq '${lastName}'`)}`,
    ),
  );

test('a change set with $n references: each part answered with its Content-ID, the references resolved', async () => {
  const { reply, answers } = await runBatch([
    {
      changeSet: [
        {
          method: 'POST',
          url: `${emu.apiUrl}${CONTACT.set}`,
          body: { [CONTACT.lastName]: 'Referenced' },
          contentId: '1',
        },
        createLead('Refers', { [`${LEAD.parentContact}@odata.bind`]: '$1' }, '2'),
        { method: 'PATCH', url: '$1', body: { [CONTACT.firstName]: 'Patched' }, contentId: '3' },
      ],
    },
  ]);
  expect(reply.status).toBe(200);
  const parts = changeSet(answers[0]);
  expect(parts.map((p) => [p.contentId, p.status])).toEqual([
    ['1', 204],
    ['2', 204],
    ['3', 204],
  ]);
  const contactId = /\(([0-9a-f-]{36})\)$/.exec(parts[0]?.headers['odata-entityid'] ?? '')?.[1];
  expect(contactId).toBeDefined();
  const [lead] = await leadsNamed('Refers');
  const read = objectOf(await get(emu, `${LEAD.set}(${String(lead?.[LEAD.id])})?$select=${LEAD.parentContactValue}`));
  expect(read[LEAD.parentContactValue]).toBe(contactId);
  expect(
    objectOf(await get(emu, `${CONTACT.set}(${contactId ?? ''})?$select=${CONTACT.fullName}`))[CONTACT.fullName],
  ).toBe('Patched Referenced');
});

test('a failing change set rolls back entirely: nothing it wrote is in the store', async () => {
  const { reply, answers } = await runBatch([
    {
      changeSet: [
        { method: 'POST', url: `${ROOT}${CONTACT.set}`, body: { [CONTACT.lastName]: 'RolledBack' }, contentId: '1' },
        createLead('RolledBackLead', { [`${LEAD.parentContact}@odata.bind`]: '$1' }, '2'),
        createLead('RolledBackBad', tooLong, '3'),
      ],
    },
  ]);
  expect(reply.status).toBe(400);
  // The change set is answered by its failure alone.
  const parts = changeSet(answers[0]);
  expect(parts).toHaveLength(1);
  expect(parts[0]?.status).toBe(400);
  expect(parts[0]?.contentId).toBe('3');
  expect((jsonOf(parts[0] as PartAnswer).error as { code: string }).code).toBe(CODE.validation);
  expect(await contactsNamed('RolledBack')).toEqual([]);
  expect(await leadsNamed('RolledBackLead')).toEqual([]);
  expect(await leadsNamed('RolledBackBad')).toEqual([]);
});

test('without continue-on-error the batch stops at the first failure: outer 400, later parts never run', async () => {
  const { reply, answers } = await runBatch([
    createLead('StopFirst'),
    createLead('StopBad', tooLong),
    createLead('StopNever'),
  ]);
  expect(reply.status).toBe(400);
  expect(answers.map((a) => part(a).status)).toEqual([204, 400]);
  const error = jsonOf(part(answers[1])).error as { code: string; message: string };
  expect(error.code).toBe(CODE.validation);
  expect(error.message).toContain("'subject'");
  // Parts outside a change set are not rolled back; the part after the failure never ran.
  expect(await leadsNamed('StopFirst')).toHaveLength(1);
  expect(await leadsNamed('StopNever')).toEqual([]);
});

test('with Prefer: odata.continue-on-error every part is answered and the outer status is 200', async () => {
  const { reply, answers } = await runBatch(
    [
      createLead('GoFirst'),
      createLead('GoBad', tooLong),
      { changeSet: [createLead('GoSetBad', tooLong, '1')] },
      createLead('GoLast'),
      {
        method: 'GET',
        url: `${ROOT}${LEAD.set}?$select=${LEAD.lastName}&$filter=${encodeURIComponent(`${LEAD.lastName} eq 'GoFirst'`)}`,
      },
    ],
    PREFER.continueOnError,
  );
  expect(reply.status).toBe(200);
  expect(answers).toHaveLength(5);
  expect(part(answers[0]).status).toBe(204);
  expect(part(answers[1]).status).toBe(400);
  expect(changeSet(answers[2]).map((p) => p.status)).toEqual([400]);
  expect(part(answers[3]).status).toBe(204);
  const query = part(answers[4]);
  expect(query.status).toBe(200);
  expect((jsonOf(query).value as unknown[]).length).toBe(1);
  expect(await leadsNamed('GoLast')).toHaveLength(1);
  expect(await leadsNamed('GoSetBad')).toEqual([]);
});

test('a created part answers 204 with the OData-EntityId of the new row', async () => {
  const { answers } = await runBatch([createLead('Located')]);
  const created = part(answers[0]);
  expect(created.status).toBe(204);
  const [row] = await leadsNamed('Located');
  expect(created.headers['odata-entityid']).toBe(`${emu.apiUrl}${LEAD.set}(${String(row?.[LEAD.id])})`);
});

test('a $n reference before its Content-ID is declared: 400, and the change set writes nothing', async () => {
  const { reply, answers } = await runBatch([
    {
      changeSet: [
        createLead('ForwardRef', { [`${LEAD.parentContact}@odata.bind`]: '$1' }, '2'),
        { method: 'POST', url: `${ROOT}${CONTACT.set}`, body: { [CONTACT.lastName]: 'DeclaredLate' }, contentId: '1' },
      ],
    },
  ]);
  expect(reply.status).toBe(400);
  const [failure] = changeSet(answers[0]);
  expect((jsonOf(failure as PartAnswer).error as { message: string }).message).toBe(
    "Content-ID Reference: '$1' does not exist in the batch context.",
  );
  expect(await leadsNamed('ForwardRef')).toEqual([]);
  expect(await contactsNamed('DeclaredLate')).toEqual([]);
});

test('a GET inside a change set is refused', async () => {
  const { reply, answers } = await runBatch([
    { changeSet: [{ method: 'GET', url: `${ROOT}${LEAD.set}`, contentId: '1' }] },
  ]);
  expect(reply.status).toBe(400);
  expect(changeSet(answers[0])[0]?.status).toBe(400);
});

test('more than 1,000 operations in one batch are refused before any runs', async () => {
  const items = Array.from({ length: 1001 }, () => createLead('TooMany'));
  const { contentType, body } = buildBatch(items);
  const reply = await send(emu, 'POST', '$batch', { body, headers: { 'Content-Type': contentType } });
  expect(reply.status).toBe(400);
  expect(await leadsNamed('TooMany')).toEqual([]);
});
