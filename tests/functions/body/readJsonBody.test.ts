import { gzipSync } from 'node:zlib';
import { readJsonBody } from '../../../functions/body/readJsonBody';
import { rawRequest } from '../helpers/rawRequest';

const URL = 'http://localhost/api/interactions';
const json = { 'content-type': 'application/json' };
const read = (body: string | Uint8Array, headers: Record<string, string> = json, maxBytes = 64 * 1024) =>
  readJsonBody(rawRequest(URL, body, headers), { maxBytes, source: 'external' });
const refusal = async (body: string | Uint8Array, headers?: Record<string, string>) => {
  const result = await read(body, headers);
  if (!('refused' in result)) throw new Error('expected a refusal');
  return { status: result.refused.status, body: result.refused.jsonBody as { error: string; problems?: unknown[] } };
};

describe('readJsonBody', () => {
  it('reads application/json, with or without charset=utf-8', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"']) {
      expect(await read('{"a":1}', { 'content-type': type })).toEqual({ text: '{"a":1}', value: { a: 1 } });
    }
  });

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['XML', { 'content-type': 'application/xml' }],
    ['no content type', {}],
    ['another charset', { 'content-type': 'application/json; charset=iso-8859-1' }],
    ['a gzip content coding', { 'content-type': 'application/json', 'content-encoding': 'gzip' }],
  ])('answers 415 to %s', async (_what, headers) => {
    expect((await refusal('{"a":1}', headers)).status).toBe(415);
  });

  it('refuses bytes that are not UTF-8 instead of replacing them: two different ids stay two', async () => {
    for (const bytes of [
      Buffer.from([0x7b, 0x22, 0x69, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]), // {"i":"\xff"}
      Buffer.from([0x7b, 0x22, 0x69, 0x22, 0x3a, 0x22, 0xc3, 0x22, 0x7d]), // a cut two-byte sequence
      Buffer.from([0x7b, 0x22, 0x69, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]), // an encoded surrogate
    ]) {
      expect(await refusal(bytes)).toEqual({ status: 400, body: { error: 'The body is not valid UTF-8.' } });
    }
  });

  it('never echoes the body: a gzip body sent as JSON is refused without its bytes', async () => {
    const gzip = gzipSync(Buffer.from('{"interactions":[{"email":"ana@example.com"}]}'));
    const answer = await refusal(gzip);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/^The body is not (valid UTF-8|valid JSON)/);
    const latin = await refusal('{"interactions": [ {"email": nope} ] }');
    expect(latin.body.error).toMatch(/^The body is not valid JSON( \(at character \d+\))?\.$/);
    expect(JSON.stringify(latin.body)).not.toContain('nope');
  });

  it('refuses a body nested deeper than 64 levels before parsing it, and accepts 64', async () => {
    expect(await refusal(`${'['.repeat(3000)}${']'.repeat(3000)}`)).toEqual({
      status: 400,
      body: { error: 'The body nests deeper than 64 levels.' },
    });
    expect('refused' in (await read(`${'['.repeat(64)}${']'.repeat(64)}`))).toBe(false);
    // Brackets inside strings do not count.
    expect('refused' in (await read(JSON.stringify({ a: '['.repeat(500) })))).toBe(false);
  });

  it('refuses NUL, lone surrogates and bidirectional controls, naming each path, never quoting the value', async () => {
    const body =
      '{"interactions":[{"email":"a\\u0000b@example.com"},{"sourceId":"x\\ud800"},' +
      '{"details":{"name":"Ana \\u202Eevil"}},{"ok":"\\ud83d\\ude00 fine"}],"we ird\\u2066":1}';
    const answer = await refusal(body);
    expect(answer.status).toBe(400);
    expect(answer.body.problems).toEqual([
      { path: 'interactions[0].email', message: 'contains a NUL character (U+0000)' },
      { path: 'interactions[1].sourceId', message: 'contains a lone UTF-16 surrogate, which is not text' },
      {
        path: 'interactions[2].details.name',
        message: 'contains the bidirectional control character U+202E; remove it',
      },
      {
        path: '(body)',
        message: 'a property name contains the bidirectional control character U+2066; remove it',
      },
    ]);
    expect(JSON.stringify(answer.body)).not.toMatch(/evil|example\.com/);
  });

  it('reports at most ten problems and counts the rest', async () => {
    const answer = await refusal(JSON.stringify({ items: Array.from({ length: 25 }, () => 'a\u0000') }));
    expect(answer.body.problems).toHaveLength(10);
    expect(answer.body).toMatchObject({ more: 15 });
  });

  it('passes bidirectional controls through from Dataverse, whose data they already are', async () => {
    const result = await readJsonBody(rawRequest(URL, '{"name":"\\u202E"}'), { maxBytes: 1024, source: 'dataverse' });
    expect(result).toEqual({ text: '{"name":"\\u202E"}', value: { name: '\u202E' } });
  });

  it('answers 413 past the cap', async () => {
    const answer = await refusal(`{"a":"${'x'.repeat(70 * 1024)}"}`);
    expect(answer.status).toBe(413);
  });
});
