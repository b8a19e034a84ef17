/**
 * Each Web API operation against a local server: what goes over the wire (method, URL, headers, body) and how the
 * answer is read.
 */
import { ConcurrencyError } from '../../../../dataverse/errors/ConcurrencyError';
import { DataverseError } from '../../../../dataverse/errors/DataverseError';
import { DuplicateRecordError } from '../../../../dataverse/errors/DuplicateRecordError';
import type { DataverseClient } from '../../../../dataverse/client/DataverseClient';
import { odataString } from '../../../../dataverse/client/odata/odataString';
import {
  dataverseError,
  json,
  type Handler,
  type LoggedRequest,
  type Reply,
  startServer,
  type TestServer,
} from '../helpers/startServer';
import { testClient } from '../helpers/testClient';

const ID = '6d81597f-0000-0000-0000-000000000001';
const API = '/api/data/v9.2/';

let server: TestServer;
let client: DataverseClient;
let handler: Handler = () => json(200, {});

beforeAll(async () => {
  server = await startServer((request) => handler(request));
  client = testClient(server.url);
});
afterAll(async () => {
  client.close();
  await server.close();
});
beforeEach(() => {
  server.log.length = 0;
});

const only = (): LoggedRequest => {
  expect(server.log).toHaveLength(1);
  return server.log[0] as LoggedRequest;
};
const entityId = (set: string, id: string): Record<string, string> => ({
  'OData-EntityId': `${server.url}${API}${set}(${id})`,
});
const noContent = (headers: Record<string, string> = {}): Reply => ({
  status: 204,
  headers: { 'OData-Version': '4.0', ...headers },
});

describe('retrieve', () => {
  it('GETs one record with $select and $expand', async () => {
    handler = () => json(200, { contactid: ID, fullname: 'Ada' });
    const record = await client.retrieve('contacts', ID, {
      select: ['fullname'],
      expand: [{ property: 'parentcustomerid_account', select: ['name'] }],
    });
    expect(record).toEqual({ contactid: ID, fullname: 'Ada' });
    const request = only();
    expect(request.method).toBe('GET');
    expect(decodeURIComponent(request.url)).toBe(
      `${API}contacts(${ID})?$select=fullname&$expand=parentcustomerid_account($select=name)`,
    );
  });

  it('throws a DataverseError with status 404 for a missing record', async () => {
    handler = () => dataverseError(404, '0x80040217', `contact With Id = ${ID} Does Not Exist`);
    await expect(client.retrieve('contacts', ID)).rejects.toMatchObject({ status: 404, code: '0x80040217' });
  });
});

describe('queryPages / queryRows', () => {
  it('follows @odata.nextLink unchanged, with the same maxpagesize on every request', async () => {
    const skiptoken =
      '%3Ccookie%20pagenumber=%222%22%20pagingcookie=%22%253ccookie%2520page%253d%25221%2522%253e%22%20istracking=%22False%22%20/%3E';
    const next = (page: number): string =>
      `${server.url}${API}contacts?$select=fullname&$skiptoken=${skiptoken}&page=${page}`;
    handler = (request) => {
      const page = Number(/page=(\d)/.exec(request.url)?.[1] ?? '1');
      const body: Record<string, unknown> = { value: [{ fullname: `row ${page}a` }, { fullname: `row ${page}b` }] };
      if (page === 1) body['@odata.count'] = 6;
      if (page < 3) body['@odata.nextLink'] = next(page + 1);
      return json(200, body);
    };
    const filter = `startswith(fullname,${odataString("O'")})`;
    const pages = [];
    for await (const page of client.queryPages('contacts', {
      select: ['fullname'],
      filter,
      count: true,
      maxPageSize: 2,
    }))
      pages.push(page);
    expect(pages.map((page) => page.rows.length)).toEqual([2, 2, 2]);
    expect(pages[0]?.count).toBe(6);
    expect(pages[2]?.nextLink).toBeUndefined();
    expect(server.log.map((request) => request.headers.prefer)).toEqual([
      'odata.maxpagesize=2',
      'odata.maxpagesize=2',
      'odata.maxpagesize=2',
    ]);
    expect(new URLSearchParams(server.log[0]?.url.split('?')[1]).get('$filter')).toBe("startswith(fullname,'O''')");
    expect(server.log[1]?.url).toBe(next(2).slice(server.url.length));
    expect(server.log[2]?.url).toBe(next(3).slice(server.url.length));

    server.log.length = 0;
    const rows = await client.queryAll('contacts', { select: ['fullname'], maxPageSize: 2 });
    expect(rows.map((row) => row.fullname)).toEqual(['row 1a', 'row 1b', 'row 2a', 'row 2b', 'row 3a', 'row 3b']);
  });

  it('fetches a page only when the iteration needs it', async () => {
    handler = () => json(200, { value: [{ n: 1 }], '@odata.nextLink': `${server.url}${API}contacts?$skiptoken=x` });
    for await (const row of client.queryRows('contacts')) {
      expect(row).toEqual({ n: 1 });
      break;
    }
    expect(server.log).toHaveLength(1);
  });

  it('reports an answer without a value array', async () => {
    handler = () => json(200, { nope: true });
    await expect(client.queryAll('contacts')).rejects.toThrow('Query response has no "value" array');
  });
});

