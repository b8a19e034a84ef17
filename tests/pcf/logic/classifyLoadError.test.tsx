import { classifyLoadError } from '../../../pcf-controls/MarketingInsightsPanel/logic/classifyLoadError';
import { InvalidRecordIdError } from '../../../pcf-controls/MarketingInsightsPanel/logic/InvalidRecordIdError';
import { RecordNotFoundError } from '../../../pcf-controls/MarketingInsightsPanel/logic/RecordNotFoundError';

describe('classifyLoadError', () => {
  it.each([
    [
      { errorCode: -2147220960, message: 'Principal user is missing prvReadleadlink_interaction privilege' },
      '0x80040220',
    ],
    [{ errorCode: 2147746336, message: 'unsigned form of the same code' }, '0x80040220'],
    [{ errorCode: -2147187962, message: 'does not have ReadAccess right(s) for record' }, '0x80048306'],
    [{ code: '0x80048405', message: 'Access is denied.' }, '0x80048405'],
  ])('recognises a missing privilege: %p', (error, code) => {
    expect(classifyLoadError(error)).toEqual({ kind: 'permission', code });
  });

  it('reads a host that puts the HTTP status in errorCode and the Dataverse code in code', () => {
    expect(
      classifyLoadError({ errorCode: 403, code: '0x80040220', message: 'Principal user is missing privilege' }),
    ).toEqual({
      kind: 'permission',
      code: '0x80040220',
    });
    expect(classifyLoadError({ errorCode: 404, code: '0x80040217', message: 'Does Not Exist' })).toEqual({
      kind: 'notFound',
      code: '0x80040217',
    });
    expect(classifyLoadError({ errorCode: 500, message: 'Internal error' })).toEqual({ kind: 'failed', code: null });
  });

  it('recognises HTTP 403 and a privilege message without a code', () => {
    expect(classifyLoadError({ status: 403, message: 'Forbidden' }).kind).toBe('permission');
    expect(
      classifyLoadError(new Error('SecLib::AccessCheckEx failed. Returned hr = -2147187962, prvReadContact')).kind,
    ).toBe('permission');
  });

  it('recognises a record that is gone', () => {
    expect(classifyLoadError({ errorCode: -2147220969, message: 'contact With Id = x Does Not Exist' })).toEqual({
      kind: 'notFound',
      code: '0x80040217',
    });
    expect(classifyLoadError({ statusCode: 404 }).kind).toBe('notFound');
    expect(classifyLoadError(new RecordNotFoundError('lead', 'b1'))).toEqual({ kind: 'notFound', code: null });
  });

  it('treats everything else as a failure to load, without crashing on odd values', () => {
    expect(classifyLoadError({ errorCode: -2147204784, message: 'Generic SQL error.' })).toEqual({
      kind: 'failed',
      code: '0x80044150',
    });
    expect(classifyLoadError(new TypeError('Failed to fetch'))).toEqual({ kind: 'failed', code: null });
    expect(classifyLoadError(new InvalidRecordIdError('lead', 'nope')).kind).toBe('failed');
    for (const odd of [null, undefined, 42, 'network down', { errorCode: 'abc' }]) {
      expect(classifyLoadError(odd).kind).toBe('failed');
    }
  });
});
