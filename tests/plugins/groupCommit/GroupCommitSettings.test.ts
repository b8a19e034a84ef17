import { DEFAULT_GROUP_COMMIT, readGroupCommitSettings } from '../../../plugins/groupCommit';

describe('readGroupCommitSettings', () => {
  it('takes the defaults when the app settings are unset or empty', () => {
    expect(readGroupCommitSettings({})).toEqual(DEFAULT_GROUP_COMMIT);
    expect(readGroupCommitSettings({ LEADLINK_GROUP_MAX_SIZE: ' ', LEADLINK_GROUP_MAX_WAIT_MS: '' })).toEqual(
      DEFAULT_GROUP_COMMIT,
    );
  });

  it('reads whole numbers within their ranges', () => {
    expect(readGroupCommitSettings({ LEADLINK_GROUP_MAX_SIZE: '1', LEADLINK_GROUP_MAX_WAIT_MS: '0' })).toEqual({
      maxSize: 1,
      maxWaitMs: 0,
    });
    expect(readGroupCommitSettings({ LEADLINK_GROUP_MAX_SIZE: '500', LEADLINK_GROUP_MAX_WAIT_MS: '10000' })).toEqual({
      maxSize: 500,
      maxWaitMs: 10_000,
    });
  });

  it.each([
    ['LEADLINK_GROUP_MAX_SIZE', '0', /LEADLINK_GROUP_MAX_SIZE must be a whole number from 1 to 500/],
    ['LEADLINK_GROUP_MAX_SIZE', '501', /from 1 to 500/],
    ['LEADLINK_GROUP_MAX_SIZE', '2.5', /got '2.5'/],
    ['LEADLINK_GROUP_MAX_WAIT_MS', '-1', /LEADLINK_GROUP_MAX_WAIT_MS must be a whole number from 0 to 10,000/],
    ['LEADLINK_GROUP_MAX_WAIT_MS', '1s', /got '1s'/],
  ])('names %s when its value %s is out of bounds', (name, value, message) => {
    expect(() => readGroupCommitSettings({ [name]: value })).toThrow(message);
  });
});