describe('create', () => {
  it('POSTs the record and returns the id from OData-EntityId', async () => {
    handler = () => noContent(entityId('contacts', ID.toUpperCase()));
    const id = await client.create('contacts', {
      firstname: 'Ada',
      'parentcustomerid_account@odata.bind': '/accounts(x)',
    });
    expect(id).toBe(ID);
    const request = only();
    expect([request.method, request.url, request.headers['content-type']]).toEqual([
      'POST',
      `${API}contacts`,
      'application/json',
    ]);
    expect(JSON.parse(request.body)).toEqual({
      firstname: 'Ada',
      'parentcustomerid_account@odata.bind': '/accounts(x)',
    });
  });

  it('says so when the answer carries no id', async () => {
    handler = () => noContent();
    await expect(client.create('contacts', {})).rejects.toThrow('without an OData-EntityId header');
  });

  it('returns the stored record with return=representation', async () => {
    handler = () => json(201, { contactid: ID, firstname: 'Ada' });
    const record = await client.createAndReturn(
      'contacts',
      { firstname: 'Ada' },
      { select: ['contactid', 'firstname'] },
    );
    expect(record).toEqual({ contactid: ID, firstname: 'Ada' });
    const request = only();
    expect(request.headers.prefer).toBe('return=representation');
    expect(decodeURIComponent(request.url)).toBe(`${API}contacts?$select=contactid,firstname`);
  });
});

describe('update / upsert / delete', () => {
  it('update PATCHes with If-Match: * so it never creates', async () => {
    handler = () => noContent(entityId('leads', ID));
    await client.update('leads', ID, { 'parentcontactid@odata.bind': `/contacts(${ID})` });
    const request = only();
    expect([request.method, request.url, request.headers['if-match']]).toEqual(['PATCH', `${API}leads(${ID})`, '*']);
  });

  it('update with an ETag is optimistic: a changed record is a ConcurrencyError', async () => {
    handler = () =>
      dataverseError(
        412,
        '0x80060882',
        "The version of the existing record doesn't match the RowVersion property provided.",
      );
    await expect(client.update('leads', ID, { subject: 'x' }, { etag: 'W/"470867"' })).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    expect(only().headers['if-match']).toBe('W/"470867"');
  });

  it('upsert createOnly sends If-None-Match: * and turns any 412 into DuplicateRecordError', async () => {
    handler = () => noContent(entityId('contacts', ID));
    expect(await client.upsert('contacts', ID, { lastname: 'x' }, { mode: 'createOnly' })).toBe(ID);
    expect(only().headers['if-none-match']).toBe('*');
    expect(server.log[0]?.headers['if-match']).toBeUndefined();

    server.log.length = 0;
    // The documented answer carries an empty code: the header alone says what the 412 means.
    handler = () => dataverseError(412, '', 'A record with matching key values already exists.');
    const error = await client
      .upsert('contacts', ID, { lastname: 'x' }, { mode: 'createOnly' })
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DuplicateRecordError);
    expect((error as DuplicateRecordError).message).toContain('A record with matching key values already exists.');
  });

  it('upsert updateOnly sends If-Match, createOrUpdate neither', async () => {
    handler = () => noContent();
    await client.upsert('contacts', { emailaddress1: 'a@b.test' }, { lastname: 'x' }, { mode: 'updateOnly' });
    expect(only().headers['if-match']).toBe('*');
    expect(server.log[0]?.url).toBe(`${API}contacts(emailaddress1='a%40b.test')`);
    server.log.length = 0;
    expect(await client.upsert('contacts', ID, { lastname: 'x' })).toBe(ID);
    expect(only().headers['if-match']).toBeUndefined();
    expect(server.log[0]?.headers['if-none-match']).toBeUndefined();
    await expect(client.upsert('contacts', ID, {}, { etag: 'W/"1"' })).rejects.toThrow(
      'an etag needs mode "updateOnly"',
    );
  });

  it('delete sends DELETE, with If-Match when an ETag is given', async () => {
    handler = () => noContent();
    await client.delete('contacts', ID, { etag: 'W/"9"' });
    const request = only();
    expect([request.method, request.url, request.headers['if-match']]).toEqual([
      'DELETE',
      `${API}contacts(${ID})`,
      'W/"9"',
    ]);
  });
});

