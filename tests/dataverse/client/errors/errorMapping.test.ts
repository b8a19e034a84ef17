import { inspect } from 'node:util';
import axios from 'axios';
import { ConcurrencyError } from '../../../../dataverse/errors/ConcurrencyError';
import { DataverseConnectionError } from '../../../../dataverse/errors/DataverseConnectionError';
import { DataverseError } from '../../../../dataverse/errors/DataverseError';
import { DuplicateRecordError } from '../../../../dataverse/errors/DuplicateRecordError';
import { errorFromResponse } from '../../../../dataverse/errors/errorFromResponse';
import { redactUrl } from '../../../../dataverse/errors/redactUrl';
import { ThrottledError } from '../../../../dataverse/errors/ThrottledError';
import { toDataverseError } from '../../../../dataverse/errors/toDataverseError';
import { dataverseError, startServer, type TestServer } from '../helpers/startServer';

const URL_ = 'https://org.example/api/data/v9.2/contacts(6d81597f-0000-0000-0000-000000000001)';
const body = (code: string, message: string): string => JSON.stringify({ error: { code, message } });

describe('errorFromResponse', () => {
  it('maps 412 with DuplicateRecord to DuplicateRecordError, with everything a caller needs', () => {
    const error = errorFromResponse({
      method: 'patch',
      url: URL_,
      status: 412,
      statusText: 'Precondition Failed',
      headers: { 'x-ms-service-request-id': 'req-1' },
      body: body('0x80040237', 'A record with matching key values already exists.'),
    });
    expect(error).toBeInstanceOf(DuplicateRecordError);
    expect(error).toBeInstanceOf(DataverseError);
    expect(error.name).toBe('DuplicateRecordError');
    expect(error).toMatchObject({ status: 412, code: '0x80040237', requestId: 'req-1', method: 'PATCH', url: URL_ });
    expect(error.dataverseMessage).toBe('A record with matching key values already exists.');
    expect(error.message).toBe(
      `Request failed with status code 412 Precondition Failed: PATCH ${URL_} — A record with matching key values already exists. (code 0x80040237, request id req-1)`,
    );
    expect(String(error)).toMatch(/^DuplicateRecordError: Request failed/);
  });

  it('maps 412 with DuplicateRecordEntityKey (an alternate key taken) to DuplicateRecordError too', () => {
    const error = errorFromResponse({
      method: 'POST',
      url: URL_,
      status: 412,
      headers: {},
      body: body('0x80060892', 'A record that has the attribute values x already exists.'),
    });
    expect(error).toBeInstanceOf(DuplicateRecordError);
    expect(error.code).toBe('0x80060892');
  });

  it('maps any other 412 (an ETag mismatch, or no code) to ConcurrencyError', () => {
    const mismatch = errorFromResponse({
      method: 'PATCH',
      url: URL_,
      status: 412,
      headers: {},
      body: body('', "The version of the existing record doesn't match the RowVersion property provided."),
    });
    expect(mismatch).toBeInstanceOf(ConcurrencyError);
    expect(mismatch).not.toBeInstanceOf(DuplicateRecordError);
    expect(mismatch.code).toBeUndefined();
  });

  it('maps 429 to ThrottledError with the Retry-After wait', () => {
    const throttled = errorFromResponse(
      {
        method: 'GET',
        url: URL_,
        status: 429,
        headers: { 'retry-after': '7', req_id: 'r2' },
        body: body('0x80072322', 'Number of requests exceeded the limit of 6000 over time window of 300 seconds.'),
      },
      0,
    );
    expect(throttled).toBeInstanceOf(ThrottledError);
    expect((throttled as ThrottledError).retryAfterMs).toBe(7000);
    expect(throttled.requestId).toBe('r2');
    const noHeader = errorFromResponse({ method: 'GET', url: URL_, status: 429, headers: {}, body: '' });
    expect((noHeader as ThrottledError).retryAfterMs).toBeUndefined();
  });

  it('keeps other statuses as DataverseError and quotes a short non-JSON body', () => {
    const notFound = errorFromResponse({
      method: 'GET',
      url: URL_,
      status: 404,
      headers: {},
      body: body('0x80040217', 'contact With Id = 6d81597f Does Not Exist'),
    });
    expect(notFound.constructor).toBe(DataverseError);
    expect(notFound.code).toBe('0x80040217');
    const gateway = errorFromResponse({
      method: 'GET',
      url: URL_,
      status: 502,
      headers: {},
      body: `<html>${'x'.repeat(1000)}</html>`,
    });
    expect(gateway.dataverseMessage?.length).toBeLessThanOrEqual(301);
  });
});

describe('redactUrl', () => {
  it('drops user info and the values of secret-looking query parameters, and keeps the rest', () => {
    expect(redactUrl('https://user:pw@host.example/api/x?code=abc&$filter=name%20eq%20%27a%27&sig=s1')).toBe(
      'https://host.example/api/x?code=[redacted]&$filter=name%20eq%20%27a%27&sig=[redacted]',
    );
    expect(redactUrl('contacts?access_token=t')).toBe('contacts?access_token=[redacted]');
  });
});

describe('toDataverseError', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((request) =>
      request.url.startsWith('/reset') ? { status: 0, reset: true } : dataverseError(412, '0x80040237', 'duplicate'),
    );
  });
  afterAll(() => server.close());

  it('maps an axios error with a response, and leaves the Authorization header behind', async () => {
    const failure = await axios
      .patch(
        `${server.url}/api/data/v9.2/contacts(1)?code=hook-key`,
        {},
        { headers: { Authorization: 'Bearer token-that-must-not-leak' } },
      )
      .catch((err: unknown) => err);
    const error = toDataverseError(failure);
    expect(error).toBeInstanceOf(DuplicateRecordError);
    expect(error.method).toBe('PATCH');
    expect(error.url).toBe(`${server.url}/api/data/v9.2/contacts(1)?code=[redacted]`);
    for (const text of [error.message, String(error), inspect(error, { depth: 10 }), JSON.stringify(error)]) {
      expect(text).not.toContain('token-that-must-not-leak');
      expect(text).not.toContain('hook-key');
    }
  });

  it('maps a connection reset to DataverseConnectionError', async () => {
    const failure = await axios.get(`${server.url}/reset`).catch((err: unknown) => err);
    const error = toDataverseError(failure, { method: 'GET', url: `${server.url}/reset` });
    expect(error).toBeInstanceOf(DataverseConnectionError);
    expect((error as DataverseConnectionError).errorCode).toBe('ECONNRESET');
    expect(error.status).toBeUndefined();
    expect(error.message).toContain('without a response');
  });

  it('returns a DataverseError unchanged and wraps anything else', () => {
    const known = new DataverseError({ method: 'GET', url: URL_, status: 400 });
    expect(toDataverseError(known)).toBe(known);
    const wrapped = toDataverseError('boom', { method: 'POST', url: URL_ });
    expect(wrapped).toBeInstanceOf(DataverseError);
    expect(wrapped.message).toBe(`Request failed: boom: POST ${URL_}`);
  });
});
