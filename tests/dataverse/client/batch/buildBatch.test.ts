import { buildBatch } from '../../../../dataverse/client/batch/buildBatch';

const API = 'https://org.example/api/data/v9.2/';
const ids = (): (() => string) => {
  let n = 0;
  return () => `id${++n}`;
};

describe('buildBatch', () => {
  it('writes parts and change sets as multipart/mixed with CRLF, Content-IDs and absolute URLs', () => {
    const built = buildBatch(
      API,
      [
        { method: 'GET', url: 'contacts?$select=fullname', headers: { Prefer: 'odata.maxpagesize=10' } },
        {
          changeSet: [
            { method: 'POST', url: 'leads', json: { subject: 'Topic' } },
            {
              method: 'POST',
              url: 'accounts',
              json: { name: 'A', 'originatingleadid@odata.bind': '$1' },
              contentId: 'acc',
            },
            { method: 'PATCH', url: '$1', json: { firstname: 'x' } },
          ],
        },
      ],
      ids(),
    );
    expect(built.contentType).toBe('multipart/mixed; boundary=batch_id1');
    expect(built.contentIds).toEqual([undefined, '1', 'acc', '3']);
    expect(built.text).toBe(
      [
        '--batch_id1',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        `GET ${API}contacts?$select=fullname HTTP/1.1`,
        'Prefer: odata.maxpagesize=10',
        '',
        '',
        '--batch_id1',
        'Content-Type: multipart/mixed; boundary=changeset_id2',
        '',
        '--changeset_id2',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        'Content-ID: 1',
        '',
        `POST ${API}leads HTTP/1.1`,
        'Content-Type: application/json; type=entry',
        '',
        '{"subject":"Topic"}',
        '--changeset_id2',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        'Content-ID: acc',
        '',
        `POST ${API}accounts HTTP/1.1`,
        'Content-Type: application/json; type=entry',
        '',
        '{"name":"A","originatingleadid@odata.bind":"$1"}',
        '--changeset_id2',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        'Content-ID: 3',
        '',
        'PATCH $1 HTTP/1.1',
        'Content-Type: application/json; type=entry',
        '',
        '{"firstname":"x"}',
        '--changeset_id2--',
        '', // the nested multipart ends with its own CRLF, as in Microsoft's examples
        '--batch_id1--',
        '',
      ].join('\r\n'),
    );
  });

  it('says what is wrong with a batch Dataverse would refuse', () => {
    expect(() => buildBatch(API, [])).toThrow('at least one operation');
    expect(() => buildBatch(API, [{ changeSet: [] }])).toThrow('change set needs at least one operation');
    expect(() => buildBatch(API, [{ changeSet: [{ method: 'GET', url: 'contacts' }] }])).toThrow(
      'GET is not allowed in a change set',
    );
    expect(() =>
      buildBatch(API, [
        {
          changeSet: [
            { method: 'POST', url: 'leads', contentId: '2' },
            { method: 'POST', url: 'leads' },
          ],
        },
      ]),
    ).toThrow('Content-ID "2" is used twice');
    expect(() => buildBatch(API, [{ method: 'POST', url: 'leads', contentId: '1' }])).toThrow(
      'only allowed inside a change set',
    );
    expect(() => buildBatch(API, [{ method: 'GET', url: 'https://elsewhere.example/api/data/v9.2/contacts' }])).toThrow(
      'must be under',
    );
    expect(() => buildBatch(API, [{ method: 'GET', url: 'contacts', headers: { Prefer: 'a\r\nX-Evil: 1' } }])).toThrow(
      'must be one line',
    );
    const tooMany = Array.from({ length: 1001 }, () => ({
      method: 'DELETE' as const,
      url: 'contacts(6d81597f-0000-0000-0000-000000000001)',
    }));
    expect(() => buildBatch(API, tooMany)).toThrow('at most 1000 operations, got 1001');
  });
});