describe('fetchXml', () => {
  const FETCH =
    "<fetch><entity name='contact'><attribute name='fullname' /><order attribute='fullname' /></entity></fetch>";
  const fetchOf = (request: LoggedRequest | undefined): string =>
    new URLSearchParams(request?.url.split('?')[1]).get('fetchXml') ?? '';

  it('pages with the paging cookie, decoded twice and XML-encoded into the next <fetch>', async () => {
    const cookie = '<cookie page="1"><fullname last="Bo &amp; Co" first="Ada" /></cookie>';
    handler = (request) =>
      /page="2"/.test(fetchOf(request))
        ? json(200, { value: [{ fullname: 'Cy' }], '@Microsoft.Dynamics.CRM.morerecords': false })
        : json(200, {
            value: [{ fullname: 'Ada' }, { fullname: 'Bo & Co' }],
            '@Microsoft.Dynamics.CRM.morerecords': true,
            '@Microsoft.Dynamics.CRM.fetchxmlpagingcookie': `<cookie pagenumber="2" pagingcookie="${encodeURIComponent(encodeURIComponent(cookie))}" istracking="False" />`,
          });
    const rows = [];
    for await (const row of client.fetchXmlRows('contacts', FETCH, { pageSize: 2 })) rows.push(row.fullname);
    expect(rows).toEqual(['Ada', 'Bo & Co', 'Cy']);
    expect(server.log).toHaveLength(2);
    expect(server.log[0]?.headers.prefer).toBe(
      'odata.include-annotations="Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords"',
    );
    expect(fetchOf(server.log[0])).toBe(
      `<fetch page="1" count="2"><entity name='contact'><attribute name='fullname' /><order attribute='fullname' /></entity></fetch>`,
    );
    expect(fetchOf(server.log[1])).toBe(
      `<fetch count="2" page="2" paging-cookie="&lt;cookie page=&quot;1&quot;&gt;&lt;fullname last=&quot;Bo &amp;amp; Co&quot; first=&quot;Ada&quot; /&gt;&lt;/cookie&gt;"><entity name='contact'><attribute name='fullname' /><order attribute='fullname' /></entity></fetch>`,
    );
  });

  it('falls back to page numbers when Dataverse gives no cookie, and sends a top query once', async () => {
    handler = (request) =>
      json(200, { value: [{ n: 1 }], '@Microsoft.Dynamics.CRM.morerecords': !/page="3"/.test(fetchOf(request)) });
    const pages = [];
    for await (const page of client.fetchXmlPages('contacts', FETCH)) pages.push(page);
    expect(pages).toHaveLength(3);
    expect(server.log.map((request) => /page="(\d)"/.exec(fetchOf(request))?.[1])).toEqual(['1', '2', '3']);
    expect(fetchOf(server.log[2])).not.toContain('paging-cookie');

    server.log.length = 0;
    handler = () => json(200, { value: [{ n: 1 }], '@Microsoft.Dynamics.CRM.morerecords': true });
    for await (const page of client.fetchXmlPages('contacts', "<fetch top='1'><entity name='contact' /></fetch>"))
      expect(page.rows).toHaveLength(1);
    expect(only().url).toContain('fetchXml=');
    expect(fetchOf(server.log[0])).toBe("<fetch top='1'><entity name='contact' /></fetch>");
  });
});

