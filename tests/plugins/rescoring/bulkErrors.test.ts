import {
  ConcurrencyError,
  DataverseConnectionError,
  DataverseError,
  DuplicateRecordError,
  ThrottledError,
} from '../../../dataverse';
import { isDuplicateKey } from '../../../plugins/rescoring';
import { isTransientError } from '../../../dataverse';

const details = { method: 'POST', url: 'https://contoso.crm.dynamics.com/api/data/v9.2/leads' };

describe('isDuplicateKey', () => {
  it('knows both duplicate codes Dataverse answers with 412', () => {
    expect(isDuplicateKey(new DuplicateRecordError({ ...details, status: 412, code: '0x80040237' }))).toBe(true);
    expect(isDuplicateKey(new ConcurrencyError({ ...details, status: 412, code: '0x80060892' }))).toBe(true);
  });

  it('is not fooled by a version mismatch, another status or a non-Dataverse error', () => {
    expect(isDuplicateKey(new ConcurrencyError({ ...details, status: 412, code: '0x80060882' }))).toBe(false);
    expect(isDuplicateKey(new DataverseError({ ...details, status: 400, code: '0x80060892' }))).toBe(false);
    expect(isDuplicateKey(new Error('412'))).toBe(false);
  });
});

describe('isTransientError', () => {
  it('is true for throttling, server faults and lost connections, false for bad requests', () => {
    expect(isTransientError(new ThrottledError({ ...details, status: 429 }))).toBe(true);
    expect(isTransientError(new DataverseError({ ...details, status: 503 }))).toBe(true);
    expect(isTransientError(new DataverseConnectionError({ ...details, errorCode: 'ECONNRESET' }))).toBe(true);
    expect(isTransientError(new DataverseError({ ...details, status: 400 }))).toBe(false);
    expect(isTransientError(new TypeError('x'))).toBe(false);
  });
});
