/**
 * Web resources in the emulator as Dataverse keeps them: a new one is readable at once; an update waits for
 * PublishXml (reads return the published content until then); PublishAllXml publishes whatever waits.
 */
import type { Emulator } from '../../../emulator';
import { get, post, send, startEmulator, type JsonObject } from './helpers/http';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.stop());

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const contentOf = async (id: string) => {
  const reply = await get(emu, `webresourceset(${id})?$select=content,name`);
  return Buffer.from(String((reply.json as JsonObject).content), 'base64').toString('utf8');
};

async function createWebResource(name: string, text: string): Promise<string> {
  const reply = await post(emu, 'webresourceset', {
    name,
    displayname: name,
    webresourcetype: 3,
    content: base64(text),
  });
  expect(reply.status).toBe(204);
  return /webresourceset\((.*)\)/.exec(reply.headers.get('OData-EntityId') ?? '')?.[1] ?? '';
}

const publishXml = (ids: readonly string[]) =>
  post(emu, 'PublishXml', {
    ParameterXml: `<importexportxml><webresources>${ids.map((id) => `<webresource>{${id}}</webresource>`).join('')}</webresources></importexportxml>`,
  });

it('serves a new web resource at once, and an update only once it is published', async () => {
  const id = await createWebResource('new_/test/one.json', '{"v":1}');
  expect(await contentOf(id)).toBe('{"v":1}');
  const filtered = await get(emu, "webresourceset?$select=webresourceid&$filter=name eq 'new_/test/one.json'");
  expect((filtered.json as { value: JsonObject[] }).value.map((r) => r.webresourceid)).toEqual([id]);

  const update = await send(emu, 'PATCH', `webresourceset(${id})`, { body: { content: base64('{"v":2}') } });
  expect(update.status).toBe(204);
  expect(await contentOf(id)).toBe('{"v":1}');

  const published = await publishXml([id]);
  expect(published.status).toBe(204);
  expect(await contentOf(id)).toBe('{"v":2}');
  // Publishing again with nothing waiting changes nothing.
  expect((await publishXml([id])).status).toBe(204);
  expect(await contentOf(id)).toBe('{"v":2}');
});

it('publishes only what PublishXml names; PublishAllXml publishes the rest', async () => {
  const a = await createWebResource('new_/test/a.json', 'a1');
  const b = await createWebResource('new_/test/b.json', 'b1');
  await send(emu, 'PATCH', `webresourceset(${a})`, { body: { content: base64('a2') } });
  await send(emu, 'PATCH', `webresourceset(${b})`, { body: { content: base64('b2') } });
  await publishXml([a]);
  expect([await contentOf(a), await contentOf(b)]).toEqual(['a2', 'b1']);
  expect((await post(emu, 'PublishAllXml', {})).status).toBe(204);
  expect(await contentOf(b)).toBe('b2');
});

it('refuses a ParameterXml it cannot read, and a GET of the action', async () => {
  const bad = await post(emu, 'PublishXml', { ParameterXml: '<importexportxml><webresources>' });
  expect(bad.status).toBe(400);
  expect((bad.json as { error: JsonObject }).error.message).toMatch(/ParameterXml is not valid XML/);
  const missing = await post(emu, 'PublishXml', {});
  expect(missing.status).toBe(400);
  const notAnId = await post(emu, 'PublishXml', {
    ParameterXml: '<importexportxml><webresources><webresource>nope</webresource></webresources></importexportxml>',
  });
  expect(notAnId.status).toBe(400);
  expect((await get(emu, 'PublishXml')).status).toBe(404);
});

it('forgets a waiting update when the web resource is deleted', async () => {
  const id = await createWebResource('new_/test/gone.json', 'x');
  await send(emu, 'PATCH', `webresourceset(${id})`, { body: { content: base64('y') } });
  expect((await send(emu, 'DELETE', `webresourceset(${id})`)).status).toBe(204);
  expect((await post(emu, 'PublishAllXml', {})).status).toBe(204);
  expect((await get(emu, `webresourceset(${id})`)).status).toBe(404);
});