describe('CreateMultiple / UpdateMultiple', () => {
  it('POSTs Targets with @odata.type to the bound message and returns the Ids', async () => {
    const ids = [ID, '6d81597f-0000-0000-0000-000000000002'];
    handler = () => json(200, { '@odata.context': 'x', Ids: ids });
    expect(await client.createMultiple('contacts', 'contact', [{ lastname: 'a' }, { lastname: 'b' }])).toEqual(ids);
    const request = only();
    expect([request.method, request.url]).toEqual(['POST', `${API}contacts/Microsoft.Dynamics.CRM.CreateMultiple`]);
    expect(JSON.parse(request.body)).toEqual({
      Targets: [
        { lastname: 'a', '@odata.type': 'Microsoft.Dynamics.CRM.contact' },
        { lastname: 'b', '@odata.type': 'Microsoft.Dynamics.CRM.contact' },
      ],
    });
  });

  it('refuses an answer whose Ids do not match the records', async () => {
    handler = () => json(200, { Ids: [ID] });
    await expect(client.createMultiple('contacts', 'contact', [{}, {}])).rejects.toThrow('without 2 Ids');
  });

  it('UpdateMultiple posts the targets and sends nothing for an empty list', async () => {
    handler = () => noContent();
    await client.updateMultiple('contacts', 'contact', [{ contactid: ID, marketingonly: false }]);
    expect(only().url).toBe(`${API}contacts/Microsoft.Dynamics.CRM.UpdateMultiple`);
    expect(JSON.parse(server.log[0]?.body ?? '')).toEqual({
      Targets: [{ contactid: ID, marketingonly: false, '@odata.type': 'Microsoft.Dynamics.CRM.contact' }],
    });
    server.log.length = 0;
    await client.updateMultiple('contacts', 'contact', []);
    expect(await client.createMultiple('contacts', 'contact', [])).toEqual([]);
    expect(server.log).toHaveLength(0);
  });
});

describe('actions and functions', () => {
  it('calls an unbound function with GET and aliases, and reads its answer', async () => {
    handler = () => json(200, { UserId: ID });
    expect(await client.executeFunction<{ UserId: string }>('WhoAmI')).toEqual({ UserId: ID });
    expect(only().url).toBe(`${API}WhoAmI()`);
  });

  it('calls a bound action with POST under its full name', async () => {
    handler = () => json(200, { value: [] });
    await client.executeAction(
      'QualifyLead',
      { CreateAccount: false, CreateContact: false, CreateOpportunity: false, Status: 3 },
      { entitySet: 'leads', key: ID },
    );
    const request = only();
    expect([request.method, request.url]).toEqual(['POST', `${API}leads(${ID})/Microsoft.Dynamics.CRM.QualifyLead`]);
    expect(JSON.parse(request.body)).toEqual({
      CreateAccount: false,
      CreateContact: false,
      CreateOpportunity: false,
      Status: 3,
    });
  });

  it('returns undefined for an action that answers 204, and calls functions bound to a collection', async () => {
    handler = () => noContent();
    expect(await client.executeAction('leadlink_Recalculate', {})).toBeUndefined();
    expect(only().url).toBe(`${API}leadlink_Recalculate`);
    server.log.length = 0;
    handler = () => json(200, { value: 1 });
    await client.executeFunction('leadlink_Count', { Topic: "Contoso's" }, { entitySet: 'leads' });
    expect(decodeURIComponent(only().url)).toBe(
      `${API}leads/Microsoft.Dynamics.CRM.leadlink_Count(Topic=@p1)?@p1='Contoso''s'`,
    );
  });

  it('refuses an operation name that is not a name', async () => {
    await expect(client.executeAction('../contacts')).rejects.toThrow('operation name must be a message name');
  });
});

describe('errors from operations', () => {
  it('are DataverseErrors naming the method and URL', async () => {
    handler = () =>
      dataverseError(400, '0x80048d19', "Error identified in Payload provided by the user for Entity :'contacts'");
    const error = await client.create('contacts', { nope: 1 }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DataverseError);
    expect((error as DataverseError).message).toContain(`POST ${server.url}${API}contacts`);
  });
});
